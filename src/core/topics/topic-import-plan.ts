/**
 * What importing a catalogue file would do to the catalogue, decided before anything is written
 * so that an import is all or nothing: either every row is valid and the plan is applied in one
 * transaction, or nothing changes and every rejected row is reported.
 *
 * The rules: a row's path finds its topic (names ignoring case, as the sibling-name rule does);
 * a path not in the catalogue is created, with any missing topics above it (owned like the row,
 * active, without a default failure reason); a topic in the catalogue gets the row's owner,
 * default failure reason and retired state; the name's spelling is never changed (renaming is
 * done in the interface); topics absent from the file are left alone, never deleted. Importing
 * the same file twice changes nothing the second time.
 */
import type { FailureReason } from '../contacts/taxonomy.js';
import type { CsvLineError, TopicCsvRow } from './topic-csv.js';
import { joinTopicPath, pathNamesById, splitTopicPath, topicPathKey } from './topic-tree.js';

export interface PlanTopic {
  id: string;
  parentId: string | null;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  retired: boolean;
  searchWords: readonly string[];
}

export interface PlanUnit {
  id: string;
  parentId: string | null;
  name: string;
  archived: boolean;
}

export interface TopicCreate {
  /** topicPathKey of the new topic's path; later creates name their parent by it. */
  key: string;
  parent: { id: string } | { key: string } | null;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  retired: boolean;
  searchWords: string[];
  /** The row that asked for it; null for a topic created only because a row needed a parent. */
  line: number | null;
}

export interface TopicUpdate {
  id: string;
  line: number;
  changes: {
    ownerUnitId?: string;
    defaultFailureReason?: FailureReason | null;
    retired?: boolean;
    searchWords?: string[];
  };
}

export interface TopicImportPlan {
  /** Parents before their children, so they can be inserted in this order. */
  creates: TopicCreate[];
  updates: TopicUpdate[];
  /** Rows whose topic exists and already matches the row. */
  unchanged: number;
}

export interface PlanInput {
  topics: readonly PlanTopic[];
  /** Every unit of the tenant, archived ones included (an owner may since have been archived). */
  units: readonly PlanUnit[];
  rows: readonly TopicCsvRow[];
}

