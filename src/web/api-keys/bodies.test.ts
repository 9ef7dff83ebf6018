import type { MeDto, OrganizationDto } from '../api/types';
import { apiKeyBodies } from './bodies';

const can = { update: true, createChild: true, move: true, retire: true, delete: true, manageUsers: true, manageRegistry: true };

function org(id: string, parentId: string | null, isBody: boolean, retiredAt: string | null = null): OrganizationDto {
  return { id, parentId, bodyId: id, kind: isBody ? 'hospital' : 'office', isBody, code: id.toUpperCase(), name: id, placeName: null, superiorName: null, documentCode: null, retiredAt, createdAt: '', updatedAt: '', can };
}

function me(...grants: [role: MeDto['roles'][number]['role'], organizationId: string][]): MeDto {
  return {
    roles: grants.map(([role, id]) => ({ role, organization: { id, code: id.toUpperCase(), name: id, kind: 'hospital', bodyId: id } })),
    // As /api/me says it, from the policy table (api_key.manage).
    allowedRoles: { manageApiKeys: ['admin'] },
  } as unknown as MeDto;
}

// Ordered by path, as the API sends them: a department of health, two hospitals (one closed), a department.
const items = [org('syt', null, true), org('bvsn', 'syt', true), org('tchc', 'bvsn', false), org('bvcu', 'syt', true, '2025-01-01T00:00:00Z'), org('ttyt', 'syt', true)];
const byId = new Map(items.map((o) => [o.id, o]));

describe('who keeps API keys, and for which bodies', () => {
  it('offers a department of health’s admin its own body and the bodies in use under it, never a department', () => {
    expect(apiKeyBodies(me(['admin', 'syt']), items, byId).map((o) => o.id)).toEqual(['syt', 'bvsn', 'ttyt']);
  });

  it('offers a hospital’s admin the hospital alone, and nothing for the roles that are not an admin’s', () => {
    expect(apiKeyBodies(me(['admin', 'bvsn'], ['coordinator', 'ttyt']), items, byId).map((o) => o.id)).toEqual(['bvsn']);
  });
});
