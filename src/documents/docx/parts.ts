import type { BlankDate } from '../../domain/documents/date-line';
import type { IsoDate } from '../../domain/schedule/schedule';

/**
 * The parts of an official document (Decree 30/2020/NĐ-CP, appendices I and III), as plain data.
 * A plan, a report and a reminder notice are each a choice of these parts.
 */
export type OfficialDocumentParts = {
  heading: HeadingPart;
  /** "KẾ HOẠCH" with its summary line; a Công văn has none (its summary sits under the number). */
  title?: { kind: string; summary: string };
  /** "Kính gửi:" and who the letter goes to. */
  addressees?: string[];
  body: BodyBlock[];
  signature: SignaturePart;
  /** Recipients as written, the last being "Lưu: VT, …"; punctuation is added. */
  recipients: string[];
  appendices?: AppendixPart[];
  /** A preview not to be signed yet: "DỰ THẢO" in a box above the heading block. */
  draft?: boolean;
};

export type HeadingPart = {
  /** The body above the issuer ("SỞ Y TẾ TỈNH LÀO CAI"); printed in capitals, not bold. */
  superiorName: string | null;
  /** The issuing body; printed in capitals, bold, with a short line under it. */
  issuerName: string;
  /** Null until the clerk registers the document. */
  number: number | null;
  symbol: string;
  placeName: string | null;
  /** The signing date, or only the year while it is blank for the clerk. */
  date: IsoDate | BlankDate;
  /** A Công văn's "V/v …" summary, printed under the number. */
  letterSummary?: string;
};

/** A piece of text inside a paragraph with its own emphasis. */
export type Inline = { text: string; bold?: boolean; italic?: boolean };

export type BodyBlock =
  /** "Căn cứ …" lines: italic, each ending with ";", the last with ".". */
  | { kind: 'bases'; items: string[] }
  /** "I. MỤC ĐÍCH" (roman, capitals, bold), "1. Mục đích" (bold), "a) …", "- …". */
  | { kind: 'heading'; numbering: string; text: string }
  /** A justified paragraph with a first-line indent; `- ` items are paragraphs that start with the dash. */
  | { kind: 'paragraph'; text: string | Inline[] };

export type SignaturePart = {
  /** "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "TM. …": the authority the document is signed for. */
  authority: string;
  /** "PHÓ GIÁM ĐỐC" under "KT. GIÁM ĐỐC"; null when the head signs. */
  signerTitle: string | null;
  /** Null leaves the name to be written by hand under the signature. */
  signerName: string | null;
};

export type AppendixColumn = { title: string; /** Share of the table's width. */ weight: number; align?: 'left' | 'center' };

export type AppendixPart = {
  /** "PHỤ LỤC" or "Phụ lục I". */
  label: string;
  /** Printed in capitals, bold. */
  title: string;
  /** The italic line without brackets: "Kèm theo Kế hoạch số 03/KH-TTYT ngày 16/01/2026 của …". */
  attachedTo: string;
  landscape: boolean;
  columns: AppendixColumn[];
  rows: string[][];
};
