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
