import type { MeDto } from '../api/types';

/**
 * /api/me carries no feedback abilities yet, so the menu and the buttons that need a role read the roles
 * as the policy table (src/server/policies/rules.ts) names them; the server stays the authority.
 */
const READERS = new Set(['director', 'coordinator', 'reporter', 'viewer']);
const HANDLERS = new Set(['director', 'coordinator']);
export const readsFeedback = (me: MeDto) => me.roles.some((grant) => READERS.has(grant.role));
/** Receives, assigns and sets the body's rules (feedback.handle). */
export const handlesFeedback = (me: MeDto) => me.roles.some((grant) => HANDLERS.has(grant.role) && grant.organization.id === me.organization.id);
/** A department's reporter reads only what is assigned to their department (the server narrows the list). */
export const seesAssignedOnly = (me: MeDto) => !me.roles.some((grant) => grant.role === 'director' || grant.role === 'coordinator' || grant.role === 'viewer');
