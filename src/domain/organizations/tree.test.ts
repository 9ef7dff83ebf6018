import { describe, expect, it } from 'vitest';
import { bodyIdFor, childPath, isWithin, moveProblem, pathIds, placementProblem, type TreeNode } from './tree';

const node = (id: string, kind: TreeNode['kind'], parentPath: string | null, bodyId = id): TreeNode & { retired: boolean } => ({
  id,
  parentId: parentPath ? pathIds(parentPath).at(-1)! : null,
  kind,
  path: childPath(parentPath, id),
  bodyId,
  retired: false,
});

describe('organisation tree', () => {
  const syt = node('syt', 'department_of_health', null);
  const bv = node('bv', 'hospital', syt.path);
  const tchc = node('tchc', 'office', bv.path, 'bv');
  const ttyt = node('ttyt', 'health_centre', syt.path);

  it('builds paths that nest', () => {
    expect(tchc.path).toBe('/syt/bv/tchc/');
    expect(isWithin(tchc.path, syt.path)).toBe(true);
    expect(isWithin(tchc.path, ttyt.path)).toBe(false);
    expect(pathIds(tchc.path)).toEqual(['syt', 'bv', 'tchc']);
  });

  it('places each kind where it belongs', () => {
    expect(placementProblem('department_of_health', null)).toBeNull();
    expect(placementProblem('department_of_health', { kind: 'hospital', retired: false })).toBe('DEPARTMENT_OF_HEALTH_MUST_BE_ROOT');
    expect(placementProblem('hospital', { kind: 'department_of_health', retired: false })).toBeNull();
    expect(placementProblem('hospital', { kind: 'hospital', retired: false })).toBe('BODY_PARENT_MUST_BE_DEPARTMENT');
    expect(placementProblem('office', null)).toBe('UNIT_NEEDS_PARENT');
    expect(placementProblem('team', { kind: 'office', retired: false })).toBeNull();
    expect(placementProblem('team', { kind: 'office', retired: true })).toBe('PARENT_RETIRED');
  });

  it('refuses moves under itself or out of the body', () => {
    const team = node('team', 'team', tchc.path, 'bv');
    expect(moveProblem(bv, team, 'bv')).toBe('MOVE_INTO_OWN_SUBTREE');
    expect(moveProblem(tchc, ttyt, 'ttyt')).toBe('UNIT_CANNOT_CHANGE_BODY');
    expect(moveProblem(team, bv, 'bv')).toBeNull();
  });

  it('gives a unit its parent body and a body itself', () => {
    expect(bodyIdFor('x', 'office', { bodyId: 'bv' })).toBe('bv');
    expect(bodyIdFor('h', 'hospital', { bodyId: 'syt' })).toBe('h');
  });
});
