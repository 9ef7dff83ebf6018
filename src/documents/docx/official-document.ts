import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { appendixContent } from './appendix';
import { addresseeBlock, bodyParagraphs } from './body-blocks';
import { draftMark, headingBlock, titleBlock } from './heading-block';
import type { AppendixPart, OfficialDocumentParts } from './parts';
import { signatureBlock } from './signature-block';
import { line } from './text';
import { A4, FONT, MARGINS, pt, SIZE } from './units';

export type { AppendixPart, BodyBlock, HeadingPart, Inline, OfficialDocumentParts, SignaturePart } from './parts';

/** The page number, centred in the top margin. */
const numberedHeader = () =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, run: { font: FONT, size: pt(SIZE.pageNumber) }, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(SIZE.pageNumber) })] })],
  });

/** The first page carries no number: Word's "different first page" with an empty first-page header. */
const unnumberedHeader = () => new Header({ children: [new Paragraph({ children: [] })] });

const page = (landscape: boolean) => ({
  // docx swaps width and height itself for a landscape page: it is given the portrait size.
  size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
  margin: MARGINS,
});

function appendixSection(a: AppendixPart): ISectionOptions {
  return { properties: { page: page(a.landscape) }, headers: { default: numberedHeader() }, children: appendixContent(a) };
}

/** Assembles the parts into a Word document in the layout of Decree 30/2020/NĐ-CP. */
export function officialDocument(parts: OfficialDocumentParts): Document {
  const main: ISectionOptions = {
    properties: { page: page(false), titlePage: true },
    headers: { default: numberedHeader(), first: unnumberedHeader() },
    children: [
      ...(parts.draft ? [draftMark()] : []),
      headingBlock(parts.heading),
      ...(parts.title ? titleBlock(parts.title) : [line('', { size: SIZE.body })]),
      ...(parts.addressees?.length ? addresseeBlock(parts.addressees) : []),
      ...bodyParagraphs(parts.body),
      signatureBlock(parts.signature, parts.recipients),
    ],
  };
  return new Document({
    title: parts.title?.summary ?? parts.heading.letterSummary ?? '',
    creator: parts.heading.issuerName,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(SIZE.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [main, ...(parts.appendices ?? []).map(appendixSection)],
  });
}

/** The document as the bytes of a .docx file. */
export async function officialDocumentBuffer(parts: OfficialDocumentParts): Promise<Buffer> {
  return Packer.toBuffer(officialDocument(parts));
}
