/** The public-administration indices a health body follows (SPEC §2.9), with their Vietnamese names. */
export const INDEX_KINDS = ['par_index', 'sipas', 'papi', 'pci', 'ddci'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];
export const INDEX_KIND_LABELS_VI: Record<IndexKind, string> = {
  par_index: 'PAR INDEX — Chỉ số cải cách hành chính',
  sipas: 'SIPAS — Chỉ số hài lòng về sự phục vụ hành chính',
  papi: 'PAPI — Chỉ số hiệu quả quản trị và hành chính công',
  pci: 'PCI — Chỉ số năng lực cạnh tranh cấp tỉnh',
  ddci: 'DDCI — Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương',
};
export const INDEX_SHORT_NAMES: Record<IndexKind, string> = { par_index: 'PAR INDEX', sipas: 'SIPAS', papi: 'PAPI', pci: 'PCI', ddci: 'DDCI' };

/** Whose result it is: the province's (as published nationally) or the body's own (a provincial ranking of bodies). */
export const INDEX_SCOPES = ['province', 'body'] as const;
export type IndexScope = (typeof INDEX_SCOPES)[number];
export const INDEX_SCOPE_LABELS_VI: Record<IndexScope, string> = { province: 'Của tỉnh', body: 'Của đơn vị' };
