import type { MeDto } from '../api/types';

/**
 * /api/me carries no survey abilities yet, so the menu and the "create" button read the roles as the
 * policy table (src/server/policies/rules.ts) names them; the server stays the authority, and each
 * survey carries its own `can`.
 */
const READERS = new Set(['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer']);
const MANAGERS = new Set(['director', 'coordinator', 'editor']);
export const readsSurveys = (me: MeDto) => me.roles.some((grant) => READERS.has(grant.role));
/** Builds and publishes the body's surveys (survey.manage). */
export const managesSurveys = (me: MeDto) => me.roles.some((grant) => MANAGERS.has(grant.role) && grant.organization.id === me.organization.id);
