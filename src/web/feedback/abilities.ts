import type { MeDto } from '../api/types';

/** What /api/me says the person may do with feedback (the policy table decides; the server stays the authority). */
export const readsFeedback = (me: MeDto) => me.can.readFeedback;
/** Receives, assigns and sets the rules of their own body (feedback.handle is for the body's own people). */
export const handlesFeedback = (me: MeDto) => me.roles.some((grant) => me.allowedRoles.handleFeedback.includes(grant.role) && grant.organization.id === me.organization.id);
/** A department's reporter reads only what is assigned to their department (the server narrows the list). */
export const seesAssignedOnly = (me: MeDto) => !me.roles.some((grant) => grant.role === 'director' || grant.role === 'coordinator' || grant.role === 'viewer');
