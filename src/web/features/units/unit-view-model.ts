/**
 * The unit tree as the Units page and the unit pickers show it. Pure functions over the API's
 * rows; the tree itself comes from core (buildUnitTree, Swedish collation).
 */
import { buildUnitTree, type UnitTreeNode } from '../../../core/units/unit-tree.js';
import type { Unit } from '../../api/types.js';

export type UnitTree = UnitTreeNode<Unit>[];

/**
 * The forest to show. Without archived units, an archived unit goes with everything below it:
 * lifting its children to the top level would misstate the organisation.
 */
export function visibleUnitTree(units: readonly Unit[], showArchived: boolean): UnitTree {
  const tree = buildUnitTree(units);
  if (showArchived) return tree;
  const prune = (nodes: UnitTree): UnitTree =>
    nodes
      .filter((n) => n.unit.archivedAt === null)
      .map((n) => ({ unit: n.unit, children: prune(n.children) }));
  return prune(tree);
}

export interface UnitOption {
  value: string;
  /** The path from the department down, "Socialförvaltningen › Barn och unga". */
  label: string;
}

/** Active units in tree order, labelled with their path, for a select. */
export function unitOptions(units: readonly Unit[]): UnitOption[] {
  const options: UnitOption[] = [];
  const walk = (nodes: UnitTree, path: string[]) => {
    for (const node of nodes) {
      const here = [...path, node.unit.name];
      options.push({ value: node.unit.id, label: here.join(' › ') });
      walk(node.children, here);
    }
  };
  walk(visibleUnitTree(units, false), []);
  return options;
}

/** Unit names by id, archived ones included (an old grant may still point at one). */
export function unitNamesById(units: readonly Unit[]): Map<string, string> {
  return new Map(units.map((u) => [u.id, u.name]));
}
