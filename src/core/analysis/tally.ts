/**
 * What the database counts for a group of contacts, once, for every analysis: the server asks for
 * the groups it needs (GROUPING SETS over these dimensions) and the builders in this folder turn
 * the tallies into the analyses. The counts are of logged contacts that are not deleted.
 */
import type { Resolution } from '../contacts/taxonomy.js';

export const DIMENSIONS = [
  /** The calendar day in Europe/Stockholm, "YYYY-MM-DD". */
  'day',
  /** ISO weekday in Europe/Stockholm, 1 = Monday. */
  'weekday',
  /** Hour of the day in Europe/Stockholm, 0-23. */
  'hour',
  'channel',
  'need',
  'topic',
  /** The department (root unit) of the unit that owned the topic when the contact was saved. */
  'department',
  'failureReason',
  /** The department (root unit) of the unit a forwarded contact went to. */
  'forwardedToDepartment',
  'gender',
  'ageBand',
  'district',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Tally {
  contacts: number;
  failureDemand: number;
  existingCase: number;
  resolvedSelf: number;
  resolvedHandling: number;
  resolvedSpecialist: number;
  forwarded: number;
  unresolved: number;
  /** Logged duration of all contacts, and of the failure-demand ones, in seconds. */
  durationSeconds: number;
  failureDemandSeconds: number;
}

/** One group: the dimensions it is grouped by (a value, or null for "not recorded") and its tally. */
export interface TallyRow extends Tally {
  /** The grouping it belongs to: its dimensions, sorted and joined by "+", "" for the grand total. */
  grouping: string;
  values: Partial<Record<Dimension, string | null>>;
}

export const EMPTY_TALLY: Tally = {
  contacts: 0,
  failureDemand: 0,
  existingCase: 0,
  resolvedSelf: 0,
  resolvedHandling: 0,
  resolvedSpecialist: 0,
  forwarded: 0,
  unresolved: 0,
  durationSeconds: 0,
  failureDemandSeconds: 0,
};

export function groupingKey(dimensions: readonly Dimension[]): string {
  return [...dimensions].sort().join('+');
}

/** The rows of one grouping. */
export function rowsOf(rows: readonly TallyRow[], dimensions: readonly Dimension[]): TallyRow[] {
  const key = groupingKey(dimensions);
  return rows.filter((row) => row.grouping === key);
}

/** The grand total (the empty grouping); zero when there were no contacts. */
export function totalOf(rows: readonly TallyRow[]): Tally {
  return rows.find((row) => row.grouping === '') ?? EMPTY_TALLY;
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    contacts: a.contacts + b.contacts,
    failureDemand: a.failureDemand + b.failureDemand,
    existingCase: a.existingCase + b.existingCase,
    resolvedSelf: a.resolvedSelf + b.resolvedSelf,
    resolvedHandling: a.resolvedHandling + b.resolvedHandling,
    resolvedSpecialist: a.resolvedSpecialist + b.resolvedSpecialist,
    forwarded: a.forwarded + b.forwarded,
    unresolved: a.unresolved + b.unresolved,
    durationSeconds: a.durationSeconds + b.durationSeconds,
    failureDemandSeconds: a.failureDemandSeconds + b.failureDemandSeconds,
  };
}

export function gradesOf(t: Tally): Record<Resolution, number> {
  return {
    resolved_self: t.resolvedSelf,
    resolved_handling: t.resolvedHandling,
    resolved_specialist: t.resolvedSpecialist,
    forwarded: t.forwarded,
    unresolved: t.unresolved,
  };
}

/**
 * Which groupings the database counts, and which are sums of one it counts. Counting a grouping
 * costs the database a hash of every contact, and most analyses ask for a grouping and a coarser
 * one (need by day, and need; anything, and the grand total), so only the groupings that are no
 * part of another one asked for are counted; each other grouping is summed from the counted one
 * with the fewest dimensions that holds all of its own (rollUp). Sums of counts are exact.
 */
export function planGroupings(groupings: readonly (readonly Dimension[])[]): {
  counted: Dimension[][];
  derived: { grouping: Dimension[]; from: Dimension[] }[];
} {
  const unique = new Map<string, Dimension[]>();
  for (const g of groupings) unique.set(groupingKey(g), [...new Set(g)].sort());
  const all = [...unique.values()];
  const isStrictSubset = (a: Dimension[], b: Dimension[]) =>
    a.length < b.length && a.every((d) => b.includes(d));
  const counted = all.filter((g) => !all.some((h) => isStrictSubset(g, h)));
  const derived = all
    .filter((g) => !counted.includes(g))
    .map((grouping) => {
      const from = counted
        .filter((h) => isStrictSubset(grouping, h))
        .sort((a, b) => a.length - b.length || groupingKey(a).localeCompare(groupingKey(b)))[0]!;
      return { grouping, from };
    });
  return { counted, derived };
}

/** The rows of grouping `to`, summed from the rows of the finer grouping `from` (which holds all of its dimensions). */
export function rollUp(
  rows: readonly TallyRow[],
  from: readonly Dimension[],
  to: readonly Dimension[],
): TallyRow[] {
  const grouping = groupingKey(to);
  const sums = new Map<string, TallyRow>();
  for (const row of rowsOf(rows, from)) {
    const values: Partial<Record<Dimension, string | null>> = {};
    for (const d of to) values[d] = row.values[d] ?? null;
    const key = JSON.stringify(to.map((d) => values[d]));
    const sum = sums.get(key);
    sums.set(key, { grouping, values, ...addTallies(sum ?? EMPTY_TALLY, row) });
  }
  return [...sums.values()];
}
