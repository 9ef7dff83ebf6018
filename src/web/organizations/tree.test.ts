import type { OrganizationDto } from '../api/types';
import { buildTree, childKindsFor, editKindsFor, moveTargets } from './tree';

const can = { update: true, createChild: true, move: true, retire: true, delete: true, manageUsers: true, manageRegistry: true };

function org(id: string, parentId: string | null, kind: OrganizationDto['kind'], bodyId: string, retiredAt: string | null = null): OrganizationDto {
  const isBody = ['department_of_health', 'hospital', 'health_centre', 'cdc', 'other_body'].includes(kind);
  return { id, parentId, bodyId, kind, isBody, code: id.toUpperCase(), name: id, placeName: null, superiorName: null, documentCode: null, retiredAt, createdAt: '', updatedAt: '', can };
}

// Ordered by path, as the API sends them.
const items = [
  org('syt', null, 'department_of_health', 'syt'),
  org('bvsn', 'syt', 'hospital', 'bvsn'),
  org('khoa-san', 'bvsn', 'clinical_department', 'bvsn'),
  org('to-1', 'khoa-san', 'team', 'bvsn'),
  org('tchc', 'bvsn', 'office', 'bvsn'),
  org('ttyt', 'syt', 'health_centre', 'ttyt'),
  org('cu', 'ttyt', 'office', 'ttyt', '2026-01-01T00:00:00Z'),
];
const byId = new Map(items.map((o) => [o.id, o]));

describe('organisation tree in the browser', () => {
  it('nests by parent and starts at the highest node the person can see', () => {
    const roots = buildTree(items.slice(1, 5));
    expect(roots.map((n) => n.org.id)).toEqual(['bvsn']);
    expect(roots[0]?.children.map((n) => n.org.id)).toEqual(['khoa-san', 'tchc']);
  });

  it('offers bodies and units under a department of health, only units elsewhere', () => {
    expect(childKindsFor('department_of_health')).toContain('hospital');
    expect(childKindsFor('department_of_health')).not.toContain('department_of_health');
    expect(childKindsFor('hospital')).toEqual(['clinical_department', 'office', 'centre', 'team', 'section']);
    expect(childKindsFor(null)).toContain('department_of_health');
  });

  it('keeps a body a body on edit, and a hospital under its department of health', () => {
    expect(editKindsFor(byId.get('bvsn')!)).toEqual(['hospital', 'health_centre', 'cdc', 'other_body']);
    expect(editKindsFor(byId.get('syt')!)).toContain('department_of_health');
    expect(editKindsFor(byId.get('tchc')!)).not.toContain('hospital');
  });

  it('moves a unit only within its body, never under itself or a retired node', () => {
    const targets = moveTargets(byId.get('khoa-san')!, items);
    expect([...targets].sort()).toEqual(['tchc']);
  });

  it('moves a hospital only under a department of health', () => {
    expect([...moveTargets(byId.get('bvsn')!, items)]).toEqual([]);
  });
});
