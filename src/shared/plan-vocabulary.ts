/** Words of a plan (SPEC §2.3–2.4) shared by the server and the web app. */

export const PLAN_KINDS = ['cchc', 'communication', 'pci_ddci_communication', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS_VI: Record<PlanKind, string> = {
  cchc: 'Kế hoạch CCHC',
  communication: 'Kế hoạch tuyên truyền CCHC',
  pci_ddci_communication: 'Kế hoạch tuyên truyền PCI/DDCI',
  other: 'Kế hoạch khác',
};

export const PLAN_STATES = ['draft', 'submitted', 'issued', 'closed'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
export const PLAN_STATE_LABELS_VI: Record<PlanState, string> = {
  draft: 'Dự thảo',
  submitted: 'Chờ phê duyệt',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

/** The six reform areas of Resolution 76/NQ-CP, then communication and anything else. */
export const REFORM_AREAS = ['institutions', 'procedures', 'apparatus', 'civil_service', 'public_finance', 'digital_government', 'communication', 'other'] as const;
export type ReformArea = (typeof REFORM_AREAS)[number];
export const REFORM_AREA_LABELS_VI: Record<ReformArea, string> = {
  institutions: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  apparatus: 'Cải cách tổ chức bộ máy',
  civil_service: 'Cải cách chế độ công vụ',
  public_finance: 'Cải cách tài chính công',
  digital_government: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
  communication: 'Thông tin, tuyên truyền CCHC',
  other: 'Nhiệm vụ khác',
};

/** Kinds of output product a task promises ("Sản phẩm đầu ra"). */
export const OUTPUT_KINDS = ['report', 'plan', 'decision', 'guidance', 'reminder', 'news_item', 'training', 'participation', 'other'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export const OUTPUT_KIND_LABELS_VI: Record<OutputKind, string> = {
  report: 'Báo cáo',
  plan: 'Kế hoạch',
  decision: 'Quyết định',
  guidance: 'Văn bản hướng dẫn',
  reminder: 'Văn bản đôn đốc',
  news_item: 'Tin bài tuyên truyền',
  training: 'Lớp tập huấn, hội nghị',
  participation: 'Cử cán bộ tham gia',
  other: 'Sản phẩm khác',
};
