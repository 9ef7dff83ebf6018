import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertItem } from '../support/media-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Submission = { id: string; month: string; organization: { id: string; code: string; name: string }; item: { id: string; title: string; kind: string; summary: string | null; publicUrl: string | null }; selected: boolean; selectedAt: string | null; can: { select: boolean } };

describe.each(DIALECTS)('good practices on %s', (dialect) => {
  let t: TestApp;
  let editor: string;
  let syt: string;
  const ids = {} as Record<'kiosk' | 'payment' | 'zalo' | 'plain' | 'draft' | 'ttyt' | 'ttytGone', string>;
  const submissionCount = async () => Number((await t.store.db.selectFrom('good_practice_submissions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: false });
    editor = await t.login('bvsn.editor');
    syt = await t.login('syt-lc.coordinator');
    const db = t.store.db;
    ids.kiosk = await insertItem(db, { bodyCode: 'BVSN', title: 'Ki-ốt đăng ký khám bằng căn cước công dân', summary: 'Giảm thời gian chờ', goodPractice: true, publications: [['website', '2026-11-03']] });
    ids.payment = await insertItem(db, { bodyCode: 'BVSN', title: 'Thanh toán không dùng tiền mặt', kind: 'infographic', goodPractice: true, publications: [['fanpage', '2026-11-10']] });
    ids.zalo = await insertItem(db, { bodyCode: 'BVSN', title: 'Trả kết quả xét nghiệm qua Zalo', goodPractice: true, publications: [['zalo', '2026-11-12']] });
    ids.plain = await insertItem(db, { bodyCode: 'BVSN', title: 'Tin hoạt động thường kỳ', publications: [['website', '2026-11-04']] });
    ids.draft = await insertItem(db, { bodyCode: 'BVSN', title: 'Bản nháp mô hình', goodPractice: true });
    ids.ttyt = await insertItem(db, { bodyCode: 'TTYT-LCCD', title: 'Một cửa điện tử tại TTYT', goodPractice: true, publications: [['website', '2026-11-05']] });
    ids.ttytGone = await insertItem(db, { bodyCode: 'TTYT-LCCD', title: 'Mô hình đã gỡ', goodPractice: true, publications: [['website', '2026-11-06']] });
  });
  afterAll(() => t.close());

  it("lets a body's editor send its published good practices of the month, once each", async () => {
    const before = (await t.request('GET', '/api/good-practices?month=2026-11', { cookie: editor })).json();
    expect(before).toMatchObject({ month: '2026-11', scope: 'own', body: { code: 'BVSN' }, items: [], can: { submit: true, select: false } });
    expect(before.candidates.map((c: { id: string }) => c.id).sort()).toEqual([ids.kiosk, ids.payment, ids.zalo].sort());

    const sent = await t.request('POST', '/api/good-practices/submissions', { cookie: editor, body: { month: '2026-11', itemIds: [ids.kiosk, ids.payment] } });
    expect(sent.statusCode).toBe(201);
    const items: Submission[] = sent.json().items;
    expect(items.map((s) => s.item.id).sort()).toEqual([ids.kiosk, ids.payment].sort());
    expect(items[0]).toMatchObject({ month: '2026-11', organization: { code: 'BVSN' }, selected: false, selectedAt: null, can: { select: false } });
    expect(sent.json().candidates.map((c: { id: string }) => c.id)).toEqual([ids.zalo]);

    const again = await t.request('POST', '/api/good-practices/submissions', { cookie: editor, body: { month: '2026-11', itemIds: [ids.kiosk, ids.zalo, ids.zalo] } });
    expect(again.statusCode).toBe(201);
    expect(again.json().items).toHaveLength(3);
    expect(await submissionCount()).toBe(3);
    const parent = await orgId(t.store, 'SYT-LC');
    const rows = await t.store.db.selectFrom('good_practice_submissions').select(['parent_id', 'month']).execute();
    expect(rows.every((r) => r.parent_id === parent && r.month === '2026-11')).toBe(true);
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'entity_id', 'summary']).where('action', '=', 'good_practice.submit').execute();
    expect(audit).toHaveLength(3);
    expect(audit.find((a) => a.entity_id === ids.kiosk)!.summary).toContain('tháng 11/2026');
  });

  it('refuses bad months and items that may not be sent, changing nothing', async () => {
    const count = await submissionCount();
    const cases: [unknown, string][] = [
      [{ month: '2026-13', itemIds: [ids.kiosk] }, 'INVALID_MONTH'],
      [{ month: '11/2026', itemIds: [ids.kiosk] }, 'INVALID_MONTH'],
      [{ month: '2026-12', itemIds: [] }, 'VALIDATION_FAILED'],
      [{ month: '2026-12', itemIds: [ids.kiosk, ids.plain] }, 'ITEM_NOT_SENDABLE'],
      [{ month: '2026-12', itemIds: [ids.draft] }, 'ITEM_NOT_SENDABLE'],
      [{ month: '2026-12', itemIds: [ids.ttyt] }, 'ITEM_NOT_SENDABLE'],
      [{ month: '2026-12', itemIds: ['khong-co'] }, 'ITEM_NOT_SENDABLE'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/good-practices/submissions', { cookie: editor, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    const mixed = await t.request('POST', '/api/good-practices/submissions', { cookie: editor, body: { month: '2026-12', itemIds: [ids.kiosk, ids.plain] } });
    expect(mixed.json().error.details).toEqual([expect.objectContaining({ itemId: ids.plain, code: 'NOT_GOOD_PRACTICE', message: expect.stringContaining('mô hình hay') })]);
    expect(await submissionCount()).toBe(count);
  });

  it('lets only the editor, coordinator or director of a body with a department above send', async () => {
    const body = { month: '2026-11', itemIds: [ids.kiosk] };
    expect((await t.request('POST', '/api/good-practices/submissions', { body })).statusCode).toBe(401);
    for (const user of ['bvsn.tchc', 'bvsn.viewer', 'bvsn.admin']) {
      const res = await t.request('POST', '/api/good-practices/submissions', { cookie: await t.login(user), body });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.message).toMatch(/mô hình hay/);
    }
    const top = await t.request('POST', '/api/good-practices/submissions', { cookie: await t.login('syt-lc.editor'), body: { month: '2026-11', itemIds: [ids.kiosk] } });
    expect(top.statusCode).toBe(409);
    expect(top.json().error.code).toBe('NO_PARENT_BODY');
  });

  it("shows the department of health every body's submissions of the month, and lets it choose", async () => {
    const ttyt = await t.request('POST', '/api/good-practices/submissions', { cookie: await t.login('ttyt-lccd.director'), body: { month: '2026-11', itemIds: [ids.ttyt, ids.ttytGone] } });
    expect(ttyt.statusCode).toBe(201);
    await t.store.db.updateTable('media_items').set({ state: 'unpublished' }).where('id', '=', ids.ttytGone).execute();

    const list = (await t.request('GET', '/api/good-practices?month=2026-11&scope=children', { cookie: syt })).json();
    expect(list).toMatchObject({ scope: 'children', body: { code: 'SYT-LC' }, candidates: [], can: { submit: false, select: true } });
    const items: Submission[] = list.items;
    expect(items.map((s) => s.organization.code)).toEqual(['BVSN', 'BVSN', 'BVSN', 'TTYT-LCCD', 'TTYT-LCCD']);
    const kiosk = items.find((s) => s.item.id === ids.kiosk)!;
    expect(kiosk).toMatchObject({
      organization: { id: await orgId(t.store, 'BVSN'), code: 'BVSN', name: 'Bệnh viện Sản - Nhi tỉnh Lào Cai' },
      item: { title: 'Ki-ốt đăng ký khám bằng căn cước công dân', kind: 'news', summary: 'Giảm thời gian chờ', publicUrl: expect.stringMatching(/^\/p\/BVSN\/tin-tuc\/ki-ot-dang-ky-kham/) },
      selected: false,
      can: { select: true },
    });
    expect(items.find((s) => s.item.id === ids.ttytGone)!.item.publicUrl).toBeNull();
    expect((await t.request('GET', '/api/good-practices?month=2026-10&scope=children', { cookie: syt })).json().items).toEqual([]);

    const chosen = await t.request('POST', `/api/good-practices/${kiosk.id}/selection`, { cookie: await t.login('syt-lc.editor'), body: { selected: true } });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ id: kiosk.id, selected: true, selectedAt: expect.any(String) });
    const stored = await t.store.db.selectFrom('good_practice_submissions').select(['selected_at', 'selected_by']).where('id', '=', kiosk.id).executeTakeFirstOrThrow();
    expect(stored.selected_at).toBe(chosen.json().selectedAt);

    const own: Submission[] = (await t.request('GET', '/api/good-practices?month=2026-11', { cookie: editor })).json().items;
    expect(own.filter((s) => s.selected).map((s) => s.item.id)).toEqual([ids.kiosk]);

    const gone = items.find((s) => s.item.id === ids.ttytGone)!;
    const refused = await t.request('POST', `/api/good-practices/${gone.id}/selection`, { cookie: syt, body: { selected: true } });
    expect(refused.statusCode).toBe(409);

    const unchosen = await t.request('POST', `/api/good-practices/${kiosk.id}/selection`, { cookie: syt, body: { selected: false } });
    expect(unchosen.json()).toMatchObject({ selected: false, selectedAt: null });
    const audit = await t.store.db.selectFrom('audit_log').select('action').where('entity_id', '=', ids.kiosk).where('action', 'like', 'good_practice.%select').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['good_practice.select', 'good_practice.unselect']);
  });

  it('keeps the choice to the receiving department and hides it from other provinces', async () => {
    const [kiosk] = ((await t.request('GET', '/api/good-practices?month=2026-11', { cookie: editor })).json().items as Submission[]).filter((s) => s.item.id === ids.kiosk);
    const fromBody = await t.request('POST', `/api/good-practices/${kiosk!.id}/selection`, { cookie: await t.login('bvsn.director'), body: { selected: true } });
    expect(fromBody.statusCode).toBe(403);
    const viewer = await t.request('POST', `/api/good-practices/${kiosk!.id}/selection`, { cookie: await t.login('syt-lc.viewer'), body: { selected: true } });
    expect(viewer.statusCode).toBe(403);
    const ht = await t.login('syt-ht.director');
    expect((await t.request('POST', `/api/good-practices/${kiosk!.id}/selection`, { cookie: ht, body: { selected: true } })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/good-practices?month=2026-11&scope=children&organizationId=${await orgId(t.store, 'SYT-LC')}`, { cookie: ht })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/good-practices?month=2026-11&scope=children', { cookie: ht })).json().items).toEqual([]);
    expect((await t.request('POST', `/api/good-practices/${kiosk!.id}/selection`, { cookie: syt, body: { selected: 'yes' } })).statusCode).toBe(400);
    const now = await t.store.db.selectFrom('good_practice_submissions').select('selected_at').where('id', '=', kiosk!.id).executeTakeFirstOrThrow();
    expect(now.selected_at).toBeNull();
  });

  it('reads one submission by id as each list shows it, with its can, only to those who read a list with it', async () => {
    for (const [cookie, query] of [[editor, ''], [syt, '&scope=children']] as const) {
      const [listed] = (await t.request('GET', `/api/good-practices?month=2026-11${query}`, { cookie })).json().items as Submission[];
      expect((await t.request('GET', `/api/good-practices/${listed!.id}`, { cookie })).json()).toEqual(listed);
    }
    const [own] = (await t.request('GET', '/api/good-practices?month=2026-11', { cookie: editor })).json().items as Submission[];
    for (const user of ['ttyt-lccd.director', 'syt-ht.director']) {
      const res = await t.request('GET', `/api/good-practices/${own!.id}`, { cookie: await t.login(user) });
      expect(res.statusCode, user).toBe(404);
      expect(res.json().error.code).toBe('GOOD_PRACTICE_NOT_FOUND');
    }
    expect((await t.request('GET', `/api/good-practices/${own!.id}`)).statusCode).toBe(401);
  });
});
