import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialise } from '../../src/server/commands/initialise';
import { buildApp } from '../../src/server/app';
import { DIALECTS, openTestStore } from '../support/test-app';

describe.each(DIALECTS)('first installation without demo data on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    env = await openTestStore(dialect, { demo: false });
  });
  afterAll(() => env.dispose());

  it('refuses incomplete arguments with Vietnamese messages', async () => {
    await expect(initialise(env.store.db, { name: 'Sở Y tế tỉnh Yên Bái' })).rejects.toThrow(/--place|--code/);
  });

  it('creates the department of health and its first admin, who can then sign in and add a hospital', async () => {
    const result = await initialise(env.store.db, { name: 'Sở Y tế tỉnh Yên Bái', code: 'SYT-YB', place: 'Yên Bái', superior: 'UBND TỈNH YÊN BÁI', username: 'syt-yb.quantri', password: 'mat-khau-quan-tri' });
    expect(result).toEqual({ organizationName: 'Sở Y tế tỉnh Yên Bái', username: 'syt-yb.quantri' });
    const app = await buildApp({ store: env.store, config: env.config, logger: false, webRoot: '/nonexistent' });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'syt-yb.quantri', password: 'mat-khau-quan-tri' } });
    expect(login.statusCode).toBe(200);
    const cookie = `cchc_session=${login.cookies[0]!.value}`;
    const root = login.json().organization.id;
    const hospital = await app.inject({ method: 'POST', url: '/api/organizations', headers: { cookie }, payload: { parentId: root, kind: 'hospital', code: 'BVDK-YB', name: 'Bệnh viện Đa khoa tỉnh Yên Bái' } });
    expect(hospital.statusCode).toBe(201);
    await app.close();
    await expect(initialise(env.store.db, { name: 'Khác', code: 'SYT-X', place: 'X', username: 'x.admin', password: 'mat-khau-quan-tri' })).rejects.toThrow(/đã có tài khoản/);
  });
});
