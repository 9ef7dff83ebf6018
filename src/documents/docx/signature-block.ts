import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign } from 'docx';
import { punctuateList } from '../../shared/plan-document/document-text';
import type { SignaturePart } from './parts';
import { borderless, fixedTable } from './tables';
import { line } from './text';
import { textWidth } from './text-width';
import { SIZE, TEXT_WIDTH } from './units';

const LEFT = 4200;
const RIGHT = TEXT_WIDTH - LEFT;
/** Room for the handwritten signature and the seal between the title and the name (about 3 cm). */
const SIGNATURE_ROOM = 1700;
/** Between the last paragraph of the text and the block. */
const SPACE_ABOVE = 120;
const DASH = textWidth('- ', SIZE.recipients, false);

/**
 * Recipients on the left, level with the signing authority on the right. "Nơi nhận:" is 12 pt bold
 * italic, its lines 11 pt "- …;" with the last "- Lưu: VT, …."; the authority in bold capitals,
 * "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC", room to sign, then the signer's name in bold.
 */
export function signatureBlock(signature: SignaturePart, recipients: readonly string[]): Table {
  const left: Paragraph[] = [
    line('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italic: true }, { alignment: AlignmentType.LEFT, spacing: { before: SPACE_ABOVE } }),
    // A recipient too long for the column wraps under its own text, not under the dash.
    ...punctuateList(recipients).map((r) => line(`- ${r}`, { size: SIZE.recipients }, { alignment: AlignmentType.LEFT, indent: { left: DASH, hanging: DASH } })),
  ];
  const strong = { size: SIZE.signature, bold: true };
  const right: Paragraph[] = [
    line(signature.authority.toLocaleUpperCase('vi'), strong, { spacing: { before: SPACE_ABOVE } }),
    ...(signature.signerTitle ? [line(signature.signerTitle.toLocaleUpperCase('vi'), strong)] : []),
    line(signature.signerName ?? '', strong, { spacing: { before: SIGNATURE_ROOM, after: 0 } }),
  ];
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: 'dxa' }, borders: borderless, verticalAlign: VerticalAlign.TOP });
  return fixedTable([LEFT, RIGHT], [new TableRow({ cantSplit: true, children: [cell(left, LEFT), cell(right, RIGHT)] })], { borders: false });
}
