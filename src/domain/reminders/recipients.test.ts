import { describe, expect, it } from 'vitest';
import { recipientsOf, type Directory } from './recipients';

const directory: Directory = {
  reporters: new Map([
    ['tchc', ['mai', 'anh']],
    ['khth', ['hanh']],
  ]),
  coordinators: new Map([['bvsn', ['lan', 'mai']]]),
};

describe('who is reminded', () => {
  it("tells only the department's reporters about work coming due", () => {
    expect(recipientsOf({ organizationId: 'tchc', bodyId: 'bvsn', reason: 'due_soon' }, directory)).toEqual(['mai', 'anh']);
  });

  it("adds the body's coordinators when the work is late, once each", () => {
    expect(recipientsOf({ organizationId: 'tchc', bodyId: 'bvsn', reason: 'overdue' }, directory)).toEqual(['mai', 'anh', 'lan']);
  });

  it("tells the body's coordinators about work the body does itself", () => {
    expect(recipientsOf({ organizationId: 'bvsn', bodyId: 'bvsn', reason: 'due_soon' }, directory)).toEqual(['lan', 'mai']);
  });

  it('tells nobody about a department without reporter accounts until its work is late', () => {
    expect(recipientsOf({ organizationId: 'san', bodyId: 'bvsn', reason: 'due_soon' }, directory)).toEqual([]);
    expect(recipientsOf({ organizationId: 'san', bodyId: 'bvsn', reason: 'overdue' }, directory)).toEqual(['lan', 'mai']);
  });
});
