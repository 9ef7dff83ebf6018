import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createJobRunner } from '../../src/server/jobs/runner';
import { FEEDBACK_ATTACHMENT_MAX_BYTES } from '../../src/shared/feedback-vocabulary';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { actingUsers } from '../support/acting-users';
import { xssProblems } from '../support/assert-no-xss';
import { readMessage, startMailbox } from '../support/mailbox';
import { multipartBody } from '../support/multipart';
import { addProcedure, recordCopyProcedure } from '../support/procedure-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const CITIZEN = { name: 'Phạm Quốc Thịnh', phone: '0912 777 531', email: 'quoc.thinh.pham@example.vn', ip: '198.51.100.77' };

/**
 * The citizen's feedback form and tracking page (issue 14): sent from a phone without JavaScript, a code
 * to follow it, the contact kept only with consent and never shown on a public page, spam kept out by a
 * rate limit, a honeypot and size limits.
 */
describe.each(DIALECTS)('public feedback pages on %s', (dialect) => {
  let t: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const { as, send } = actingUsers(() => t);
  let address = 0;
  /** A different client address per sending, so the rate limit is tried only where meant. */
  const nextAddress = () => `203.0.113.${++address}`;

  const postForm = (fields: Record<string, string>, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'POST', url: '/p/bvsn/phan-anh', remoteAddress, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
  const postWithFile = (fields: Record<string, string>, file: { name: string; content: Buffer; type?: string }, remoteAddress = nextAddress()) => {
    const body = multipartBody(fields, file);
    return t.app.inject({ method: 'POST', url: '/p/bvsn/phan-anh', remoteAddress, headers: body.headers, payload: body.payload });
  };
  const itemCount = async () => Number((await t.store.db.selectFrom('feedback_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const drain = async () => {
    const config = { ...t.app.deps.config, smtpUrl: `smtp://127.0.0.1:${mailbox.port}`, publicUrl: 'https://cchc.example.vn' };
    const runner = createJobRunner({ db: t.store.db, config, log: t.app.log, clock: () => new Date(Date.now() + 11 * 60_000), schedule: false });
    for (let i = 0; i < 50 && (await runner.runOnce()); i++);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    mailbox = await startMailbox();
  });
  afterAll(async () => {
    await mailbox?.close();
    await t?.close();
  });

  it('shows the form in Vietnamese with the consent line, the departments, a hidden trap and the lookup box', async () => {
    const res = await t.request('GET', '/p/bvsn/phan-anh');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    for (const text of ['Gửi phản ánh, kiến nghị', 'Tiêu đề', 'Nội dung', 'Khoa Khám bệnh', 'Tôi đồng ý để đơn vị lưu và sử dụng thông tin liên hệ trên chỉ để trả lời phản ánh này', 'Tra cứu bằng mã', '10 ngày làm việc']) expect(html).toContain(text);
    expect(html).toMatch(/<form [^>]*action="\/p\/bvsn\/phan-anh" enctype="multipart\/form-data" method="post"/i);
    expect(html).toMatch(/class="trap" aria-hidden="true"/);
    expect(html).not.toContain('<script');
    expect((await t.request('GET', '/p/khong-co/phan-anh')).statusCode).toBe(404);
  });

  it('describes the form, its sending and the tracking page in the OpenAPI description', async () => {
    const paths = (await t.request('GET', '/api/openapi.json')).json().paths;
    expect(Object.keys(paths['/p/{orgCode}/phan-anh'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(paths['/p/{orgCode}/phan-anh'].post).toMatchObject({ tags: ['public'], summary: expect.stringContaining('Người dân gửi phản ánh') });
    expect(paths['/p/{orgCode}/phan-anh/{code}'].get.tags).toEqual(['public']);
    for (const path of ['/api/feedback', '/api/feedback/{id}', '/api/feedback/{id}/steps', '/api/feedback/settings', '/api/feedback/by-body', '/api/feedback/{id}/files/{fileId}']) expect(paths[path], path).toBeDefined();
  });

  let code: string;

  it('takes feedback with a contact and consent, answers with its code, and e-mails the code through a real SMTP server', async () => {
    const res = await postForm({ subject: 'Nhân viên thu ngân không hướng dẫn', content: 'Sáng 02/12 tôi chờ ở quầy thu ngân 40 phút.', name: CITIZEN.name, phone: CITIZEN.phone, email: CITIZEN.email, consent: '1', website: '' }, CITIZEN.ip);
    expect(res.statusCode, res.body).toBe(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/p\/bvsn\/phan-anh\/[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}\?da-gui=1$/);
    code = location.split('/').at(-1)!.split('?')[0]!;
    const page = await t.request('GET', location);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Đã gửi phản ánh');
    expect(page.body).toContain(`<p class="tracking-code">${code}</p>`);
    expect(page.body).toContain('Đã tiếp nhận');

    const row = await t.store.db.selectFrom('feedback_items').selectAll().where('tracking_code', '=', code.replace('-', '')).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'web', contact_name: CITIZEN.name, contact_email: CITIZEN.email, contact_ip: CITIZEN.ip, state: 'received' });
    expect(row.consent_at).toBeTruthy();
    const told = await t.store.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['u.username', 'n.title']).where('n.kind', '=', 'workflow.feedback.received').execute();
    expect(told).toEqual([{ username: 'bvsn.coordinator', title: 'Phản ánh mới' }]);

    await drain();
    const letters = mailbox.received.filter((m) => m.to.includes(CITIZEN.email)).map((m) => readMessage(m.raw));
    expect(letters).toHaveLength(1);
    expect(letters[0]!.header('subject')).toBe(`Đã tiếp nhận phản ánh — mã tra cứu ${code}`);
    expect(letters[0]!.parts.get('text/plain')).toContain(`https://cchc.example.vn/p/bvsn/phan-anh/${code}`);
  });

  it('keeps the text and refuses a contact without consent, with the reason beside the tick', async () => {
    const before = await itemCount();
    const res = await postForm({ subject: 'Giường bệnh', content: 'Phòng bệnh nóng, quạt hỏng.', phone: '0912 000 111' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('vui lòng đánh dấu đồng ý');
    expect(res.body).toContain('Phòng bệnh nóng, quạt hỏng.');
    expect(res.body).toContain('value="0912 000 111"');
    const empty = await postForm({ subject: '', content: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Vui lòng nhập mục này.');
    expect(await itemCount()).toBe(before);
    // The longest content allowed, in Vietnamese, fits; one character more is refused with a message, not cut.
    const longest = multipartBody({ subject: 'Nội dung dài', content: 'ữ'.repeat(10_000) }, { name: '', content: Buffer.alloc(0) });
    expect((await t.app.inject({ method: 'POST', url: '/p/bvsn/phan-anh', remoteAddress: nextAddress(), headers: longest.headers, payload: longest.payload })).statusCode).toBe(303);
    const tooLong = await postForm({ subject: 'Nội dung dài', content: 'ữ'.repeat(10_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('Tối đa 10000 ký tự.');
    // Without any contact the feedback is taken anonymously.
    expect((await postForm({ subject: 'Giường bệnh', content: 'Phòng bệnh nóng, quạt hỏng.' })).statusCode).toBe(303);
  });

  it('offers the body\'s procedures in force and stores the one chosen, with a form sent as multipart without a file', async () => {
    const khth = await orgId(t.store, 'KHTH', 'BVSN');
    const procedureId = await addProcedure(t, await as('bvsn.coordinator'), recordCopyProcedure(khth));
    const form = (await t.request('GET', '/p/bvsn/phan-anh')).body;
    expect(form).toContain('<option value="BVSN-TT-01">Cung cấp bản tóm tắt hồ sơ bệnh án</option>');
    // A browser sends the empty file input as a nameless, empty part.
    const body = multipartBody({ subject: 'Hồ sơ bệnh án', content: 'Chờ 2 tuần chưa nhận được bản tóm tắt.', procedure: 'BVSN-TT-01' }, { name: '', content: Buffer.alloc(0) });
    const res = await t.app.inject({ method: 'POST', url: '/p/bvsn/phan-anh', remoteAddress: nextAddress(), headers: body.headers, payload: body.payload });
    expect(res.statusCode, res.body).toBe(303);
    const stored = await t.store.db.selectFrom('feedback_items').select(['id', 'procedure_id', 'contact_ip', 'consent_at']).where('subject', '=', 'Hồ sơ bệnh án').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ procedure_id: procedureId, consent_at: null });
    expect(await t.store.db.selectFrom('feedback_files').select('id').where('feedback_id', '=', stored.id).execute()).toEqual([]);
    expect((await postForm({ subject: 'X', content: 'Y', procedure: 'KHONG-CO' })).statusCode).toBe(400);
  });

  it('stores nothing when the hidden trap is filled', async () => {
    const before = await itemCount();
    const res = await postForm({ subject: 'Mua thuốc giá rẻ', content: 'http://spam.example', website: 'http://spam.example' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Không gửi được phản ánh');
    expect(await itemCount()).toBe(before);
  });

  it('takes a picture by its bytes, refuses what is not one whatever its name, and a file too large with 413', async () => {
    const ok = await postWithFile({ subject: 'Sàn trơn', content: 'Sàn hành lang khu B trơn trượt.' }, { name: 'anh', content: PNG, type: 'application/octet-stream' });
    expect(ok.statusCode, ok.body).toBe(303);
    const trackingCode = (ok.headers.location as string).split('/').at(-1)!.split('?')[0]!.replace('-', '');
    const item = await t.store.db.selectFrom('feedback_items').select('id').where('tracking_code', '=', trackingCode).executeTakeFirstOrThrow();
    const detail = await send('bvsn.coordinator', 'GET', `/api/feedback/${item.id}`);
    expect(detail.files).toMatchObject([{ name: 'anh.png', mediaType: 'image/png', size: PNG.length }]);
    const download = await t.request('GET', detail.files[0].url, { cookie: await as('bvsn.coordinator') });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);

    const before = await itemCount();
    const svg = await postWithFile({ subject: 'Ảnh', content: 'Xem ảnh.' }, { name: 'anh.png', content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), type: 'image/png' });
    expect(svg.statusCode).toBe(400);
    expect(svg.body).toContain('Chỉ nhận ảnh JPG, PNG, WebP hoặc tệp PDF.');
    expect(svg.body).toContain('Xem ảnh.');
    const big = await postWithFile({ subject: 'Ảnh lớn', content: 'Ảnh chụp.' }, { name: 'lon.jpg', content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(FEEDBACK_ATTACHMENT_MAX_BYTES)]), type: 'image/jpeg' });
    expect(big.statusCode).toBe(413);
    expect(big.body).toContain('Tệp quá lớn');
    expect(await itemCount()).toBe(before);
  });

  it('lets none of the known XSS payloads run on the form sent back or on the tracking page', async () => {
    const SHELL = ['meta', 'link', 'title', 'body', 'form', 'input', 'button', 'textarea', 'select'];
    const tags = (html: string) => [...html.matchAll(/<(input|textarea|select|form|button|script|img|a)\b/gi)].map((m) => m[1]!.toLowerCase()).join(',');
    const cleanForm = tags((await postForm({ subject: 'Tiêu đề', content: 'Nội dung', phone: '0912 000 222' })).body);
    for (const payload of XSS_PAYLOADS) {
      const back = await postForm({ subject: payload.slice(0, 300), content: payload, name: payload.slice(0, 200), phone: '0912 000 222' });
      expect(back.statusCode).toBe(400);
      expect(xssProblems(back.body, SHELL), payload).toEqual([]);
      expect(tags(back.body), payload).toBe(cleanForm);
    }
    for (const payload of XSS_PAYLOADS.slice(0, 20)) {
      const sent = await postForm({ subject: payload.slice(0, 300), content: payload });
      expect(sent.statusCode, payload).toBe(303);
      const page = await t.request('GET', sent.headers.location as string);
      expect(xssProblems(page.body, SHELL), payload).toEqual([]);
    }
  });

  it('refuses a sixth sending from one address within ten minutes with a Vietnamese page', async () => {
    const from = '192.0.2.200';
    for (let i = 0; i < 5; i++) expect((await postForm({ subject: `Góp ý ${i}`, content: 'Nội dung' }, from)).statusCode).toBe(303);
    const refused = await postForm({ subject: 'Góp ý 6', content: 'Nội dung' }, from);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('text/html');
    expect(refused.body).toContain('Bạn gửi quá nhiều yêu cầu');
    // Another address is not held up.
    expect((await postForm({ subject: 'Góp ý khác', content: 'Nội dung' })).statusCode).toBe(303);
  });

  it('takes its limits from the configuration (lower for a test, or for a body under attack)', async () => {
    const strict = await buildApp({ store: t.store, config: { ...t.app.deps.config, feedbackLimits: { posts: 1, lookups: 1 } }, logger: false, webRoot: '/nonexistent' });
    try {
      const post = () => strict.inject({ method: 'POST', url: '/p/bvsn/phan-anh', remoteAddress: '192.0.2.77', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'subject=A&content=B' });
      const first = await post();
      expect(first.statusCode).toBe(303);
      expect((await post()).statusCode).toBe(429);
      const look = () => strict.inject({ method: 'GET', url: first.headers.location as string, remoteAddress: '192.0.2.77' });
      expect((await look()).statusCode).toBe(200);
      expect((await look()).statusCode).toBe(429);
    } finally {
      await strict.close();
    }
  });

  it('finds the item by its code however typed, shows the answer only once published, and never the sender', async () => {
    const lookup = await t.request('GET', `/p/bvsn/phan-anh/tra-cuu?ma=${encodeURIComponent(` ${code.toLowerCase().replace('-', ' ')} `)}`);
    expect(lookup.statusCode).toBe(303);
    expect(lookup.headers.location).toBe(`/p/bvsn/phan-anh/${code}`);
    expect((await t.request('GET', `/p/bvsn/phan-anh/${code.replace('-', '').toLowerCase()}`)).statusCode).toBe(200);
    const wrong = await t.request('GET', '/p/bvsn/phan-anh/tra-cuu?ma=ABCD-EFG0');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('Không tìm thấy phản ánh với mã này');
    expect((await t.request('GET', '/p/bvsn/phan-anh/ABCD-EFGH')).statusCode).toBe(404);
    expect((await t.request('GET', `/p/ttyt-lccd/phan-anh/${code}`)).statusCode).toBe(404);

    const id = (await t.store.db.selectFrom('feedback_items').select('id').where('tracking_code', '=', code.replace('-', '')).executeTakeFirstOrThrow()).id;
    const kb = await orgId(t.store, 'KB', 'BVSN');
    const coordinatorName = (await t.store.db.selectFrom('users').select('full_name').where('username', '=', 'bvsn.coordinator').executeTakeFirstOrThrow()).full_name;
    await send('bvsn.coordinator', 'POST', `/api/feedback/${id}/steps`, { step: 'assign', unitId: kb });
    await send('bvsn.coordinator', 'POST', `/api/feedback/${id}/steps`, { step: 'answer', answer: 'Bệnh viện đã nhắc nhở nhân viên thu ngân.' });
    const unpublished = (await t.request('GET', `/p/bvsn/phan-anh/${code}`)).body;
    expect(unpublished).toContain('Đã trả lời');
    expect(unpublished).not.toContain('Bệnh viện đã nhắc nhở nhân viên thu ngân.');
    await send('bvsn.coordinator', 'POST', `/api/feedback/${id}/steps`, { step: 'publish', published: true });
    const published = (await t.request('GET', `/p/bvsn/phan-anh/${code}`)).body;
    expect(published).toContain('Bệnh viện đã nhắc nhở nhân viên thu ngân.');
    expect(published).toContain('Chuyển khoa, phòng xử lý');

    const pages = [unpublished, published, (await t.request('GET', `/p/bvsn/phan-anh/${code}?da-gui=1`)).body];
    for (const html of pages) {
      for (const text of [CITIZEN.name, CITIZEN.phone, '0912777531', CITIZEN.email, CITIZEN.ip, 'Thịnh']) expect(html).not.toContain(text);
      // No staff names either: the steps are days and what happened.
      expect(html).not.toContain(coordinatorName);
    }

    await drain();
    const letters = mailbox.received.filter((m) => m.to.includes(CITIZEN.email)).map((m) => readMessage(m.raw));
    expect(letters.map((l) => l.header('subject'))).toEqual([`Đã tiếp nhận phản ánh — mã tra cứu ${code}`, `Phản ánh ${code} đã có trả lời`]);
  });
});
