/**
 * The catalogue as the Service catalogue page shows it. Pure functions over the API's rows; the
 * ordering and paths come from core (Swedish collation, depth first).
 */
import { orderWithPaths, pathNamesById, joinTopicPath, subtreeIds } from '../../../core/topics/topic-tree.js';
import type { ApiError } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import type { Topic } from './types.js';

export interface TopicNode {
  topic: Topic;
  children: TopicNode[];
}

/**
 * The forest to show: depth first, siblings in Swedish order. Without retired topics a retired
 * topic goes with everything below it (which the API keeps retired as well).
 */
export function visibleTopicTree(topics: readonly Topic[], showRetired: boolean): TopicNode[] {
  const shown = showRetired ? topics : topics.filter((t) => t.retiredAt === null);
  const byId = new Map(shown.map((t) => [t.id, t]));
  const nodes = new Map<string, TopicNode>();
  const roots: TopicNode[] = [];
  // orderWithPaths only decides the order; the API's own rows (and paths) are what is shown.
  for (const { id } of orderWithPaths(shown)) {
    const topic = byId.get(id);
    if (!topic) continue;
    const node: TopicNode = { topic, children: [] };
    nodes.set(id, node);
    const parent = topic.parentId ? nodes.get(topic.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export interface Option {
  value: string;
  label: string;
}

/**
 * Where a topic can be placed: active topics labelled with their path, in catalogue order.
 * When moving a topic, the topic itself and everything below it are left out (no cycles).
 */
export function parentOptions(topics: readonly Topic[], movingId: string | null = null): Option[] {
  const excluded = movingId ? subtreeIds(topics, movingId) : new Set<string>();
  const byId = new Map(topics.map((t) => [t.id, t]));
  return orderWithPaths(topics.filter((t) => t.retiredAt === null && !excluded.has(t.id))).map(({ id }) => ({
    value: id,
    label: byId.get(id)?.path ?? '',
  }));
}

/** Each unit's path from its department ("Samhällsbyggnadsförvaltningen › Avfall"), archived ones too. */
export function unitPathsById(units: readonly Unit[]): Map<string, string> {
  const names = pathNamesById(units);
  return new Map(units.map((u) => [u.id, joinTopicPath(names.get(u.id) ?? [u.name])]));
}

export interface ImportLineError {
  line: number;
  /** The CSV column at fault, or null when the whole line (or file) is. */
  column: string | null;
  detail: string;
}

const LINE_POINTER = /^\/csv\/line\/(\d+)(?:\/([a-z_]+))?$/;

/**
 * The rejected lines of a refused import, in line order, read from the problem's pointers
 * ('/csv/line/12/owner'). Errors about the request itself (for example a file over 1 MB,
 * '/body/csv') come back with line 0.
 */
export function importErrorsOf(error: ApiError | null): ImportLineError[] {
  if (!error) return [];
  return error.fieldErrors
    .map((e) => {
      const match = LINE_POINTER.exec(e.pointer);
      return {
        line: match ? Number(match[1]) : 0,
        column: match?.[2] ?? null,
        detail: e.detail || e.code,
      };
    })
    .sort((a, b) => a.line - b.line);
}