/** The plan, or the reasons the rows cannot be imported (each row's line and column). */
export function planTopicImport(input: PlanInput): { plan: TopicImportPlan; errors: CsvLineError[] } {
  const errors: CsvLineError[] = [];
  const resolveOwner = ownerResolver(input.units);
  const unitsById = new Map(input.units.map((u) => [u.id, u]));

  const existingPaths = pathNamesById(input.topics);
  const existingByKey = new Map<string, PlanTopic>();
  for (const topic of input.topics) existingByKey.set(topicPathKey(existingPaths.get(topic.id) ?? []), topic);

  // The catalogue after the import, by path key: enough to check the retired rule.
  interface FinalNode {
    parentKey: string | null;
    retired: boolean;
    /** The row that sets this node, if any. */
    line: number | null;
    /** For a parent created only for a row: that row. */
    forLine: number | null;
  }
  const final = new Map<string, FinalNode>();
  for (const topic of input.topics) {
    const names = existingPaths.get(topic.id) ?? [topic.name];
    final.set(topicPathKey(names), {
      parentKey: names.length > 1 ? topicPathKey(names.slice(0, -1)) : null,
      retired: topic.retired,
      line: null,
      forLine: null,
    });
  }

  const creates: TopicCreate[] = [];
  const updates: TopicUpdate[] = [];
  let unchanged = 0;
  const rowKeys = new Set(input.rows.map((r) => topicPathKey(r.path)));

  for (const row of input.rows) {
    const owner = resolveOwner(row.owner);
    if ('error' in owner) {
      errors.push({ line: row.line, column: 'owner', code: owner.error });
      continue;
    }
    const key = topicPathKey(row.path);
    const existing = existingByKey.get(key);
    const ownerChanges = !existing || existing.ownerUnitId !== owner.id;
    // A topic may keep an owner that has since been archived, but not be given one.
    if (ownerChanges && unitsById.get(owner.id)?.archived) {
      errors.push({ line: row.line, column: 'owner', code: 'unit_archived' });
      continue;
    }
    const parentKey = row.path.length > 1 ? topicPathKey(row.path.slice(0, -1)) : null;
    final.set(key, { parentKey, retired: row.retired, line: row.line, forLine: null });

    if (existing) {
      const changes: TopicUpdate['changes'] = {};
      if (existing.ownerUnitId !== owner.id) changes.ownerUnitId = owner.id;
      if (existing.defaultFailureReason !== row.defaultFailureReason)
        changes.defaultFailureReason = row.defaultFailureReason;
      if (existing.retired !== row.retired) changes.retired = row.retired;
      if (row.searchWords !== null && row.searchWords.join('\n') !== existing.searchWords.join('\n'))
        changes.searchWords = row.searchWords;
      if (Object.keys(changes).length > 0) updates.push({ id: existing.id, line: row.line, changes });
      else unchanged++;
      continue;
    }

    // Missing topics above the row, unless the file has a row of their own.
    for (let depth = 1; depth < row.path.length; depth++) {
      const names = row.path.slice(0, depth);
      const ancestorKey = topicPathKey(names);
      if (final.has(ancestorKey) || rowKeys.has(ancestorKey)) continue;
      final.set(ancestorKey, {
        parentKey: depth > 1 ? topicPathKey(names.slice(0, -1)) : null,
        retired: false,
        line: null,
        forLine: row.line,
      });
      creates.push(
        newTopic(names, existingByKey, {
          ownerUnitId: owner.id,
          defaultFailureReason: null,
          retired: false,
          searchWords: [],
          line: null,
        }),
      );
    }
    creates.push(
      newTopic(row.path, existingByKey, {
        ownerUnitId: owner.id,
        defaultFailureReason: row.defaultFailureReason,
        retired: row.retired,
        searchWords: row.searchWords ?? [],
        line: row.line,
      }),
    );
  }

  // No active topic below a retired one (the rule the interface keeps as well).
  for (const node of final.values()) {
    if (node.retired || node.parentKey === null) continue;
    const parent = final.get(node.parentKey);
    if (!parent?.retired) continue;
    if (node.line !== null) errors.push({ line: node.line, column: 'retired', code: 'topic_parent_retired' });
    else if (node.forLine !== null)
      errors.push({ line: node.forLine, column: 'path', code: 'topic_parent_retired' });
    else if (parent.line !== null)
      errors.push({ line: parent.line, column: 'retired', code: 'topic_has_active_children' });
  }

  creates.sort((a, b) => depthOf(a) - depthOf(b));
  return { plan: { creates, updates, unchanged }, errors: dedupe(errors) };
}

function newTopic(
  names: readonly string[],
  existingByKey: ReadonlyMap<string, PlanTopic>,
  rest: Pick<TopicCreate, 'ownerUnitId' | 'defaultFailureReason' | 'retired' | 'searchWords' | 'line'>,
): TopicCreate {
  const parentNames = names.slice(0, -1);
  const parentKey = topicPathKey(parentNames);
  const existingParent = parentNames.length > 0 ? existingByKey.get(parentKey) : undefined;
  return {
    key: topicPathKey(names),
    parent: parentNames.length === 0 ? null : existingParent ? { id: existingParent.id } : { key: parentKey },
    name: names[names.length - 1] ?? '',
    ...rest,
  };
}

const depthOf = (create: TopicCreate) => create.key.split('\u0000').length;

/**
 * Finds the unit a row names: its path from the department down, or just its name when exactly
 * one unit of the municipality is called so.
 */
export function ownerResolver(
  units: readonly PlanUnit[],
): (text: string) => { id: string } | { error: string } {
  const paths = pathNamesById(units);
  const byPath = new Map<string, string>();
  // Unit names, unlike topic names, may contain "›"; the written path then matches only as a whole.
  const byWrittenPath = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const unit of units) {
    const names = paths.get(unit.id) ?? [unit.name];
    byPath.set(topicPathKey(names), unit.id);
    byWrittenPath.set(joinTopicPath(names).toLowerCase(), unit.id);
    const name = unit.name.toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), unit.id]);
  }
  return (text) => {
    const names = splitTopicPath(text);
    const exact = byPath.get(topicPathKey(names)) ?? byWrittenPath.get(text.trim().toLowerCase());
    if (exact) return { id: exact };
    if (names.length > 1) return { error: 'unit_unknown' };
    const candidates = byName.get((names[0] ?? '').toLowerCase()) ?? [];
    if (candidates.length === 1 && candidates[0]) return { id: candidates[0] };
    return { error: candidates.length > 1 ? 'unit_ambiguous' : 'unit_unknown' };
  };
}

function dedupe(errors: CsvLineError[]): CsvLineError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = `${e.line}/${e.column ?? ''}/${e.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}
