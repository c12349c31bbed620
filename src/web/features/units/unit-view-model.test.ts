import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/types.js';
import { unitOptions, visibleUnitTree } from './unit-view-model.js';

const unit = (id: string, name: string, parentId: string | null, archived = false): Unit => ({
  id,
  name,
  parentId,
  kind: parentId ? 'unit' : 'department',
  archivedAt: archived ? '2026-01-01T00:00:00.000Z' : null,
});

const units = [
  unit('soc', 'Socialförvaltningen', null),
  unit('aldre', 'Äldreomsorg', 'soc'),
  unit('barn', 'Barn och unga', 'soc'),
  unit('bygg', 'Bygg- och miljöförvaltningen', null, true),
  unit('bygglov', 'Bygglov', 'bygg'),
];

describe('visibleUnitTree', () => {
  it('with archived units: everything, Swedish order (Ä after B)', () => {
    const tree = visibleUnitTree(units, true);
    expect(tree.map((n) => n.unit.name)).toEqual(['Bygg- och miljöförvaltningen', 'Socialförvaltningen']);
    expect(tree[1]?.children.map((n) => n.unit.name)).toEqual(['Barn och unga', 'Äldreomsorg']);
  });

  it('without: an archived department goes with its units, which are not lifted to the top', () => {
    const tree = visibleUnitTree(units, false);
    expect(tree.map((n) => n.unit.name)).toEqual(['Socialförvaltningen']);
  });
});

describe('unitOptions', () => {
  it('active units in tree order, labelled with their path', () => {
    expect(unitOptions(units)).toEqual([
      { value: 'soc', label: 'Socialförvaltningen' },
      { value: 'barn', label: 'Socialförvaltningen › Barn och unga' },
      { value: 'aldre', label: 'Socialförvaltningen › Äldreomsorg' },
    ]);
  });
});
