/**
 * The conventions of the whole API, said once at the top of the OpenAPI description (issue 18) so that each
 * operation need not repeat them. Vietnamese first, English after, as every summary.
 */
export const API_DESCRIPTION = `REST API của hệ thống quản lý kế hoạch cải cách hành chính ngành Y tế.

**Xác thực.** Người dùng đăng nhập bằng \`POST /api/auth/login\`; phiên làm việc nằm trong cookie \`cchc_session\`. Hệ thống khác dùng khóa API do quản trị viên của đơn vị cấp (mục «Khóa API»): gửi \`Authorization: Bearer cchc_…\` (hoặc \`X-API-Key: cchc_…\`). Khóa *chỉ đọc* đọc như người xem của đơn vị; khóa *đọc và ghi* làm được như đầu mối CCHC của đơn vị. Mỗi khóa có giới hạn số yêu cầu mỗi phút riêng (tiêu đề \`x-ratelimit-limit\`, \`x-ratelimit-remaining\`); mọi lần dùng khóa được ghi vào nhật ký hệ thống.

**Danh sách.** Danh sách dài được chia trang theo con trỏ: \`limit\` (số mục, mặc định 50, tối đa 1000 trừ khi mô tả của thao tác nói khác) và \`cursor\` (giá trị \`nextCursor\` của trang trước). Câu trả lời có dạng \`{ items, nextCursor }\`; \`nextCursor\` là \`null\` ở trang cuối. Thứ tự của mỗi danh sách là cố định và ghi trong mô tả của nó; danh sách nhỏ theo bản chất (các phiên bản của một kế hoạch, minh chứng của một kỳ) không chia trang và ghi rõ như vậy. Lọc theo đơn vị dùng \`organizationId\`, tìm theo chữ dùng \`q\`, cờ đúng/sai nhận \`1\`/\`0\`/\`true\`/\`false\`.

**Ngày giờ.** Ngày dạng ISO \`yyyy-mm-dd\` (giờ Việt Nam); thời điểm dạng ISO 8601 UTC (\`2026-03-31T02:15:00.000Z\`).

**Lỗi.** Mọi lỗi có cùng dạng \`{ "error": { "code", "message", "details" } }\`: \`code\` ổn định để máy đọc, \`message\` tiếng Việt để hiện cho người dùng. 400 dữ liệu không hợp lệ (trường lạ cũng bị từ chối), 401 chưa đăng nhập hoặc khóa sai, 403 không có quyền, 404 không có hoặc không được xem, 409 xung đột trạng thái, 413 dữ liệu quá lớn, 429 quá nhiều yêu cầu (\`Retry-After\`).

---

REST API of the administrative-reform (CCHC) planning system of the health sector.

**Authentication.** People sign in with \`POST /api/auth/login\` (session cookie \`cchc_session\`). Other systems use an API key issued by their body's admin: \`Authorization: Bearer cchc_…\` (or \`X-API-Key\`). A read-only key reads what a viewer of its body reads; a read-write key acts as the body's CCHC coordinator. Each key has its own requests-per-minute limit; every use is written to the audit log.

**Lists.** Long lists are cursor-paged: \`limit\` (default 50, at most 1000 unless stated) and \`cursor\` (the previous page's \`nextCursor\`); answers are \`{ items, nextCursor }\`, \`nextCursor\` null on the last page. Each list's fixed order is stated in its description; lists small by nature (a plan's versions, a period's evidence) come whole and say so. Filter by body with \`organizationId\`, search text with \`q\`; flags take \`1\`/\`0\`/\`true\`/\`false\`.

**Dates.** Days are ISO \`yyyy-mm-dd\` (Vietnam time); instants are ISO 8601 in UTC.

**Errors.** One shape for every error, \`{ "error": { "code", "message", "details" } }\`: a stable \`code\` for programs, a Vietnamese \`message\` for people. Statuses: 400 invalid input (unknown fields included), 401 not signed in or wrong key, 403 not allowed, 404 missing or not yours to see, 409 state conflict, 413 too large, 429 too many requests (\`Retry-After\`).`;


/** The groups of operations at /api/docs, in the order a reader meets the domain; each named in both languages. */
export const API_TAGS = [
  { name: 'system', description: 'Tình trạng hệ thống — System health' },
  { name: 'auth', description: 'Đăng nhập, người dùng hiện tại — Sign-in and the signed-in user' },
  { name: 'organizations', description: 'Cơ cấu tổ chức: Sở, đơn vị, khoa phòng, cơ quan bên ngoài, nhóm — Organisation tree, external bodies, groups' },
  { name: 'users', description: 'Người dùng và vai trò — Users and roles' },
  { name: 'api-keys', description: 'Khóa API cho hệ thống khác — API keys for other systems' },
  { name: 'audit', description: 'Nhật ký hệ thống — Audit log' },
  { name: 'legal-documents', description: 'Văn bản pháp lý làm căn cứ — Legal documents cited' },
  { name: 'plans', description: 'Kế hoạch CCHC, truyền thông và nhiệm vụ — CCHC and communication plans, tasks' },
  { name: 'occurrences', description: 'Các kỳ thực hiện nhiệm vụ, kết quả, minh chứng, duyệt — Periods of work, results, evidence, review' },
  { name: 'reminder-notices', description: 'Văn bản đôn đốc — Reminder notices' },
  { name: 'notifications', description: 'Thông báo, nhắc việc — Notifications and reminders' },
  { name: 'media', description: 'Tin bài, kênh truyền thông, mô hình hay — Communication items, channels, good practices' },
  { name: 'procedures', description: 'Thủ tục hành chính và quy trình nội bộ, niêm yết — Administrative procedures, postings' },
  { name: 'feedback', description: 'Phản ánh, kiến nghị của người dân — Citizens’ feedback' },
  { name: 'surveys', description: 'Khảo sát sự hài lòng — Satisfaction surveys' },
  { name: 'indices', description: 'Chỉ số PAR INDEX, SIPAS, PAPI, PCI, DDCI và chỉ tiêu — Indices and targets' },
  { name: 'scoring', description: 'Chấm điểm CCHC — CCHC scoring' },
  { name: 'reports', description: 'Báo cáo định kỳ — Periodic reports' },
  { name: 'jobs', description: 'Xuất dữ liệu chạy nền — Background exports' },
  { name: 'public', description: 'Trang công khai cho người dân, không cần đăng nhập — Public pages, no sign-in' },
];
