import { describe, expect, it } from 'vitest';
import { buildUnitTree, wouldCreateCycle, type UnitNode } from './unit-tree.js';
import { orderUnitsDepthFirst } from './unit-order.js';

const u = (id: string, name: string, parentId: string | null = null): UnitNode => ({ id, name, parentId });

describe('buildUnitTree', () => {
  it('sorts siblings in Swedish order: Z < Å < Ä < Ö (not the Unicode order Ä < Å < Ö)', () => {
    const roots = buildUnitTree([
      u('1', 'Östra'),
      u('2', 'Ängen'),
      u('3', 'Åsen'),
      u('4', 'Zeta'),
      u('5', 'Alfa'),
    ]);
    expect(roots.map((n) => n.unit.name)).toEqual(['Alfa', 'Zeta', 'Åsen', 'Ängen', 'Östra']);
  });

  it('nests children under their parent, each level sorted', () => {
    const roots = buildUnitTree([
      u('d', 'Socialförvaltningen'),
      u('b', 'Öppenvård', 'd'),
      u('a', 'Arbetsmarknad', 'd'),
    ]);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.children.map((n) => n.unit.name)).toEqual(['Arbetsmarknad', 'Öppenvård']);
  });

  it('a unit whose parent is missing (for example filtered out) -> becomes a root, not dropped', () => {
    const roots = buildUnitTree([u('x', 'Ensam', 'missing')]);
    expect(roots.map((n) => n.unit.id)).toEqual(['x']);
  });
});

describe('orderUnitsDepthFirst', () => {
  it('each department followed by its units, depth first, siblings in Swedish order', () => {
    const units = [
      u('e', 'Äldre'),
      u('h', 'Hemtjänst', 'e'),
      u('s', 'Social'),
      u('o', 'Öppenvård', 's'),
      u('a', 'Arbete', 's'),
      u('n', 'Natt', 'h'),
    ];
    expect(orderUnitsDepthFirst(units).map((x) => x.name)).toEqual([
      'Social',
      'Arbete',
      'Öppenvård',
      'Äldre',
      'Hemtjänst',
      'Natt',
    ]);
  });
});

describe('wouldCreateCycle', () => {
  const tree = [
    u('root', 'Rot'),
    u('child', 'Barn', 'root'),
    u('grand', 'Barnbarn', 'child'),
    u('other', 'Annan'),
  ];

  it('below itself -> cycle', () => {
    expect(wouldCreateCycle(tree, 'root', 'root')).toBe(true);
  });

  it('below its grandchild -> cycle (the walk up from the new parent reaches the unit)', () => {
    expect(wouldCreateCycle(tree, 'root', 'grand')).toBe(true);
  });

  it('below an unrelated department -> no cycle', () => {
    expect(wouldCreateCycle(tree, 'root', 'other')).toBe(false);
  });

  it('a grandchild up under its grandparent -> no cycle (moving up is always safe)', () => {
    expect(wouldCreateCycle(tree, 'grand', 'root')).toBe(false);
  });

  it('an already cyclic input -> reported as a cycle instead of looping forever', () => {
    expect(wouldCreateCycle([u('a', 'A', 'b'), u('b', 'B', 'a')], 'x', 'a')).toBe(true);
  });
});
