import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../domain/access/actor';
import type { Role } from '../../shared/roles';
import { can } from './index';
import { ACTIONS, FROM_ABOVE_ONLY, OWN_BODY_ONLY, type Action } from './rules';

/**
 * Role × action × whose data, as a table. Two provinces: SYT-LC with BVSN under it, and SYT-HT.
 * The actor holds one role at BVSN (a reporter at its TCHC office) or at SYT-LC.
 */
const node = (id: string, path: string, bodyId: string) => ({ id, path, bodyId });
const tree = {
  sytLc: node('syt-lc', '/syt-lc/', 'syt-lc'),
  sytLcOffice: node('vp', '/syt-lc/vp/', 'syt-lc'),
  bvsn: node('bvsn', '/syt-lc/bvsn/', 'bvsn'),
  bvsnTchc: node('tchc', '/syt-lc/bvsn/tchc/', 'bvsn'),
  bvsnKhth: node('khth', '/syt-lc/bvsn/khth/', 'bvsn'),
  ttyt: node('ttyt', '/syt-lc/ttyt/', 'ttyt'),
  sytHt: node('syt-ht', '/syt-ht/', 'syt-ht'),
};

function actorAt(role: Role, at: 'bvsn' | 'syt-lc'): Actor {
  const body = at === 'bvsn' ? tree.bvsn : tree.sytLc;
  const org = role === 'reporter' ? (at === 'bvsn' ? tree.bvsnTchc : tree.sytLcOffice) : body;
  const grant: Grant = { role, organizationId: org.id, organizationPath: org.path, bodyId: body.id, bodyPath: body.path };
  return { userId: `${at}.${role}`, username: `${at}.${role}`, grants: [grant] };
}

type Whose = 'own body' | 'own department' | 'another department of own body' | 'child body' | 'parent body' | 'sibling body' | 'other province';
const targetsFor = (at: 'bvsn' | 'syt-lc'): Partial<Record<Whose, { id: string; path: string; bodyId: string }>> =>
  at === 'bvsn'
    ? {
        'own body': tree.bvsn,
        'own department': tree.bvsnTchc,
        'another department of own body': tree.bvsnKhth,
        'parent body': tree.sytLc,
        'sibling body': tree.ttyt,
        'other province': tree.sytHt,
      }
    : { 'own body': tree.sytLc, 'own department': tree.sytLcOffice, 'child body': tree.bvsn, 'other province': tree.sytHt };

/** The expected answer, written out as a person would state the rule. */
function expected(role: Role, action: Action, whose: Whose): boolean {
  if (whose === 'parent body' || whose === 'sibling body' || whose === 'other province') return false;
  if (!(ACTIONS[action] as readonly Role[]).includes(role)) return false;
  // Moving or retiring the body itself is for the level above; its departments are the body's own.
  if (whose === 'own body' && FROM_ABOVE_ONLY.has(action)) return false;
  // A body's plans are drafted and issued by that body, not by the department of health above it.
  if (whose === 'child body' && OWN_BODY_ONLY.has(action)) return false;
  return true;
}

describe('policies: role × action × whose organisation', () => {
  const roles: Role[] = ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'];
  const actions = Object.keys(ACTIONS) as Action[];
  for (const at of ['bvsn', 'syt-lc'] as const) {
    for (const role of roles) {
      const actor = actorAt(role, at);
      for (const [whose, target] of Object.entries(targetsFor(at)) as [Whose, (typeof tree)['bvsn']][]) {
        it(`${role} at ${at} on ${whose}`, () => {
          for (const action of actions) {
            expect({ action, allowed: can(actor, action, target) }).toEqual({ action, allowed: expected(role, action, whose) });
          }
        });
      }
    }
  }

  it('lets the department of health retire a hospital, not the hospital itself', () => {
    expect(can(actorAt('admin', 'bvsn'), 'organization.retire', tree.bvsn)).toBe(false);
    expect(can(actorAt('admin', 'syt-lc'), 'organization.retire', tree.bvsn)).toBe(true);
    expect(can(actorAt('admin', 'bvsn'), 'organization.retire', tree.bvsnTchc)).toBe(true);
  });

  it('keeps a hospital admin out of the department of health above it', () => {
    expect(can(actorAt('admin', 'bvsn'), 'organization.update', tree.sytLc)).toBe(false);
  });

  it('lets a department of health director read a hospital under it but not manage it', () => {
    const director = actorAt('director', 'syt-lc');
    expect(can(director, 'organization.read', tree.bvsnTchc)).toBe(true);
    expect(can(director, 'user.read', tree.bvsn)).toBe(true);
    expect(can(director, 'user.manage', tree.bvsn)).toBe(false);
  });
});
