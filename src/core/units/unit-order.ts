/** Flat orderings of the unit forest, for lists that show the hierarchy by indentation. */
import { buildUnitTree, type UnitNode, type UnitTreeNode } from './unit-tree.js';

/**
 * The units depth first: each department followed by its units, siblings in Swedish
 * alphabetical order. Units whose parent is not in the list (for example an archived parent
 * that was filtered out) are treated as roots, so nothing is dropped.
 */
export function orderUnitsDepthFirst<T extends UnitNode>(units: readonly T[]): T[] {
  const result: T[] = [];
  const visit = (nodes: UnitTreeNode<T>[]) => {
    for (const node of nodes) {
      result.push(node.unit);
      visit(node.children);
    }
  };
  visit(buildUnitTree(units));
  return result;
}
