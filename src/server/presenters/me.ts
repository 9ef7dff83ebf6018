import type { GrantRow, UserRow } from '../../db/repositories/users';
import type { MeDto } from '../../shared/schemas/auth';
import { ACTIONS, type Action } from '../policies/rules';
import { presentGrant } from './user';

/** Each ability the staff app asks about, as the policy action that decides it. */
const ABILITIES = {
  manageOrganizations: 'organization.update',
  manageUsers: 'user.manage',
  manageApiKeys: 'api_key.manage',
  readAudit: 'audit.read',
  draftPlans: 'plan.edit',
  manageLegalDocuments: 'legal_document.manage',
  issueReminderNotices: 'reminder_notice.issue',
  followProgress: 'progress.follow',
  proposeMedia: 'media.propose',
  editMedia: 'media.approve',
  readReports: 'report.read',
  manageProcedures: 'procedure.manage',
  readFeedback: 'feedback.read',
  handleFeedback: 'feedback.handle',
  readSurveys: 'survey.read',
  manageSurveys: 'survey.manage',
  manageScoring: 'assessment.manage',
  selfAssess: 'assessment.self',
} as const satisfies Record<keyof MeDto['can'], Action>;

type Ability = keyof typeof ABILITIES;
const abilityNames = Object.keys(ABILITIES) as Ability[];

const holdsAny = (grants: GrantRow[], roles: readonly string[]) => grants.some((g) => roles.includes(g.role));

export function presentMe(user: UserRow, grants: GrantRow[]): MeDto {
  // The body of the first role: a reporter's department belongs to it, a body role is it.
  const first = grants.find((g) => g.role !== 'reporter') ?? grants[0];
  const body = first && { id: first.bodyId, code: first.bodyCode, name: first.bodyName, kind: first.bodyKind };
  return {
    user: { id: user.id, username: user.username, fullName: user.full_name, email: user.email, title: user.title },
    roles: grants.map(presentGrant),
    organization: body ?? { id: '', code: '', name: '', kind: '' },
    can: Object.fromEntries(abilityNames.map((a) => [a, holdsAny(grants, ACTIONS[ABILITIES[a]])])) as MeDto['can'],
    allowedRoles: Object.fromEntries(abilityNames.map((a) => [a, [...ACTIONS[ABILITIES[a]]]])) as MeDto['allowedRoles'],
  };
}
