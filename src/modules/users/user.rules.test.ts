import { describe, expect, it } from 'vitest';
import { assertMayManage, reportsOf } from './user.rules.js';

describe('assertMayManage', () => {
  it('lets admins manage everyone', () => expect(() => assertMayManage('admin', 'admin', 'admin')).not.toThrow());
  it('lets managers manage staff below admin', () => expect(() => assertMayManage('manager', 'agent', 'planner')).not.toThrow());
  it.each([
    ['manager', 'admin', undefined],
    ['manager', 'agent', 'admin'],
    ['manager', null, 'admin'],
    ['agent', 'agent', undefined],
  ] as const)('refuses %s changing %s to %s', (actor, target, role) => expect(() => assertMayManage(actor, target, role)).toThrow(/admin/));
});

describe('reportsOf', () => {
  const n = (id: string, managerId: string | null) => ({ id, name: id, role: 'agent', managerId });
  it('splits direct and indirect reports with the line they come through', () => {
    const structure = [n('boss', null), n('a', 'boss'), n('b', 'boss'), n('a1', 'a'), n('a11', 'a1'), n('b1', 'b'), n('other', null)];
    const r = reportsOf(structure, 'boss');
    expect(r.direct.map((d) => d.id)).toEqual(['a', 'b']);
    expect(r.indirect.map((d) => [d.id, d.via])).toEqual([
      ['a1', 'a'],
      ['a11', 'a'],
      ['b1', 'b'],
    ]);
  });
  it('survives a cycle in stored data', () => {
    expect(reportsOf([n('x', 'y'), n('y', 'x')], 'x').indirect.map((d) => d.id)).toEqual([]);
  });
});
