/** Roles a person holds in one organisation (SPEC §1). One person may hold several. */
export const ROLES = ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles held at a body (Sở Y tế, hospital, TTYT); `reporter` is held at a department inside a body. */
export const BODY_ROLES: readonly Role[] = ['admin', 'director', 'coordinator', 'editor', 'viewer'];
export const UNIT_ROLES: readonly Role[] = ['reporter'];

export const ROLE_LABELS_VI: Record<Role, string> = {
  admin: 'Quản trị',
  director: 'Lãnh đạo',
  coordinator: 'Đầu mối CCHC',
  reporter: 'Khoa/phòng',
  editor: 'Truyền thông',
  viewer: 'Xem',
};
