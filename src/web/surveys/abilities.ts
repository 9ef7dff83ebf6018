import type { MeDto } from '../api/types';

/** What /api/me says the person may do with surveys; each survey also carries its own `can`. */
export const readsSurveys = (me: MeDto) => me.can.readSurveys;
/** Builds and publishes their own body's surveys (survey.manage is for the body's own people). */
export const managesSurveys = (me: MeDto) => me.roles.some((grant) => me.allowedRoles.manageSurveys.includes(grant.role) && grant.organization.id === me.organization.id);
