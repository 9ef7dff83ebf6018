import { describe, expect, it } from 'vitest';
import { reaches, readRoots, type Actor } from './actor';

const syt = { id: 'syt', path: '/syt/', bodyId: 'syt' };
const bv = { id: 'bv', path: '/syt/bv/', bodyId: 'bv' };
const tchc = { id: 'tchc', path: '/syt/bv/tchc/', bodyId: 'bv' };
const khth = { id: 'khth', path: '/syt/bv/khth/', bodyId: 'bv' };

describe('actor reach', () => {
  it('lets a reporter read their whole body and no further', () => {
    const actor: Actor = {
      userId: 'u',
      username: 'bvsn.tchc',
      grants: [{ role: 'reporter', organizationId: 'tchc', organizationPath: tchc.path, bodyId: 'bv', bodyPath: bv.path }],
    };
    expect(reaches(actor, ['reporter'], khth)).toBe(true);
    expect(reaches(actor, ['reporter'], syt)).toBe(false);
    expect(readRoots(actor)).toEqual(['/syt/bv/']);
  });

  it('merges nested roots', () => {
    const actor: Actor = {
      userId: 'u',
      username: 'x',
      grants: [
        { role: 'director', organizationId: 'syt', organizationPath: syt.path, bodyId: 'syt', bodyPath: syt.path },
        { role: 'admin', organizationId: 'bv', organizationPath: bv.path, bodyId: 'bv', bodyPath: bv.path },
      ],
    };
    expect(readRoots(actor)).toEqual(['/syt/']);
    expect(readRoots(actor, ['admin'])).toEqual(['/syt/bv/']);
  });
});
