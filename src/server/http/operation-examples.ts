/**
 * Example bodies of the writes an integrator starts with (issue 18), shown in the OpenAPI description and at
 * /api/docs. `tests/api/openapi.test.ts` sends each one to a running server, with the ids of a real body put
 * where the example says `<…>`, and expects it to be accepted: an example that stops working fails the tests.
 */
export const EXAMPLE_BODY_ID = '<id của đơn vị — a body’s id>';

export const REQUEST_EXAMPLES: Record<string, Record<string, unknown>> = {
  postAuthLogin: { username: 'bvsn.coordinator', password: 'mật khẩu của bạn' },
  postPlans: { kind: 'cchc', year: 2027, title: 'Kế hoạch cải cách hành chính năm 2027' },
  postPlansByIdTransition: { to: 'submitted', comment: 'Kính trình lãnh đạo xem xét, phê duyệt.' },
  patchOccurrencesById: { status: 'in_progress', progress: 60, note: 'Đã rà soát 12/20 thủ tục; phần còn lại xong trong tháng 6.' },
  postOccurrencesByIdReview: { decision: 'return', comment: 'Đề nghị bổ sung biên bản rà soát kèm theo.' },
  postOccurrencesByIdComments: { text: 'Đề nghị gửi minh chứng trước ngày 15.' },
  postMediaItems: { kind: 'news', title: 'Bệnh viện triển khai thanh toán viện phí không dùng tiền mặt' },
  postFeedback: { organizationId: EXAMPLE_BODY_ID, channel: 'hotline', subject: 'Thời gian chờ khám', content: 'Người bệnh phản ánh chờ khám hơn 3 giờ tại khoa Khám bệnh.' },
  postApiKeys: { organizationId: EXAMPLE_BODY_ID, name: 'Cổng văn bản điện tử tỉnh', scope: 'read', requestsPerMinute: 120 },
};
