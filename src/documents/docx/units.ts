/** Word measures lengths in twentieths of a point (twips) and font sizes in half-points. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
export const pt = (points: number) => points * 2;

/** A4 and the margins of Decree 30/2020/NĐ-CP: top 20, bottom 20, left 30, right 15 mm. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;

/** The width text may fill between the margins, portrait and landscape. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

export const FONT = 'Times New Roman';

/** Sizes in points, as Decree 30 gives them for each part. */
export const SIZE = {
  body: 14,
  superior: 13,
  issuer: 13,
  number: 13,
  summary: 12,
  nation: 12,
  motto: 13,
  placeDate: 14,
  title: 14,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 13,
  table: 12,
} as const;

/** First-line indent of body paragraphs (1.27 cm) and the space after each (6 pt). */
export const FIRST_LINE_INDENT = 720;
export const AFTER_PARAGRAPH = 120;
/** Line spacing of body text, in 240ths of a line: 1.2 lines, inside the decree's single to 1.5. */
export const BODY_LINE = 288;
