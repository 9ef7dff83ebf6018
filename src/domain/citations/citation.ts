import {
  LEGAL_DOCUMENT_KINDS,
  LEGAL_DOCUMENT_KIND_LABELS_VI,
  type LegalDocumentKind,
} from '../../shared/legal-document-kinds';

/**
 * A citation's kind is the registry's legal-document kind: a recognised citation is linked to a registry
 * entry, so the two vocabularies must be one list.
 */
export type CitationKind = LegalDocumentKind;
export const CITATION_KINDS = LEGAL_DOCUMENT_KINDS;
export const CITATION_KIND_LABELS_VI: Record<CitationKind, string> = LEGAL_DOCUMENT_KIND_LABELS_VI;

/** A legal document cited in free text, e.g. "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ". */
export type Citation = {
  kind: CitationKind;
  /** Number and symbol, dashes made plain: "76/NQ-CP", "14-ĐA/TU", "29/2025/NQ-HĐND". */
  code: string;
  /** ISO yyyy-mm-dd; null when no date is written or the written date does not exist. */
  date: string | null;
  /** Issuing body with whitespace collapsed ("Sở Y tế tỉnh Lào Cai"); null when not written. */
  issuer: string | null;
  /** The matched span exactly as written in the input (line breaks included). */
  text: string;
  /** Offsets into the original input: text === input.slice(start, end). */
  start: number;
  end: number;
};
