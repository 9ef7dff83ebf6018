/**
 * Kinds of node in the organisation tree (SPEC §2.1). Bodies issue documents and hold body roles;
 * units (khoa, phòng, trung tâm, tổ, bộ phận) sit inside a body and hold reporters.
 */
export const BODY_KINDS = ['department_of_health', 'hospital', 'health_centre', 'cdc', 'other_body'] as const;
export const UNIT_KINDS = ['clinical_department', 'office', 'centre', 'team', 'section'] as const;
export const ORGANIZATION_KINDS = [...BODY_KINDS, ...UNIT_KINDS] as const;

export type BodyKind = (typeof BODY_KINDS)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export function isBodyKind(kind: string): kind is BodyKind {
  return (BODY_KINDS as readonly string[]).includes(kind);
}

export const ORGANIZATION_KIND_LABELS_VI: Record<OrganizationKind, string> = {
  department_of_health: 'Sở Y tế',
  hospital: 'Bệnh viện',
  health_centre: 'Trung tâm Y tế',
  cdc: 'Trung tâm Kiểm soát bệnh tật',
  other_body: 'Đơn vị khác',
  clinical_department: 'Khoa',
  office: 'Phòng',
  centre: 'Trung tâm',
  team: 'Tổ',
  section: 'Bộ phận',
};

/**
 * Groups name a set of tree nodes as an assignee: "Các khoa, phòng trực thuộc" is every unit of a body,
 * "Các đơn vị trong ngành" every body under a department of health; `custom` lists its members.
 */
export const GROUP_KINDS = ['all_units', 'all_bodies', 'custom'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_LABELS_VI: Record<GroupKind, string> = {
  all_units: 'Tất cả khoa, phòng của đơn vị',
  all_bodies: 'Tất cả đơn vị trực thuộc Sở',
  custom: 'Nhóm tự chọn',
};
