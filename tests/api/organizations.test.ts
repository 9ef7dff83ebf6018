import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Org = { id: string; code: string; name: string; parentId: string | null; retiredAt: string | null; can: Record<string, boolean> };
const codes = (items: Org[]) => items.map((o) => o.code);

describe.each(DIALECTS)('organisations on %s', (dialect) => {
  let t: TestApp;
  let admin: string;
  let bvsn: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.login('bvsn.admin');
    bvsn = await orgId(t.store, 'BVSN');
  });
  afterAll(() => t.close());

  const list = async (cookie: string, query = '') => (await t.request('GET', `/api/organizations?limit=5000${query}`, { cookie })).json().items as Org[];

  it('shows a hospital only its own tree', async () => {
    const items = await list(admin);
    expect(codes(items)).toContain('BVSN');
    expect(codes(items)).toContain('TCHC');
    expect(codes(items)).not.toContain('SYT-LC');
    expect(codes(items)).not.toContain('TTYT-LCCD');
    expect(codes(items)).not.toContain('SYT-HT');
  });

  it('shows a department of health every body under it and not the other province', async () => {
    const items = await list(await t.login('syt-lc.director'));
    expect(codes(items)).toEqual(expect.arrayContaining(['SYT-LC', 'BVSN', 'TTYT-LCCD', 'TCHC-TCKT', 'VP']));
    expect(codes(items)).not.toContain('SYT-HT');
    expect(codes(items)).not.toContain('CDC-HT');
    expect(items.find((o) => o.code === 'BVSN')!.can.update).toBe(false);
  });

  it('lets a reporter read their body but change nothing', async () => {
    const reporter = await t.login('bvsn.khth');
    const items = await list(reporter);
    expect(codes(items)).toEqual(expect.arrayContaining(['BVSN', 'KHTH', 'TCHC']));
    expect(items.every((o) => !o.can.update)).toBe(true);
    const res = await t.request('POST', '/api/organizations', { cookie: reporter, body: { parentId: bvsn, kind: 'team', code: 'X', name: 'Tổ X' } });
    expect(res.statusCode).toBe(403);
  });

  it('tells each person what they may do on each node', async () => {
    const ownBody = (await t.request('GET', `/api/organizations/${bvsn}`, { cookie: admin })).json();
    expect(ownBody.can).toEqual({ update: true, createChild: true, move: false, retire: false, delete: false, manageUsers: true, manageRegistry: true });
    const tchc = await orgId(t.store, 'TCHC', 'BVSN');
    expect((await t.request('GET', `/api/organizations/${tchc}`, { cookie: admin })).json().can).toMatchObject({ move: true, retire: true, delete: true });
    const coordinator = await t.login('bvsn.coordinator');
    expect((await t.request('GET', `/api/organizations/${tchc}`, { cookie: coordinator })).json().can).toEqual({
      update: false,
      createChild: false,
      move: false,
      retire: false,
      delete: false,
      manageUsers: false,
      manageRegistry: true,
    });
    const fromAbove = (await t.request('GET', `/api/organizations/${bvsn}`, { cookie: await t.login('syt-lc.admin') })).json();
    expect(fromAbove.can).toMatchObject({ move: true, retire: true });
    const selfRetire = await t.request('POST', `/api/organizations/${bvsn}/retire`, { cookie: admin });
    expect(selfRetire.statusCode).toBe(403);
  });

  it("answers 404 for another body's node, as if it did not exist", async () => {
    const foreign = await orgId(t.store, 'SYT-HT');
    const res = await t.request('GET', `/api/organizations/${foreign}`, { cookie: admin });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ORGANIZATION_NOT_FOUND');
    const patch = await t.request('PATCH', `/api/organizations/${foreign}`, { cookie: admin, body: { name: 'Bị đổi tên' } });
    expect(patch.statusCode).toBe(404);
  });

  it('finds names without diacritics', async () => {
    const items = await list(admin, '&q=to%20chuc%20hanh%20chinh');
    expect(codes(items)).toEqual(['TCHC']);
    expect(codes(await list(admin, '&q=dieu%20duong'))).toEqual(['DD']);
  });

  it('adds, renames, moves, retires and restores a department, with an audit entry for each', async () => {
    const created = await t.request('POST', '/api/organizations', { cookie: admin, body: { parentId: bvsn, kind: 'clinical_department', code: 'MAT', name: 'Khoa Mắt' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ bodyId: bvsn, parentId: bvsn, isBody: false, code: 'MAT' });

    const dup = await t.request('POST', '/api/organizations', { cookie: admin, body: { parentId: bvsn, kind: 'clinical_department', code: 'MAT', name: 'Khoa Mắt 2' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ORGANIZATION_CODE_TAKEN');

    const renamed = await t.request('PATCH', `/api/organizations/${id}`, { cookie: admin, body: { name: 'Khoa Mắt - Tai Mũi Họng' } });
    expect(renamed.json().name).toBe('Khoa Mắt - Tai Mũi Họng');

    const khth = await orgId(t.store, 'KHTH', 'BVSN');
    const moved = await t.request('POST', `/api/organizations/${id}/move`, { cookie: admin, body: { parentId: khth } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(khth);

    const ttyt = await orgId(t.store, 'TTYT-LCCD');
    const outside = await t.request('POST', `/api/organizations/${id}/move`, { cookie: admin, body: { parentId: ttyt } });
    expect(outside.statusCode).toBe(404);

    const retired = await t.request('POST', `/api/organizations/${id}/retire`, { cookie: admin });
    expect(retired.json().retiredAt).not.toBeNull();
    expect(codes(await list(admin))).not.toContain('MAT');
    expect(codes(await list(admin, '&includeRetired=1'))).toContain('MAT');
    const restored = await t.request('POST', `/api/organizations/${id}/restore`, { cookie: admin });
    expect(restored.json().retiredAt).toBeNull();

    const audit = (await t.request('GET', `/api/audit-log?entityId=${id}`, { cookie: admin })).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'organization.restore',
      'organization.retire',
      'organization.move',
      'organization.update',
      'organization.create',
    ]);
    const update = audit.find((a: { action: string }) => a.action === 'organization.update');
    expect(update.before.name).toBe('Khoa Mắt');
    expect(update.after.name).toBe('Khoa Mắt - Tai Mũi Họng');
    expect(update.actor.username).toBe('bvsn.admin');
  });

  it('refuses a move under itself and a unit leaving its body', async () => {
    const tchc = await orgId(t.store, 'TCHC', 'BVSN');
    const team = (await t.request('POST', '/api/organizations', { cookie: admin, body: { parentId: tchc, kind: 'team', code: 'VT', name: 'Tổ Văn thư' } })).json();
    const loop = await t.request('POST', `/api/organizations/${tchc}/move`, { cookie: admin, body: { parentId: team.id } });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.code).toBe('MOVE_INTO_OWN_SUBTREE');

    const sytAdmin = await t.login('syt-lc.admin');
    const ttyt = await orgId(t.store, 'TTYT-LCCD');
    const leave = await t.request('POST', `/api/organizations/${team.id}/move`, { cookie: sytAdmin, body: { parentId: ttyt } });
    expect(leave.statusCode).toBe(400);
    expect(leave.json().error.code).toBe('UNIT_CANNOT_CHANGE_BODY');
  });

  it('deletes an unused node but only retires one in use', async () => {
    const spare = (await t.request('POST', '/api/organizations', { cookie: admin, body: { parentId: bvsn, kind: 'section', code: 'NHAP', name: 'Bộ phận nhập nhầm' } })).json();
    expect((await t.request('DELETE', `/api/organizations/${spare.id}`, { cookie: admin })).statusCode).toBe(204);
    expect((await t.request('GET', `/api/organizations/${spare.id}`, { cookie: admin })).statusCode).toBe(404);

    const tchc = await orgId(t.store, 'TCHC', 'BVSN');
    const inUse = await t.request('DELETE', `/api/organizations/${tchc}`, { cookie: admin });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('ORGANIZATION_IN_USE');
    expect((await t.request('GET', `/api/organizations/${tchc}`, { cookie: admin })).json().retiredAt).toBeNull();
  });

  it('lets a department of health admin add a hospital under it, with its standing group', async () => {
    const sytAdmin = await t.login('syt-lc.admin');
    const syt = await orgId(t.store, 'SYT-LC');
    const res = await t.request('POST', '/api/organizations', {
      cookie: sytAdmin,
      body: { parentId: syt, kind: 'hospital', code: 'BVDK', name: 'Bệnh viện Đa khoa tỉnh Lào Cai', placeName: 'Lào Cai', superiorName: 'SỞ Y TẾ TỈNH LÀO CAI' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ isBody: true, bodyId: res.json().id, placeName: 'Lào Cai' });
    const groups = (await t.request('GET', `/api/groups?ownerId=${syt}`, { cookie: sytAdmin })).json().items;
    const allBodies = groups.find((g: { kind: string }) => g.kind === 'all_bodies');
    expect(allBodies.members.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(['BVSN', 'TTYT-LCCD', 'BVDK']));
    // The hospital admin cannot add a sibling hospital.
    const sibling = await t.request('POST', '/api/organizations', { cookie: admin, body: { parentId: syt, kind: 'hospital', code: 'BVX', name: 'Bệnh viện X' } });
    expect(sibling.statusCode).toBe(404);
  });

  it('resolves the group of all departments of a body, and keeps custom groups inside the body', async () => {
    const groups = (await t.request('GET', `/api/groups?ownerId=${bvsn}`, { cookie: admin })).json().items;
    const allUnits = groups.find((g: { kind: string }) => g.kind === 'all_units');
    expect(allUnits.name).toBe('Các khoa, phòng trực thuộc');
    expect(allUnits.members.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(['TCHC', 'KHTH', 'TRUYENTHONG']));
    const nhi = await orgId(t.store, 'NHI', 'BVSN');
    const san = await orgId(t.store, 'SAN', 'BVSN');
    const custom = await t.request('POST', '/api/groups', { cookie: admin, body: { ownerId: bvsn, name: 'Các khoa lâm sàng', kind: 'custom', memberIds: [nhi, san] } });
    expect(custom.statusCode).toBe(201);
    expect(custom.json().members.map((m: { code: string }) => m.code).sort()).toEqual(['NHI', 'SAN']);
    const foreign = await orgId(t.store, 'KB', 'TTYT-LCCD');
    const bad = await t.request('POST', '/api/groups', { cookie: admin, body: { ownerId: bvsn, name: 'Lẫn', kind: 'custom', memberIds: [nhi, foreign] } });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps a registry of external bodies per body', async () => {
    const res = await t.request('POST', '/api/external-bodies', { cookie: admin, body: { ownerId: bvsn, name: 'Sở Thông tin và Truyền thông tỉnh Lào Cai', code: 'STTTT' } });
    expect(res.statusCode).toBe(201);
    const items = (await t.request('GET', `/api/external-bodies?ownerId=${bvsn}`, { cookie: admin })).json().items;
    expect(items.map((e: { name: string }) => e.name)).toContain('Sở Thông tin và Truyền thông tỉnh Lào Cai');
    const ttyt = await orgId(t.store, 'TTYT-LCCD');
    expect((await t.request('GET', `/api/external-bodies?ownerId=${ttyt}`, { cookie: admin })).statusCode).toBe(404);
    // Under the name every list uses for its body, too; and one of the two is needed.
    expect((await t.request('GET', `/api/external-bodies?organizationId=${bvsn}`, { cookie: admin })).json().items).toEqual(items);
    const groups = (await t.request('GET', `/api/groups?ownerId=${bvsn}`, { cookie: admin })).json().items as { id: string }[];
    expect((await t.request('GET', `/api/groups?organizationId=${bvsn}`, { cookie: admin })).json().items).toEqual(groups);
    // Paged like every list: one at a time, the cursors walk the whole list once.
    expect(groups.length).toBeGreaterThan(1);
    const walked: string[] = [];
    for (let cursor = ''; walked.length <= groups.length; ) {
      const page = (await t.request('GET', `/api/groups?ownerId=${bvsn}&limit=1${cursor && `&cursor=${cursor}`}`, { cookie: admin })).json();
      walked.push(...page.items.map((g: { id: string }) => g.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(walked).toEqual(groups.map((g) => g.id));
    const neither = await t.request('GET', '/api/external-bodies', { cookie: admin });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.message).toContain('organizationId');
  });

  it('reads one external body by id as its body’s list shows it, only to those who read the list', async () => {
    const created = (await t.request('POST', '/api/external-bodies', { cookie: admin, body: { ownerId: bvsn, name: 'Báo Lào Cai', code: 'BLC' } })).json();
    for (const username of ['bvsn.viewer', 'syt-lc.director']) {
      const cookie = await t.login(username);
      const listed = (await t.request('GET', `/api/external-bodies?ownerId=${bvsn}`, { cookie })).json().items.find((e: { id: string }) => e.id === created.id);
      expect((await t.request('GET', `/api/external-bodies/${created.id}`, { cookie })).json()).toEqual(listed);
    }
    for (const username of ['ttyt-lccd.coordinator', 'syt-ht.director']) {
      const res = await t.request('GET', `/api/external-bodies/${created.id}`, { cookie: await t.login(username) });
      expect(res.statusCode, username).toBe(404);
      expect(res.json().error.code).toBe('EXTERNAL_BODY_NOT_FOUND');
    }
    expect((await t.request('GET', `/api/external-bodies/${created.id}`)).statusCode).toBe(401);
  });
});
