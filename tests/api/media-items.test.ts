import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../support/multipart';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Item = {
  id: string;
  state: string;
  title: string;
  slug: string;
  summary: string | null;
  bodyHtml: string;
  unit: { id: string; name: string } | null;
  tasks: { id: string; occurrenceId: string | null }[];
  publications: { channel: string; url: string | null; publishedAt: string }[];
  files: { id: string; url: string }[];
  publicUrl: string | null;
  can: { edit: boolean; transitions: string[] };
};

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);

describe.each(DIALECTS)('media items on %s', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let item: Item;

  const as = (user: string) => cookies[user]!;
  const get = async (id: string, user = 'bvsn.editor'): Promise<Item> => (await t.request('GET', `/api/media-items/${id}`, { cookie: as(user) })).json();
  const history = async (id: string) => (await t.request('GET', `/api/media-items/${id}/history`, { cookie: as('bvsn.editor') })).json().items as { kind: string; from: string | null; to: string | null; actor: string | null; at: string; comment: string | null }[];
  const move = (user: string, id: string, body: Record<string, unknown>) => t.request('POST', `/api/media-items/${id}/transition`, { cookie: as(user), body });

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    for (const user of ['bvsn.truyenthong', 'bvsn.tchc', 'bvsn.editor', 'bvsn.director', 'bvsn.coordinator', 'bvsn.viewer', 'syt-lc.director', 'syt-lc.editor', 'syt-ht.director', 'ttyt-lccd.editor']) {
      cookies[user] = await t.login(user);
    }
  });
  afterAll(() => t.close());

  it("lets a department's reporter propose an item: a draft of their department, its body sanitised", async () => {
    const res = await t.request('POST', '/api/media-items', {
      cookie: as('bvsn.truyenthong'),
      body: {
        kind: 'news',
        title: 'Bệnh viện triển khai thanh toán viện phí không dùng tiền mặt',
        summary: 'Người bệnh quét mã QR tại quầy thu ngân.',
        bodyHtml: '<p>Từ tháng 3/2026 <strong>mọi quầy</strong> nhận chuyển khoản.</p><script>alert(1)</script><img src=x onerror=alert(1)>',
        reformAreas: ['procedures', 'digital_government'],
      },
    });
    expect(res.statusCode).toBe(201);
    item = res.json();
    expect(item).toMatchObject({
      state: 'draft',
      slug: 'benh-vien-trien-khai-thanh-toan-vien-phi-khong-dung-tien-mat',
      bodyHtml: '<p>Từ tháng 3/2026 <strong>mọi quầy</strong> nhận chuyển khoản.</p>',
      unit: { id: await orgId(t.store, 'TRUYENTHONG', 'BVSN'), name: 'Tổ truyền thông' },
      publicUrl: null,
      can: { edit: true, transitions: ['submitted'] },
    });
    const again = (await t.request('POST', '/api/media-items', { cookie: as('bvsn.editor'), body: { kind: 'article', title: 'Bệnh viện triển khai thanh toán viện phí không dùng tiền mặt!' } })).json();
    expect(again.slug).toBe('benh-vien-trien-khai-thanh-toan-vien-phi-khong-dung-tien-mat-2');
    expect(again.unit).toBeNull();
  });

  it('refuses bad input in Vietnamese and writes nothing', async () => {
    const before = (await t.request('GET', '/api/media-items?limit=1000', { cookie: as('bvsn.editor') })).json().items.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'Thiếu loại' }, 'VALIDATION_FAILED'],
      [{ kind: 'podcast', title: 'Loại lạ' }, 'VALIDATION_FAILED'],
      [{ kind: 'news', title: '<b></b>' }, 'TITLE_REQUIRED'],
      [{ kind: 'news', title: 'Khoa khác', unitId: await orgId(t.store, 'TCHC', 'BVSN') }, 'UNIT_NOT_ALLOWED'],
      [{ kind: 'news', title: 'Nhiệm vụ không có', taskIds: ['khong-co'] }, 'LINK_NOT_ALLOWED'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/media-items', { cookie: as('bvsn.truyenthong'), body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toMatch(/[ạảãáàâầấậẩẫăắằặẳẵêếềệểễôốồộổỗơớờợởỡưứừựửữđ]/i);
    }
    expect((await t.request('GET', '/api/media-items?limit=1000', { cookie: as('bvsn.editor') })).json().items.length).toBe(before);
  });

  it('lets only the body itself propose: not a viewer, not the department of health above', async () => {
    expect((await t.request('POST', '/api/media-items', { cookie: as('bvsn.viewer'), body: { kind: 'news', title: 'Xem' } })).statusCode).toBe(403);
    const bvsn = await orgId(t.store, 'BVSN');
    expect((await t.request('POST', '/api/media-items', { cookie: as('syt-lc.director'), body: { kind: 'news', title: 'Của sở', organizationId: bvsn } })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/media-items', { cookie: as('syt-ht.director'), body: { kind: 'news', title: 'Tỉnh khác', organizationId: bvsn } })).statusCode).toBe(404);
  });

  it('refuses every move a role may not make with 403, changing nothing', async () => {
    const refused: [string, Record<string, unknown>][] = [
      ['bvsn.tchc', { to: 'submitted' }],
      ['bvsn.viewer', { to: 'submitted' }],
      ['bvsn.truyenthong', { to: 'approved' }],
      ['bvsn.coordinator', { to: 'approved' }],
      ['bvsn.truyenthong', { to: 'published', channel: 'website', url: 'https://bvsannhi.laocai.gov.vn/tin/1', publishedAt: '2026-03-02' }],
      ['bvsn.coordinator', { to: 'returned', comment: 'Sửa lại' }],
      ['syt-lc.director', { to: 'submitted' }],
      ['syt-lc.editor', { to: 'approved' }],
    ];
    for (const [user, body] of refused) {
      const res = await move(user, item.id, body);
      expect(res.statusCode, `${user} ${JSON.stringify(body)}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await move('syt-ht.director', item.id, { to: 'submitted' })).statusCode).toBe(404);
    expect((await get(item.id)).state).toBe('draft');
    expect((await history(item.id)).map((h) => h.kind)).toEqual(['create']);
  });

  it('answers 409 for a move the state does not allow', async () => {
    for (const body of [{ to: 'approved' }, { to: 'unpublished' }, { to: 'published', channel: 'website', url: 'https://bvsannhi.laocai.gov.vn/tin/1', publishedAt: '2026-03-02' }]) {
      const res = await move('bvsn.editor', item.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(409);
      expect(res.json().error.code).toBe('MEDIA_TRANSITION_NOT_ALLOWED');
    }
    expect((await get(item.id)).state).toBe('draft');
  });

  it('goes proposal → editing → return → resubmission → approval, each step by its role', async () => {
    const submitted: Item = (await move('bvsn.truyenthong', item.id, { to: 'submitted' })).json();
    expect(submitted).toMatchObject({ state: 'submitted', can: { edit: false, transitions: [] } });
    const late = await t.request('PATCH', `/api/media-items/${item.id}`, { cookie: as('bvsn.truyenthong'), body: { title: 'Sửa muộn' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('MEDIA_NOT_EDITABLE');
    expect((await t.request('PATCH', `/api/media-items/${item.id}`, { cookie: as('bvsn.tchc'), body: { title: 'Không phải của tôi' } })).statusCode).toBe(403);

    const edited = await t.request('PATCH', `/api/media-items/${item.id}`, { cookie: as('bvsn.editor'), body: { summary: 'Người bệnh quét mã QR tại mọi quầy thu ngân.' } });
    expect(edited.json()).toMatchObject({ state: 'submitted', summary: 'Người bệnh quét mã QR tại mọi quầy thu ngân.', can: { edit: true, transitions: ['approved', 'returned'] } });

    const noComment = await move('bvsn.editor', item.id, { to: 'returned' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.code).toBe('COMMENT_REQUIRED');
    expect((await get(item.id)).state).toBe('submitted');
    expect((await move('bvsn.editor', item.id, { to: 'returned', comment: 'Bổ sung ảnh quầy thu ngân' })).json().state).toBe('returned');
    expect((await t.request('PATCH', `/api/media-items/${item.id}`, { cookie: as('bvsn.truyenthong'), body: { bodyHtml: '<p>Đã bổ sung.</p>' } })).statusCode).toBe(200);
    expect((await move('bvsn.truyenthong', item.id, { to: 'submitted' })).json().state).toBe('submitted');
    expect((await move('bvsn.director', item.id, { to: 'approved' })).json()).toMatchObject({ state: 'approved', can: { transitions: ['returned', 'published'] } });
  });

  it('publishes on one channel, then another, one record each, with its link and day', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ to: 'published' }, 400, 'PUBLICATION_REQUIRED'],
      [{ to: 'published', channel: 'website', publishedAt: '2026-03-02' }, 400, 'PUBLICATION_REQUIRED'],
      [{ to: 'published', channel: 'website', url: 'https://bvsannhi.laocai.gov.vn/tin/1', publishedAt: '2099-01-01' }, 400, 'PUBLISHED_IN_FUTURE'],
      [{ to: 'published', channel: 'website', url: 'ftp://bvsannhi.laocai.gov.vn/tin/1', publishedAt: '2026-03-02' }, 400, 'URL_NOT_WEB'],
      [{ to: 'published', channel: 'blog', url: 'https://bvsannhi.laocai.gov.vn/tin/1', publishedAt: '2026-03-02' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await move('bvsn.editor', item.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    expect((await get(item.id)).publications).toEqual([]);

    const website: Item = (await move('bvsn.editor', item.id, { to: 'published', channel: 'website', url: 'https://bvsannhi.laocai.gov.vn/tin/thanh-toan', publishedAt: '2026-03-02' })).json();
    expect(website).toMatchObject({ state: 'published', publicUrl: `/p/bvsn/tin-tuc/${item.slug}`, publications: [{ channel: 'website', url: 'https://bvsannhi.laocai.gov.vn/tin/thanh-toan', publishedAt: '2026-03-02' }] });
    const fanpage: Item = (await move('bvsn.director', item.id, { to: 'published', channel: 'fanpage', url: 'https://facebook.com/bvsannhilaocai/posts/1', publishedAt: '2026-03-03' })).json();
    expect(fanpage.publications.map((p) => p.channel)).toEqual(['website', 'fanpage']);
    const twice = await move('bvsn.editor', item.id, { to: 'published', channel: 'website', url: 'https://bvsannhi.laocai.gov.vn/tin/khac', publishedAt: '2026-03-04' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_PUBLISHED_ON_CHANNEL');
    const meeting: Item = (await move('bvsn.editor', item.id, { to: 'published', channel: 'meeting', publishedAt: '2026-03-05' })).json();
    expect(meeting.publications).toHaveLength(3);
    expect(meeting.publications[2]).toMatchObject({ channel: 'meeting', url: null });
    // Each publication read by its id as the item shows it; to another body, as one that does not exist.
    const first = meeting.publications[0] as Item['publications'][number] & { id: string };
    const one = await t.request('GET', `/api/publications/${first.id}`, { cookie: as('bvsn.editor') });
    expect([one.statusCode, one.json()]).toEqual([200, { ...first, mediaItemId: item.id }]);
    const stranger = await t.request('GET', `/api/publications/${first.id}`, { cookie: await t.login('ttyt-lccd.coordinator') });
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([404, 'PUBLICATION_NOT_FOUND']);
    expect((await t.request('GET', '/api/publications/01a00000-0000-7000-8000-000000000000', { cookie: as('bvsn.editor') })).statusCode).toBe(404);
  });

  it('lets the editor correct a published item, keeping its address, and take it down', async () => {
    const corrected: Item = (await t.request('PATCH', `/api/media-items/${item.id}`, { cookie: as('bvsn.editor'), body: { title: 'Thanh toán viện phí không dùng tiền mặt tại mọi quầy' } })).json();
    expect(corrected).toMatchObject({ state: 'published', title: 'Thanh toán viện phí không dùng tiền mặt tại mọi quầy', slug: item.slug });
    expect((await move('bvsn.truyenthong', item.id, { to: 'unpublished' })).statusCode).toBe(403);
    expect((await move('bvsn.editor', item.id, { to: 'unpublished' })).json()).toMatchObject({ state: 'unpublished', publicUrl: null });
  });

  it('keeps who did each step and when', async () => {
    const steps = await history(item.id);
    expect(steps.map((h) => `${h.kind}:${h.from ?? ''}>${h.to}`)).toEqual([
      'create:>draft',
      'transition:draft>submitted',
      'edit:submitted>submitted',
      'transition:submitted>returned',
      'edit:returned>returned',
      'transition:returned>submitted',
      'transition:submitted>approved',
      'publish:approved>published',
      'publish:published>published',
      'publish:published>published',
      'edit:published>published',
      'transition:published>unpublished',
    ]);
    expect(steps[3]).toMatchObject({ comment: 'Bổ sung ảnh quầy thu ngân' });
    const names = new Set(steps.map((h) => h.actor));
    expect(names.size).toBe(3);
    for (const h of steps) expect(h.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('finds items without diacritics, by state and kind, within reach only', async () => {
    const found = (await t.request('GET', '/api/media-items?q=thanh%20toan%20vien%20phi&limit=100', { cookie: as('bvsn.tchc') })).json().items as Item[];
    expect(found.map((i) => i.id)).toContain(item.id);
    expect(found.every((i) => i.bodyHtml === undefined)).toBe(true);
    const unpublished = (await t.request('GET', '/api/media-items?state=unpublished&kind=news&limit=100', { cookie: as('bvsn.editor') })).json().items as Item[];
    expect(unpublished.map((i) => i.id)).toContain(item.id);
    expect(unpublished.every((i) => i.state === 'unpublished')).toBe(true);
    const department = (await t.request('GET', '/api/media-items?q=thanh%20toan%20vien%20phi&limit=100', { cookie: as('syt-lc.director') })).json().items as Item[];
    expect(department.map((i) => i.id)).toContain(item.id);
    expect(department.find((i) => i.id === item.id)!.can).toEqual({ edit: false, transitions: [] });
    const other = (await t.request('GET', '/api/media-items?q=thanh%20toan%20vien%20phi&limit=100', { cookie: as('syt-ht.director') })).json().items as Item[];
    expect(other.map((i) => i.id)).not.toContain(item.id);
    expect((await t.request('GET', `/api/media-items/${item.id}`, { cookie: as('syt-ht.director') })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/media-items/${item.id}/history`, { cookie: as('syt-ht.director') })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/media-items?state=sent', { cookie: as('bvsn.editor') })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/media-items')).statusCode).toBe(401);
  });

  it('pages the list by cursor without repeating an item', async () => {
    await t.request('POST', '/api/media-items', { cookie: as('bvsn.editor'), body: { kind: 'banner', title: 'Khẩu hiệu: Người bệnh là trung tâm' } });
    const first = (await t.request('GET', '/api/media-items?limit=2', { cookie: as('bvsn.editor') })).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1].id);
    const second = (await t.request('GET', `/api/media-items?limit=2&cursor=${first.nextCursor}`, { cookie: as('bvsn.editor') })).json();
    expect(second.items.map((i: Item) => i.id)).not.toContain(first.items[0].id);
    expect(second.items[0].id < first.items[1].id).toBe(true);
  });

  it('takes images and attachments within their limits while the item may be edited', async () => {
    const draft: Item = (await t.request('POST', '/api/media-items', { cookie: as('bvsn.editor'), body: { kind: 'infographic', title: '5 bước làm thủ tục nhập viện' } })).json();
    const upload = (user: string, fields: Record<string, string>, file: { name: string; content: Buffer; type?: string }) => {
      const body = multipartBody(fields, file);
      return t.app.inject({ method: 'POST', url: `/api/media-items/${draft.id}/files`, headers: { ...body.headers, cookie: as(user) }, payload: body.payload });
    };
    const image = await upload('bvsn.editor', { kind: 'image' }, { name: '5 bước.png', content: PNG, type: 'image/png' });
    expect(image.statusCode).toBe(201);
    expect(image.json()).toMatchObject({ kind: 'image', name: '5 bước.png', mediaType: 'image/png', size: PNG.length });
    const attachment = await upload('bvsn.editor', { kind: 'attachment' }, { name: 'Kế hoạch.pdf', content: Buffer.from('%PDF-1.7 nội dung') });
    expect(attachment.json()).toMatchObject({ kind: 'attachment', mediaType: 'application/pdf' });

    const tooBig = await upload('bvsn.editor', { kind: 'image' }, { name: 'lon.png', content: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toBe('Tệp lớn hơn 5 MB.');
    const renamed = await upload('bvsn.editor', { kind: 'image' }, { name: 'anh.png', content: Buffer.from('MZ\x90\x00 chương trình') });
    expect(renamed.json().error.code).toBe('CONTENT_MISMATCH');
    const svg = await upload('bvsn.editor', { kind: 'image' }, { name: 'anh.svg', content: Buffer.from('<svg onload="alert(1)"/>') });
    expect(svg.statusCode).toBe(400);
    expect(svg.json().error).toMatchObject({ code: 'TYPE_NOT_ALLOWED', message: 'Ảnh chỉ nhận tệp JPG, PNG, WebP hoặc GIF.' });
    expect((await upload('bvsn.editor', { kind: 'video' }, { name: 'anh.png', content: PNG })).statusCode).toBe(400);
    expect((await upload('bvsn.viewer', { kind: 'image' }, { name: 'anh.png', content: PNG })).statusCode).toBe(403);
    expect((await get(draft.id)).files).toHaveLength(2);

    const download = await t.request('GET', image.json().url, { cookie: as('bvsn.tchc') });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''5%20b%C6%B0%E1%BB%9Bc.png");
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await t.request('GET', image.json().url, { cookie: as('syt-ht.director') })).statusCode).toBe(404);

    expect((await t.request('DELETE', attachment.json().url, { cookie: as('bvsn.tchc') })).statusCode).toBe(403);
    expect((await t.request('DELETE', attachment.json().url, { cookie: as('bvsn.editor') })).statusCode).toBe(204);
    expect((await get(draft.id)).files.map((f) => f.id)).toEqual([image.json().id]);
    expect((await t.request('GET', attachment.json().url, { cookie: as('bvsn.editor') })).statusCode).toBe(404);
  });

  it("links an item to the body's tasks and occurrences, and shows it on the occurrence as evidence", async () => {
    const occurrences = (await t.request('GET', '/api/occurrences?limit=1000', { cookie: as('bvsn.coordinator') })).json().items as { id: string; taskId: string; organization: { id: string } }[];
    const bvsnBody = await orgId(t.store, 'BVSN');
    const ownBodyIds = new Set((await t.store.db.selectFrom('organizations').select('id').where('body_id', '=', bvsnBody).execute()).map((r) => r.id));
    const occurrence = occurrences.find((o) => ownBodyIds.has(o.organization.id))!;
    expect(occurrence).toBeDefined();
    const created = await t.request('POST', '/api/media-items', { cookie: as('bvsn.editor'), body: { kind: 'event', title: 'Hội nghị tập huấn CCHC năm 2026', occurrenceIds: [occurrence.id] } });
    expect(created.statusCode).toBe(201);
    expect(created.json().tasks).toEqual([expect.objectContaining({ id: occurrence.taskId, occurrenceId: occurrence.id })]);
    const shown = (await t.request('GET', `/api/occurrences/${occurrence.id}/media-items`, { cookie: as('bvsn.coordinator') })).json().items as Item[];
    expect(shown.map((i) => i.id)).toContain(created.json().id);
    expect((await t.request('GET', `/api/occurrences/${occurrence.id}/media-items`, { cookie: as('syt-ht.director') })).statusCode).toBe(404);

    const ttyt = (await t.request('GET', '/api/occurrences?limit=1000', { cookie: as('ttyt-lccd.editor') })).json().items as { id: string; taskId: string; organization: { id: string } }[];
    const foreign = ttyt.find((o) => !ownBodyIds.has(o.organization.id))!;
    const refused = await t.request('PATCH', `/api/media-items/${created.json().id}`, { cookie: as('bvsn.editor'), body: { occurrenceIds: [foreign.id] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('LINK_NOT_ALLOWED');
    expect((await get(created.json().id)).tasks).toHaveLength(1);
  });

  it('configures channels for the caller’s body only, and names them on publications', async () => {
    const created = await t.request('POST', '/api/media-channels', { cookie: as('bvsn.editor'), body: { kind: 'radio', name: 'Đài phát thanh nội bộ bệnh viện' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'radio', name: 'Đài phát thanh nội bộ bệnh viện', url: null, retired: false });
    expect((await t.request('POST', '/api/media-channels', { cookie: as('bvsn.tchc'), body: { kind: 'radio', name: 'Của khoa' } })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/media-channels', { cookie: as('bvsn.editor'), body: { kind: 'website', name: 'Trang', url: 'javascript:alert(1)' } })).statusCode).toBe(400);
    expect((await t.request('PATCH', `/api/media-channels/${created.json().id}`, { cookie: as('syt-lc.director'), body: { retired: true } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/media-channels/${created.json().id}`, { cookie: as('syt-ht.director'), body: { retired: true } })).statusCode).toBe(404);
    const channels = (await t.request('GET', '/api/media-channels', { cookie: as('bvsn.tchc') })).json().items as { id: string; kind: string }[];
    expect(channels.map((c) => c.id)).toContain(created.json().id);

    const draft: Item = (await t.request('POST', '/api/media-items', { cookie: as('bvsn.director'), body: { kind: 'radio_script', title: 'Kịch bản phát thanh về đặt lịch khám' } })).json();
    await move('bvsn.director', draft.id, { to: 'submitted' });
    await move('bvsn.director', draft.id, { to: 'approved' });
    const published = (await move('bvsn.director', draft.id, { to: 'published', channel: 'radio', publishedAt: '2026-04-01' })).json();
    expect(published.publications).toEqual([expect.objectContaining({ channel: 'radio', channelName: 'Đài phát thanh nội bộ bệnh viện' })]);
    const retired = await t.request('PATCH', `/api/media-channels/${created.json().id}`, { cookie: as('bvsn.editor'), body: { retired: true } });
    expect(retired.json()).toMatchObject({ retired: true });
  });

  it('reads one channel by id as its body’s list shows it, only to those who read the list', async () => {
    const [channel] = (await t.request('GET', '/api/media-channels', { cookie: as('bvsn.tchc') })).json().items;
    for (const user of ['bvsn.tchc', 'syt-lc.director']) expect((await t.request('GET', `/api/media-channels/${channel.id}`, { cookie: as(user) })).json()).toEqual(channel);
    for (const user of ['ttyt-lccd.editor', 'syt-ht.director']) {
      const res = await t.request('GET', `/api/media-channels/${channel.id}`, { cookie: as(user) });
      expect(res.statusCode, user).toBe(404);
      expect(res.json().error.code).toBe('CHANNEL_NOT_FOUND');
    }
    expect((await t.request('GET', `/api/media-channels/${channel.id}`)).statusCode).toBe(401);
  });

  it('tells the web app who may propose and who edits', async () => {
    expect((await t.request('GET', '/api/me', { cookie: as('bvsn.editor') })).json().can).toMatchObject({ proposeMedia: true, editMedia: true });
    expect((await t.request('GET', '/api/me', { cookie: as('bvsn.coordinator') })).json().can).toMatchObject({ proposeMedia: true, editMedia: false });
    expect((await t.request('GET', '/api/me', { cookie: as('bvsn.viewer') })).json().can).toMatchObject({ proposeMedia: false, editMedia: false });
  });
});
