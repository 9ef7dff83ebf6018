import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database';
import { countUsers } from '../../db/repositories/users';
import type { Role } from '../../shared/roles';
import { weakPasswordReason } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { createOrganization } from '../commands/create-organization';
import { createUser } from '../commands/create-user';
import type { CommandContext } from '../commands/transaction';
import { unsafeSystemActor } from '../policies';
import { loadDemoPlans } from './load-demo-plans';
import { loadDemoMedia } from './demo-media';
import { loadDemoProcedures } from './load-demo-procedures';
import { loadDemoHistory } from './history';
import { DEMO_PLANS } from './seed-plans';
import { DEMO_REPORTER_NAMES, DEMO_STAFF_NAMES, DEMO_TREE, type DemoBody } from './demo-organizations';

export type DemoResult = { loaded: boolean; password: string; generated: boolean; usernames: string[] };

const BODY_ROLES_IN_DEMO: Role[] = ['admin', 'director', 'coordinator', 'editor', 'viewer'];
const ROLE_TITLES: Record<string, string> = {
  admin: 'Quản trị hệ thống',
  director: 'Giám đốc',
  coordinator: 'Cán bộ đầu mối CCHC',
  editor: 'Biên tập viên',
  viewer: 'Chuyên viên',
};

/**
 * Loads the demo organisations, accounts and plans (the seeds) into an empty database, through the same
 * commands the API uses, so the demo has its audit trail too. Does nothing when any account exists.
 */
export type DemoOptions = {
  /** Load the seeds' plans and the news items (default); false for organisations and accounts only. */
  plans?: boolean;
  /** Live the year up to today (plans issued, work done, reports sent); needs the plans. */
  history?: boolean;
  /** Where evidence files go (DATA_DIR/files); without it the history has no files. */
  filesDir?: string;
};

export async function loadDemo(db: Db, requestedPassword: string | undefined, options: DemoOptions = {}): Promise<DemoResult> {
  const password = requestedPassword ?? randomBytes(9).toString('base64url');
  const generated = !requestedPassword;
  // The demo's accounts are real accounts: a chosen DEMO_PASSWORD meets the same policy as any other.
  const weak = requestedPassword ? weakPasswordReason(requestedPassword, null) : null;
  if (weak) throw new Error(`DEMO_PASSWORD không dùng được: ${weak}`);
  if ((await countUsers(db)) > 0) return { loaded: false, password, generated, usernames: [] };
  // Every demo account shares one password, so one hash serves them all.
  const passwordHash = await hashPassword(password);
  const ctx: CommandContext = { db, actor: unsafeSystemActor, audit: { actor: null, requestId: 'demo', ip: null } };
  const usernames: string[] = [];
  let reporterIndex = 0;

  async function addBody(body: DemoBody, parentId: string | null): Promise<void> {
    const org = await createOrganization(ctx, { parentId, kind: body.kind, code: body.code, name: body.name, placeName: body.placeName, superiorName: body.superiorName, documentCode: body.documentCode }, { unsafeSkipPolicy: true });
    const prefix = body.code.toLowerCase();
    let staffIndex = 0;
    for (const role of BODY_ROLES_IN_DEMO) {
      const fullName = role === 'director' ? body.director : DEMO_STAFF_NAMES[staffIndex++ % DEMO_STAFF_NAMES.length]!;
      const username = `${prefix}.${role}`;
      await createUser(ctx, { username, fullName, title: ROLE_TITLES[role], password, roles: [{ organizationId: org.id, role }] }, { unsafeSkipPolicy: true, passwordHash });
      usernames.push(username);
    }
    for (const unit of body.units) {
      const unitOrg = await createOrganization(ctx, { parentId: org.id, kind: unit.kind, code: unit.code, name: unit.name }, { unsafeSkipPolicy: true });
      if (!unit.reporter) continue;
      const username = `${prefix}.${unit.code.toLowerCase()}`;
      const fullName = DEMO_REPORTER_NAMES[reporterIndex++ % DEMO_REPORTER_NAMES.length]!;
      await createUser(ctx, { username, fullName, title: `Cán bộ ${unit.name}`, password, roles: [{ organizationId: unitOrg.id, role: 'reporter' }] }, { unsafeSkipPolicy: true, passwordHash });
      usernames.push(username);
    }
    for (const child of body.bodies ?? []) await addBody(child, org.id);
  }

  for (const body of DEMO_TREE) await addBody(body, null);
  if (options.plans !== false) await loadDemoPlans(ctx, DEMO_PLANS);
  // Items name the tasks they fulfil, so they come after the plans.
  if (options.plans !== false) await loadDemoMedia(db);
  if (options.plans !== false) await loadDemoProcedures(db);
  if (options.plans !== false && options.history) await loadDemoHistory(db, { filesDir: options.filesDir });
  return { loaded: true, password, generated, usernames };
}
