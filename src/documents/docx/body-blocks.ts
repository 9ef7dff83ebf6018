import { AlignmentType, Paragraph, TabStopType } from 'docx';
import { punctuateList, withEndMark } from '../../shared/plan-document/document-text';
import type { BodyBlock, Inline } from './parts';
import { line, runs } from './text';
import { textWidth } from './text-width';
import { AFTER_PARAGRAPH, BODY_LINE, FIRST_LINE_INDENT, SIZE } from './units';

const body = { size: SIZE.body };
const justified = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, spacing: { before: 0, after: AFTER_PARAGRAPH, line: BODY_LINE } };

type HeadingLevel = 'roman' | 'number' | 'letter' | 'bullet';

function levelOf(numbering: string): HeadingLevel {
  const n = numbering.trim().replace(/[.)]$/, '');
  if (/^[IVXLC]+$/.test(n)) return 'roman';
  if (/^\d+(\.\d+)*$/.test(n)) return 'number';
  if (/^[a-zđ]$/.test(n)) return 'letter';
  return 'bullet';
}

/** "I." "1." "a)" "-": how each level is printed. */
function marker(numbering: string, level: HeadingLevel): string {
  const n = numbering.trim().replace(/[.)]$/, '');
  return level === 'letter' ? `${n})` : level === 'bullet' ? n || '-' : `${n}.`;
}

function heading(numbering: string, text: string): Paragraph {
  const level = levelOf(numbering);
  const shown = level === 'roman' ? text.toLocaleUpperCase('vi') : text;
  const bold = level === 'roman' || level === 'number';
  return runs([{ text: `${marker(numbering, level)} ${shown}`, style: { ...body, bold } }], { ...justified, keepNext: true });
}

function paragraph(text: string | Inline[]): Paragraph {
  const parts = typeof text === 'string' ? [{ text }] : text;
  return runs(
    parts.map((p) => ({ text: p.text, style: { ...body, bold: p.bold, italic: p.italic } })),
    justified,
  );
}

/** The text of a block's last piece with the end mark added, for the block that closes the document. */
function withClosingMark(block: BodyBlock): BodyBlock {
  if (block.kind !== 'paragraph') return block;
  if (typeof block.text === 'string') return { ...block, text: withEndMark(block.text) };
  const last = block.text[block.text.length - 1];
  return last ? { ...block, text: [...block.text.slice(0, -1), { ...last, text: withEndMark(last.text) }] } : block;
}

/** The body in order; the last paragraph ends with "./.". */
export function bodyParagraphs(blocks: readonly BodyBlock[]): Paragraph[] {
  const closing = blocks.map((b, i) => (i === blocks.length - 1 ? withClosingMark(b) : b));
  return closing.flatMap((block) => {
    switch (block.kind) {
      case 'bases':
        return punctuateList(block.items).map((item) => paragraph([{ text: item, italic: true }]));
      case 'heading':
        return [heading(block.numbering, block.text)];
      case 'paragraph':
        return [paragraph(block.text)];
    }
  });
}

const ADDRESS_START = 1418;
const LABEL = 'Kính gửi:';

/**
 * "Kính gửi:" and the addressees. One addressee follows on the same line, centred; several are listed
 * "- …;" one under the other, aligned after the label, the last ending with ".".
 */
export function addresseeBlock(addressees: readonly string[]): Paragraph[] {
  const spacing = { before: 240, after: 240, line: BODY_LINE };
  if (addressees.length === 1) return [line(`${LABEL} ${punctuateList(addressees)[0]}`, body, { spacing })];
  const listStart = ADDRESS_START + textWidth(LABEL, SIZE.body, false) + 170;
  return punctuateList(addressees).map((item, i) =>
    i === 0
      ? runs([{ text: `${LABEL}\t- ${item}`, style: body }], {
          alignment: AlignmentType.LEFT,
          indent: { left: listStart, hanging: listStart - ADDRESS_START },
          tabStops: [{ type: TabStopType.LEFT, position: listStart }],
          spacing: { ...spacing, after: addressees.length === 1 ? spacing.after : 0 },
        })
      : runs([{ text: `- ${item}`, style: body }], {
          alignment: AlignmentType.LEFT,
          indent: { left: listStart },
          spacing: { before: 0, after: i === addressees.length - 1 ? spacing.after : 0, line: BODY_LINE },
        }),
  );
}
