import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaCounts } from '../../src/db/repositories/media-counts';
import type { Db } from '../../src/db/database';
import { insertItem } from '../support/media-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

/** The department that proposed an item: what a share of departments counts by. */
async function proposedBy(db: Db, itemId: string, bodyCode: string, unitCode: string): Promise<void> {
  const unit = await db.selectFrom('organizations as u').innerJoin('organizations as b', 'b.id', 'u.body_id').select('u.id').where('b.code', '=', bodyCode).where('u.code', '=', unitCode).executeTakeFirstOrThrow();
  await db.updateTable('media_items').set({ unit_id: unit.id }).where('id', '=', itemId).execute();
}

type Row = { key: string; label: string; published: number; items: number };
const row = (rows: Row[], key: string) => rows.find((r) => r.key === key);

describe.each(DIALECTS)('media counts and communication targets on %s', (dialect) => {
  let t: TestApp;
  let bvsn: string;
  let syt: string;
  const year = 'from=2026-01-01&to=2026-12-31';

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    bvsn = await t.login('bvsn.coordinator');
    syt = await t.login('syt-lc.director');
    const db = t.store.db;
    // The demo's own items would blur the arithmetic: these counts start from none.
    for (const table of ['good_practice_submissions', 'media_publications', 'media_item_events', 'media_item_links', 'media_files', 'media_items'] as const) await db.deleteFrom(table).execute();
    // One news item on three channels, an infographic on the website, a training session at TTYT.
    const kb = await insertItem(db, { bodyCode: 'BVSN', title: 'Khoa Khám bệnh cải cách quy trình tiếp đón', reformAreas: ['procedures'], publications: [['website', '2026-03-02'], ['fanpage', '2026-03-05'], ['zalo', '2026-05-01']] });
    const tchc = await insertItem(db, { bodyCode: 'BVSN', title: 'Infographic thanh toán không dùng tiền mặt', kind: 'infographic', reformAreas: ['procedures', 'digital_government'], publications: [['website', '2026-05-20']] });
    await proposedBy(db, kb, 'BVSN', 'KB');
    await proposedBy(db, tchc, 'BVSN', 'TCHC');
    await insertItem(db, { bodyCode: 'TTYT-LCCD', title: 'Hội nghị tập huấn CCHC', kind: 'event', publications: [['meeting', '2026-11-20']] });
    await insertItem(db, { bodyCode: 'SYT-LC', title: 'Sở Y tế triển khai kế hoạch CCHC', publications: [['website', '2026-02-10']] });
    // What is never counted: a draft, an item taken down, a publication outside the period, another province.
    await insertItem(db, { bodyCode: 'BVSN', title: 'Bản nháp' });
    await insertItem(db, { bodyCode: 'BVSN', title: 'Tin đã gỡ', state: 'unpublished', publications: [['website', '2026-04-01']] });
    await insertItem(db, { bodyCode: 'BVSN', title: 'Tin năm trước', publications: [['website', '2025-12-30']] });
    await insertItem(db, { bodyCode: 'CDC-HT', title: 'Tin của Hà Tĩnh', publications: [['website', '2026-06-01']] });
  });
  afterAll(() => t.close());

  it('counts publications by channel and items once however many channels carried them', async () => {
    const res = await t.request('GET', `/api/media-stats?${year}&groupBy=channel`, { cookie: bvsn });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ body: { code: 'BVSN' }, groupBy: 'channel', scope: 'own', total: { published: 4, items: 2 } });
    expect(row(body.rows, 'website')).toEqual({ key: 'website', label: 'Trang thông tin điện tử', published: 2, items: 2 });
    expect(row(body.rows, 'fanpage')).toMatchObject({ published: 1, items: 1 });
    expect(row(body.rows, 'meeting')).toMatchObject({ published: 0, items: 0 });
  });

  it('counts items by kind, reform area and month', async () => {
    const byKind = (await t.request('GET', `/api/media-stats?${year}&groupBy=kind`, { cookie: bvsn })).json();
    expect(row(byKind.rows, 'news')).toMatchObject({ label: 'Tin', items: 1, published: 3 });
    expect(row(byKind.rows, 'infographic')).toMatchObject({ items: 1 });
    const byArea = (await t.request('GET', `/api/media-stats?${year}&groupBy=area`, { cookie: bvsn })).json();
    expect(row(byArea.rows, 'procedures')).toMatchObject({ items: 2 });
    expect(row(byArea.rows, 'digital_government')).toMatchObject({ items: 1 });
    const byMonth = (await t.request('GET', `/api/media-stats?${year}&groupBy=month`, { cookie: bvsn })).json();
    expect(byMonth.rows).toHaveLength(12);
    expect(row(byMonth.rows, '2026-03')).toMatchObject({ label: 'Tháng 03/2026', published: 2, items: 1 });
    expect(row(byMonth.rows, '2026-05')).toMatchObject({ published: 2, items: 2 });
    const spring = (await t.request('GET', '/api/media-stats?from=2026-03-01&to=2026-03-31&groupBy=channel', { cookie: bvsn })).json();
    expect(spring.total).toEqual({ published: 2, items: 1 });
  });

  it("counts each body under a department of health, and nothing of another province's", async () => {
    const res = (await t.request('GET', `/api/media-stats?${year}&groupBy=body&scope=children`, { cookie: syt })).json();
    expect(res.rows).toEqual([
      { key: await orgId(t.store, 'BVSN'), label: 'Bệnh viện Sản - Nhi tỉnh Lào Cai', published: 4, items: 2 },
      { key: await orgId(t.store, 'TTYT-LCCD'), label: 'Trung tâm Y tế khu vực Lào Cai - Cam Đường', published: 1, items: 1 },
    ]);
    expect(res.total).toEqual({ published: 5, items: 3 });
    const own = (await t.request('GET', `/api/media-stats?${year}&groupBy=channel`, { cookie: syt })).json();
    expect(own.total).toEqual({ published: 1, items: 1 });
    const child = (await t.request('GET', `/api/media-stats?${year}&organizationId=${await orgId(t.store, 'TTYT-LCCD')}`, { cookie: syt })).json();
    expect(child).toMatchObject({ body: { code: 'TTYT-LCCD' }, total: { items: 1 } });
  });

  it('is the same count a report can ask for', async () => {
    const counts = await mediaCounts(t.store.db, { bodyIds: [await orgId(t.store, 'BVSN'), await orgId(t.store, 'TTYT-LCCD')], from: '2026-01-01', to: '2026-12-31' });
    expect(counts.channel.total).toEqual({ published: 5, items: 3 });
    expect(row(counts.kind.rows, 'event')).toMatchObject({ items: 1 });
  });

  it("refuses bad periods and groupings, and other bodies' counts", async () => {
    expect((await t.request('GET', `/api/media-stats?${year}`)).statusCode).toBe(401);
    const reversed = await t.request('GET', '/api/media-stats?from=2026-12-31&to=2026-01-01', { cookie: bvsn });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('INVALID_PERIOD');
    expect((await t.request('GET', `/api/media-stats?${year}&groupBy=colour`, { cookie: bvsn })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/media-stats?from=2026-02-30&to=2026-12-31', { cookie: bvsn })).statusCode).toBe(400);
    expect((await t.request('GET', `/api/media-stats?${year}&organizationId=${await orgId(t.store, 'TTYT-LCCD')}`, { cookie: bvsn })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/media-stats?${year}&organizationId=${await orgId(t.store, 'SYT-LC')}`, { cookie: bvsn })).statusCode).toBe(404);
    const reporter = await t.request('GET', `/api/media-stats?${year}`, { cookie: await t.login('bvsn.tchc') });
    expect(reporter.json()).toMatchObject({ body: { code: 'BVSN' }, total: { items: 2 } });
  });

  it("tracks a plan's communication targets against what was published in its year", async () => {
    const plan = await t.store.db.selectFrom('plans').innerJoin('organizations as o', 'o.id', 'plans.organization_id').select(['plans.id', 'plans.content_json']).where('o.code', '=', 'SYT-LC').where('plans.kind', '=', 'communication').where('plans.year', '=', 2026).executeTakeFirstOrThrow();
    const content = JSON.parse(plan.content_json);
    content.targets = [
      { text: '100% các đơn vị thực hiện tuyên truyền về CCHC trên trang thông tin của đơn vị', value: 100, unit: '%', comparator: 'exactly' },
      { text: 'Đăng tải ít nhất 01 tin, bài về CCHC trên trang thông tin điện tử của Sở', value: 1, unit: null, comparator: 'at_least' },
      { text: 'Mỗi quý ít nhất 01 tin bài về cải cách hành chính', value: 1, unit: null, comparator: 'at_least' },
      { text: '100% thủ tục hành chính được niêm yết công khai', value: 100, unit: '%', comparator: 'exactly' },
    ];
    await t.store.db.updateTable('plans').set({ content_json: JSON.stringify(content) }).where('id', '=', plan.id).execute();

    const res = await t.request('GET', `/api/plans/${plan.id}/communication-targets`, { cookie: syt });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { text: content.targets[0].text, metric: 'body_share', target: 100, actual: 50, met: false, detail: '1/2 đơn vị đã có tin bài được đăng trên Trang thông tin điện tử; chưa có: Trung tâm Y tế khu vực Lào Cai - Cam Đường' },
      { text: content.targets[1].text, metric: 'items_per_year', target: 1, actual: 1, met: true, detail: '1 tin bài đã đăng trên Trang thông tin điện tử trong năm 2026' },
      { text: content.targets[2].text, metric: 'items_per_quarter', target: 1, actual: 0, met: false, detail: 'Quý I: 1 · Quý II: 0 · Quý III: 0 · Quý IV: 0' },
      { text: content.targets[3].text, metric: null, target: null, actual: null, met: null, detail: expect.stringContaining('không đo bằng số tin bài') },
    ]);

    // A hospital reads the department's issued plan it carries out; another province does not.
    expect((await t.request('GET', `/api/plans/${plan.id}/communication-targets`, { cookie: bvsn })).statusCode).toBe(200);
    expect((await t.request('GET', `/api/plans/${plan.id}/communication-targets`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
  });

  it("measures a hospital's share over its departments", async () => {
    const plan = await t.store.db.selectFrom('plans').innerJoin('organizations as o', 'o.id', 'plans.organization_id').select(['plans.id', 'plans.content_json']).where('o.code', '=', 'BVSN').where('plans.year', '=', 2026).executeTakeFirstOrThrow();
    const content = JSON.parse(plan.content_json);
    content.targets = [{ text: 'Trên 10% khoa, phòng có tin bài về CCHC', value: 10, unit: '%', comparator: 'above' }];
    await t.store.db.updateTable('plans').set({ content_json: JSON.stringify(content) }).where('id', '=', plan.id).execute();
    const [result] = (await t.request('GET', `/api/plans/${plan.id}/communication-targets`, { cookie: bvsn })).json();
    // Khoa Khám bệnh and Phòng TCHC of twelve departments.
    expect(result).toMatchObject({ metric: 'body_share', target: 10, actual: 16.7, met: true, detail: expect.stringMatching(/^2\/12 khoa, phòng/) });
  });
});
