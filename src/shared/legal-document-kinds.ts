/** Kinds of legal document a plan cites (SPEC §2.2), with the names written in Vietnamese documents. */
export const LEGAL_DOCUMENT_KINDS = [
  'resolution',
  'decision',
  'plan',
  'scheme',
  'telegram',
  'conclusion',
  'directive',
  'regulation',
  'decree',
  'circular',
  'program',
  'other',
] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];

export const LEGAL_DOCUMENT_KIND_LABELS_VI: Record<LegalDocumentKind, string> = {
  resolution: 'Nghị quyết',
  decision: 'Quyết định',
  plan: 'Kế hoạch',
  scheme: 'Đề án',
  telegram: 'Công điện',
  conclusion: 'Kết luận',
  directive: 'Chỉ thị',
  regulation: 'Quy định',
  decree: 'Nghị định',
  circular: 'Thông tư',
  program: 'Chương trình',
  other: 'Văn bản khác',
};
