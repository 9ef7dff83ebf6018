import type { GrantRow, UserRow } from '../../db/repositories/users';
import type { MeDto } from '../../shared/schemas/auth';
import { ACTIONS } from '../policies/rules';
import { presentGrant } from './user';

const holdsAny = (grants: GrantRow[], roles: readonly string[]) => grants.some((g) => roles.includes(g.role));

export function presentMe(user: UserRow, grants: GrantRow[]): MeDto {
  // The body of the first role: a reporter's department belongs to it, a body role is it.
  const first = grants.find((g) => g.role !== 'reporter') ?? grants[0];
  const body = first && { id: first.bodyId, code: first.bodyCode, name: first.bodyName, kind: first.bodyKind };
  return {
    user: { id: user.id, username: user.username, fullName: user.full_name, email: user.email, title: user.title },
    roles: grants.map(presentGrant),
    organization: body ?? { id: '', code: '', name: '', kind: '' },
    can: {
      manageOrganizations: holdsAny(grants, ACTIONS['organization.update']),
      manageUsers: holdsAny(grants, ACTIONS['user.manage']),
      readAudit: holdsAny(grants, ACTIONS['audit.read']),
      draftPlans: holdsAny(grants, ACTIONS['plan.edit']),
      manageLegalDocuments: holdsAny(grants, ACTIONS['legal_document.manage']),
      issueReminderNotices: holdsAny(grants, ACTIONS['reminder_notice.issue']),
      followProgress: holdsAny(grants, ACTIONS['progress.follow']),
      proposeMedia: holdsAny(grants, ACTIONS['media.propose']),
      editMedia: holdsAny(grants, ACTIONS['media.approve']),
    },
  };
}
