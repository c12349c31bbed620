/** Organisational units form a forest: departments (förvaltningar) at the roots, units below. */
export interface UnitNode {
  id: string;
  parentId: string | null;
  name: string;
}

export interface UnitTreeNode<T extends UnitNode> {
  unit: T;
  children: UnitTreeNode<T>[];
}

/** Builds the forest, children sorted by name in Swedish collation (å, ä, ö last). */
export function buildUnitTree<T extends UnitNode>(units: readonly T[]): UnitTreeNode<T>[] {
  const byId = new Map<string, UnitTreeNode<T>>();
  for (const unit of units) byId.set(unit.id, { unit, children: [] });
  const roots: UnitTreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId ? byId.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const collator = new Intl.Collator('sv');
  const sort = (nodes: UnitTreeNode<T>[]) => {
    nodes.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return roots;
}

/**
 * Whether moving `unitId` under `newParentId` would make a unit its own ancestor.
 * Walks up from the new parent; a unit may not be moved below itself or its descendants.
 */
export function wouldCreateCycle(units: readonly UnitNode[], unitId: string, newParentId: string): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let current: string | null | undefined = newParentId;
  const seen = new Set<string>();
  while (current) {
    if (current === unitId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
