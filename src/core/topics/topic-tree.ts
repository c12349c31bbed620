/**
 * The service catalogue is a forest of topics (ämnen), "Vatten och avlopp › Faktura". A topic is
 * named by its path from the root; the path is how people read a topic, how the CSV file names
 * one and how an import finds one again. Pure: no I/O.
 */
import { compareSwedish } from '../text/collation.js';

/** Between the names of a path, as people write it: "Förskola › Ansökan om plats". */
export const TOPIC_PATH_SEPARATOR = ' › ';
/** The separator character itself, which a topic name therefore may not contain. */
export const TOPIC_PATH_CHARACTER = '›';
export const TOPIC_NAME_MAX = 200;
/**
 * The largest catalogue file an import takes: 1 MiB of UTF-8. Here rather than in topic-csv.ts so
 * that the web app can check it without bundling the CSV parser.
 */
export const TOPIC_CSV_MAX_BYTES = 1024 * 1024;

export interface TreeNode {
  id: string;
  parentId: string | null;
  name: string;
}

export type Pathed<T> = T & {
  /** Names from the root down, joined with TOPIC_PATH_SEPARATOR. */
  path: string;
  /** 0 for a root. */
  depth: number;
};

/**
 * The names from the root down to each node. A node whose parent is missing from the list
 * counts as a root; a (corrupt) cycle stops the walk instead of looping.
 */
export function pathNamesById(nodes: readonly TreeNode[]): Map<string, string[]> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Map<string, string[]>();
  const visiting = new Set<string>();
  const namesOf = (node: TreeNode): string[] => {
    const known = result.get(node.id);
    if (known) return known;
    visiting.add(node.id);
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const above = parent && !visiting.has(parent.id) ? namesOf(parent) : [];
    visiting.delete(node.id);
    const names = [...above, node.name];
    result.set(node.id, names);
    return names;
  };
  for (const node of nodes) namesOf(node);
  return result;
}

/**
 * The nodes depth first (each followed by everything below it), siblings in Swedish order
 * (å, ä, ö after z), each with its path and depth. Nothing is dropped: a node whose parent is
 * not in the list is placed at the top.
 */
export function orderWithPaths<T extends TreeNode>(nodes: readonly T[]): Pathed<T>[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  const names = pathNamesById(nodes);
  const result: Pathed<T>[] = [];
  const visited = new Set<string>();
  const bySwedishName = (list: readonly T[]) => [...list].sort((a, b) => compareSwedish(a.name, b.name));
  const visit = (node: T) => {
    if (visited.has(node.id)) return;
    visited.add(node.id);
    const path = names.get(node.id) ?? [node.name];
    result.push({ ...node, path: joinTopicPath(path), depth: path.length - 1 });
    for (const child of bySwedishName(children.get(node.id) ?? [])) visit(child);
  };
  for (const root of bySwedishName(children.get(null) ?? [])) visit(root);
  // Only a cycle (which the services prevent) leaves nodes unreached; list them rather than lose them.
  for (const node of bySwedishName(nodes)) visit(node);
  return result;
}

/** "Förskola › Ansökan om plats" from its names. */
export function joinTopicPath(names: readonly string[]): string {
  return names.join(TOPIC_PATH_SEPARATOR);
}

/**
 * The names of a written path, each trimmed. "Förskola›Avgift" and "Förskola › Avgift" are the
 * same path; an empty segment ("A ›  › B") stays empty so that it can be reported.
 */
export function splitTopicPath(text: string): string[] {
  return text.split(TOPIC_PATH_CHARACTER).map((s) => s.trim());
}

/**
 * A key that is equal for two paths exactly when the database's sibling-name rule (names
 * unique among siblings, ignoring case) makes them the same topic.
 */
export function topicPathKey(names: readonly string[]): string {
  return names.map((n) => n.toLowerCase()).join('\u0000');
}

export type TopicNameProblem = 'required' | 'too_long' | 'topic_name_separator';

/**
 * What is wrong with a (trimmed) topic name, or null. The separator is not allowed in a name:
 * a path must split back into the same names.
 */
export function topicNameProblem(name: string): TopicNameProblem | null {
  if (name.length === 0) return 'required';
  if (name.length > TOPIC_NAME_MAX) return 'too_long';
  if (name.includes(TOPIC_PATH_CHARACTER)) return 'topic_name_separator';
  return null;
}

/** The node and everything below it, for pickers that must not offer a move into itself. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n.id);
    else children.set(n.parentId, [n.id]);
  }
  const result = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}
