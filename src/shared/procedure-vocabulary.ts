/**
 * Words of administrative procedures (SPEC §2.7) shared by the server, the public pages and the web app:
 * public procedures (thủ tục hành chính, TTHC) and a body's internal procedures (quy trình nội bộ).
 */

export const PROCEDURE_SCOPES = ['public', 'internal'] as const;
export type ProcedureScope = (typeof PROCEDURE_SCOPES)[number];
export const PROCEDURE_SCOPE_LABELS_VI: Record<ProcedureScope, string> = {
  public: 'Thủ tục hành chính',
  internal: 'Quy trình nội bộ',
};

/** The level that settles the procedure (cấp thực hiện); a hospital's own services are "body". */
export const PROCEDURE_LEVELS = ['central', 'province', 'district', 'commune', 'body'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];
export const PROCEDURE_LEVEL_LABELS_VI: Record<ProcedureLevel, string> = {
  central: 'Cấp trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  body: 'Tại đơn vị',
};

/** How the processing time is counted. */
export const PROCESSING_TIME_UNITS = ['working_days', 'days', 'hours'] as const;
export type ProcessingTimeUnit = (typeof PROCESSING_TIME_UNITS)[number];
export const PROCESSING_TIME_UNIT_LABELS_VI: Record<ProcessingTimeUnit, string> = {
  working_days: 'ngày làm việc',
  days: 'ngày',
  hours: 'giờ',
};

/** Where a dossier is received. */
export const RECEIVING_PLACES = ['one_stop', 'department', 'online', 'post'] as const;
export type ReceivingPlace = (typeof RECEIVING_PLACES)[number];
export const RECEIVING_PLACE_LABELS_VI: Record<ReceivingPlace, string> = {
  one_stop: 'Bộ phận tiếp nhận và trả kết quả (một cửa)',
  department: 'Tại khoa, phòng phụ trách',
  online: 'Trực tuyến trên Cổng dịch vụ công',
  post: 'Qua dịch vụ bưu chính công ích',
};

/** Online public service level (Decree 42/2022: partial or full online). */
export const ONLINE_LEVELS = ['none', 'information', 'partial', 'full'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export const ONLINE_LEVEL_LABELS_VI: Record<OnlineLevel, string> = {
  none: 'Không cung cấp trực tuyến',
  information: 'Cung cấp thông tin trực tuyến',
  partial: 'Dịch vụ công trực tuyến một phần',
  full: 'Dịch vụ công trực tuyến toàn trình',
};

/**
 * What a deciding document did to the procedure, as a dated event. Issued, amended and supplemented
 * leave it in force; replaced and abolished end it.
 */
export const PROCEDURE_EVENT_KINDS = ['issued', 'amended', 'supplemented', 'replaced', 'abolished'] as const;
export type ProcedureEventKind = (typeof PROCEDURE_EVENT_KINDS)[number];
export const PROCEDURE_EVENT_LABELS_VI: Record<ProcedureEventKind, string> = {
  issued: 'Ban hành',
  amended: 'Sửa đổi',
  supplemented: 'Bổ sung',
  replaced: 'Thay thế',
  abolished: 'Bãi bỏ',
};

/** Where a procedure stands on a given day, from its events. */
export const PROCEDURE_STATUSES = ['not_yet_in_force', 'in_force', 'replaced', 'abolished'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];
export const PROCEDURE_STATUS_LABELS_VI: Record<ProcedureStatus, string> = {
  not_yet_in_force: 'Chưa có hiệu lực',
  in_force: 'Đang có hiệu lực',
  replaced: 'Đã bị thay thế',
  abolished: 'Đã bãi bỏ',
};

/** Where a procedure is posted (niêm yết công khai). */
export const POSTING_PLACES = ['premises', 'website', 'one_stop'] as const;
export type PostingPlace = (typeof POSTING_PLACES)[number];
export const POSTING_PLACE_LABELS_VI: Record<PostingPlace, string> = {
  premises: 'Bảng niêm yết tại trụ sở',
  website: 'Trang thông tin điện tử',
  one_stop: 'Bộ phận một cửa',
};
