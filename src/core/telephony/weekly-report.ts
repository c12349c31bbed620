/**
 * The weekly report's table model (issue #4, DOMAIN.md "Telephony measures"; the rules are in
 * docs/metrics.md, "Weekly report"). Pure: the caller passes each day's measures (from the daily
 * rollups) and the tenant's own closed days; `lots report weekly --format json` prints this model.
 *
 * For each measure there is a row per weekday (Monday-Friday, and Saturday/Sunday only when one of
 * them had traffic in the chosen weeks) and a weekly row. Each row has the normal variation over
 * the chosen weeks (mean, the goal's target when there is one, lowest, highest) and one
 * cell per week.
 *
 * - A day without measures had no calls: its counts are 0 and its shares and times have no value.
 * - Weekday rows: mean, lowest and highest are over that weekday's values in the chosen weeks,
 *   leaving out closed days (weekends, Swedish holidays, the tenant's own closed days: a holiday
 *   Monday is not a zero Monday) and days without a value (a share on a day nothing was offered).
 *   The mean is the plain mean of those values.
 * - Weekly row: a week's counts are the sums over its seven days, closed days included (a call
 *   that came was offered); its shares and mean queue time are recomputed from those sums
 *   (answered / offered, total wait / answered), never averaged over days. Its mean, lowest and
 *   highest are over the chosen weeks' values.
 * - Incomplete days: today, days still to come (no value at all) and days outside the days the
 *   telephony data covers (no telephony value: not imported is not zero) are marked and left out
 *   of the variation, and so is a week with such an open day. A report of the current week shows
 *   what is known without dragging the normal variation down with days not yet over.
 * - Data issues: traffic (offered or answered above 0) on a closed day, and answered (or answered
 *   within 2 minutes) above offered on a day or in a week, are flagged on the cell and listed;
 *   so are many callers turned away on an open day or in a week: more than
 *   TURNED_AWAY_ISSUE_SHARE of the callers (offered + turned away), docs/metrics.md "Callers
 *   turned away" (a queue that was full or closed must not look perfect).
 *   A share whose count exceeds offered is given no value (null), so no share is ever above 1;
 *   the counts are shown as recorded. Closed days are left out of the variation anyway; an open
 *   day whose shares have no value is left out of the variation of those shares only.
 * - Beside the telephony: the resolution of phone contacts from contact logging (resolved_self
 *   over all phone contacts logged that day, and every other grade's share beside it), visitors
 *   to the service office (the day's entered count, else the visit contacts logged that day; the
 *   source of each day is kept), and e-mails answered within one working day (by day of receipt:
 *   within / due, see email-response.ts). These have no data issues of their own.
 * - Shares are fractions 0..1, times are seconds.
 */
import { inDaySpans, type DaySpan } from './day-spans.js';
import { isClosedDay } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import type { DailyMeasures } from './daily-measures.js';
import { daysOfIsoWeek, formatIsoWeek, isoWeeksBetween, type IsoWeek } from './iso-week.js';

/** The counts a day's row in the report needs (a subset of DailyMeasures, so aggregate imports fit). */
export type DayCounts = Pick<
  DailyMeasures,
  | 'offered'
  | 'answered'
  | 'abandoned'
  | 'answeredWaitSeconds'
  | 'answeredWaitUnder60'
  | 'answeredWait60To120'
  | 'answeredWaitOver120'
  | 'answeredWithin'
>;

/**
 * What a day adds beside its calls: contact logging, visitors and e-mails. Absent fields are 0
 * (no phone contacts logged, no visitors, no e-mails).
 */
export interface DayExtras {
  /** Wait of abandoned calls (not short abandons), for the mean beside the queue time. */
  abandonedWaitSeconds: number;
  /** Callers turned away (not offered). */
  turnedAway: number;
  /** Phone contacts logged, and how many of them ended with each grade. */
  phoneContacts: number;
  resolvedSelf: number;
  resolvedHandling: number;
  resolvedSpecialist: number;
  forwarded: number;
  unresolved: number;
  visitors: number;
  /** Where the day's visitors come from: counted at the door, or the visit contacts logged. */
  visitorSource: 'entered' | 'logged';
  /** E-mails received that day whose result is known, and those answered within one working day. */
  emailsDue: number;
  emailsWithin: number;
}

export type DayInput = DayCounts & Partial<DayExtras>;

export const WEEKLY_MEASURES = [
  'offered',
  'answered',
  'abandoned',
  'turnedAway',
  'availability',
  'meanQueueSeconds',
  'meanAbandonedWaitSeconds',
  'answeredUnder60',
  'answered60To120',
  'answeredOver120',
  'answeredWithin',
  'answeredWithinShare',
  'phoneContacts',
  'resolutionRate',
  'resolvedHandlingShare',
  'resolvedSpecialistShare',
  'forwardedShare',
  'unresolvedShare',
  'visitors',
  'emailsDue',
  'emailsWithinShare',
] as const;
export type WeeklyMeasure = (typeof WEEKLY_MEASURES)[number];

export type MeasureUnit = 'count' | 'share' | 'seconds';

export const MEASURE_UNITS: Record<WeeklyMeasure, MeasureUnit> = {
  offered: 'count',
  answered: 'count',
  abandoned: 'count',
  turnedAway: 'count',
  availability: 'share',
  meanQueueSeconds: 'seconds',
  meanAbandonedWaitSeconds: 'seconds',
  answeredUnder60: 'count',
  answered60To120: 'count',
  answeredOver120: 'count',
  answeredWithin: 'count',
  answeredWithinShare: 'share',
  phoneContacts: 'count',
  resolutionRate: 'share',
  resolvedHandlingShare: 'share',
  resolvedSpecialistShare: 'share',
  forwardedShare: 'share',
  unresolvedShare: 'share',
  visitors: 'count',
  emailsDue: 'count',
  emailsWithinShare: 'share',
};

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type RowKey = Weekday | 'week';

export type DataIssueKind = 'closed_day_traffic' | 'answered_exceeds_offered' | 'many_turned_away';

/** Callers turned away above this share of the callers (offered + turned away) are a data issue. */
export const TURNED_AWAY_ISSUE_SHARE = 0.05;

export interface DataIssue {
  kind: DataIssueKind;
  week: string;
  /** The day, or null for a week's sums. */
  day: CalendarDay | null;
}

export interface ReportCell {
  week: string;
  /** The day of a weekday row's cell; null in the weekly row. */
  day: CalendarDay | null;
  value: number | null;
  closed: boolean;
  /**
   * Not a whole day of data: today, a day still to come, or, for the telephony's measures, a day
   * outside the days the telephony data covers (before the first import, after the last). Left
   * out of the variation; a week with such an open day is incomplete too.
   */
  incomplete: boolean;
  dataIssues: DataIssueKind[];
}

export interface ReportRow {
  key: RowKey;
  mean: number | null;
  /** The target of the goal on this measure and scope (level day for weekday rows, week for the weekly row); null when none. */
  goal: number | null;
  lowest: number | null;
  highest: number | null;
  cells: ReportCell[];
}

export interface MeasureTable {
  measure: WeeklyMeasure;
  unit: MeasureUnit;
  rows: ReportRow[];
}

export interface WeeklyReport {
  weeks: string[];
  /** Days whose visitors were counted at the door, and days that fell back on logged visits. */
  visitorSources: { entered: number; logged: number };
  /** The rows each table has, in order: Monday-Friday, Saturday/Sunday when they had traffic, then 'week'. */
  rowKeys: RowKey[];
  measures: MeasureTable[];
  /** Every data issue, by week then day (the week's own issue after its days). */
  dataIssues: DataIssue[];
}

export interface WeeklyReportInput {
  from: IsoWeek;
  to: IsoWeek;
  /** Each day's measures; a day missing (or undefined) had no calls and nothing else. */
  measures: ReadonlyMap<CalendarDay, DayInput> | ((day: CalendarDay) => DayInput | undefined);
  /** The tenant's own closed days, on top of weekends and Swedish holidays. */
  extraClosedDays?: Iterable<CalendarDay>;
  /** Today: later days have no values at all; today is incomplete. Absent: every day is past. */
  today?: CalendarDay;
  /**
   * The first and last day the telephony data covers (the municipality's first and latest call
   * imported) and, with `spans`, the days each import covered (day-spans.ts). Outside them the
   * telephony measures have no value (not zero) and the day is incomplete: a day between two
   * imported files is no data, a quiet day inside one is 0. Absent: the data covers every day.
   */
  telephonyData?: { first: CalendarDay; last: CalendarDay; spans?: readonly DaySpan[] } | null;
  /** The targets of the goals on each measure: level day for the weekday rows, week for the weekly row. */
  goals?: Partial<Record<WeeklyMeasure, { day?: number | null; week?: number | null }>>;
}

/** The measures that come from the telephone platform (the others come from Lots itself). */
export const TELEPHONY_MEASURES: ReadonlySet<WeeklyMeasure> = new Set([
  'offered',
  'answered',
  'abandoned',
  'turnedAway',
  'availability',
  'meanQueueSeconds',
  'meanAbandonedWaitSeconds',
  'answeredUnder60',
  'answered60To120',
  'answeredOver120',
  'answeredWithin',
  'answeredWithinShare',
]);

/** A day's (or a week's summed) figures, every field present. */
type Figures = DayCounts & Omit<DayExtras, 'visitorSource'>;

const NOTHING: Figures = {
  offered: 0,
  answered: 0,
  abandoned: 0,
  answeredWaitSeconds: 0,
  answeredWaitUnder60: 0,
  answeredWait60To120: 0,
  answeredWaitOver120: 0,
  answeredWithin: 0,
  abandonedWaitSeconds: 0,
  turnedAway: 0,
  phoneContacts: 0,
  resolvedSelf: 0,
  resolvedHandling: 0,
  resolvedSpecialist: 0,
  forwarded: 0,
  unresolved: 0,
  visitors: 0,
  emailsDue: 0,
  emailsWithin: 0,
};

function figuresOf(input: DayInput | undefined): Figures {
  const f = { ...NOTHING };
  if (!input) return f;
  for (const key of Object.keys(f) as (keyof Figures)[]) {
    const value = input[key];
    if (typeof value === 'number') f[key] = value;
  }
  return f;
}

/** numerator / denominator; null when the denominator is 0 or the share would exceed 1. */
function boundedShare(numerator: number, denominator: number): number | null {
  return denominator === 0 || numerator > denominator ? null : numerator / denominator;
}

/**
 * Each measure of a day's (or a week's summed) figures as two sums (signals/measures.ts,
 * MeasureParts): a share's numerator and denominator, a mean time's total seconds and the calls
 * timed, a count and the events it stands on (calls offered for call counts; the count itself
 * for contacts, visitors and e-mails). Sums add up over days; measureValues reads them.
 */
export function measureParts(
  input: DayInput | undefined,
): Record<WeeklyMeasure, { numerator: number; denominator: number }> {
  const c = figuresOf(input);
  const of = (numerator: number, denominator: number) => ({ numerator, denominator });
  return {
    offered: of(c.offered, c.offered),
    answered: of(c.answered, c.offered),
    abandoned: of(c.abandoned, c.offered),
    // Out of the callers: those offered and those turned away.
    turnedAway: of(c.turnedAway, c.offered + c.turnedAway),
    availability: of(c.answered, c.offered),
    meanQueueSeconds: of(c.answeredWaitSeconds, c.answered),
    meanAbandonedWaitSeconds: of(c.abandonedWaitSeconds, c.abandoned),
    answeredUnder60: of(c.answeredWaitUnder60, c.offered),
    answered60To120: of(c.answeredWait60To120, c.offered),
    answeredOver120: of(c.answeredWaitOver120, c.offered),
    answeredWithin: of(c.answeredWithin, c.offered),
    answeredWithinShare: of(c.answeredWithin, c.offered),
    phoneContacts: of(c.phoneContacts, c.phoneContacts),
    resolutionRate: of(c.resolvedSelf, c.phoneContacts),
    resolvedHandlingShare: of(c.resolvedHandling, c.phoneContacts),
    resolvedSpecialistShare: of(c.resolvedSpecialist, c.phoneContacts),
    forwardedShare: of(c.forwarded, c.phoneContacts),
    unresolvedShare: of(c.unresolved, c.phoneContacts),
    visitors: of(c.visitors, c.visitors),
    emailsDue: of(c.emailsDue, c.emailsDue),
    emailsWithinShare: of(c.emailsWithin, c.emailsDue),
  };
}

/** The value of each measure for a day's (or a week's summed) figures. */
export function measureValues(input: DayInput): Record<WeeklyMeasure, number | null> {
  const parts = measureParts(input);
  const values = {} as Record<WeeklyMeasure, number | null>;
  for (const measure of WEEKLY_MEASURES) {
    const { numerator, denominator } = parts[measure];
    const unit = MEASURE_UNITS[measure];
    values[measure] =
      unit === 'count'
        ? numerator
        : unit === 'seconds'
          ? denominator === 0
            ? null
            : numerator / denominator
          : boundedShare(numerator, denominator);
  }
  return values;
}

function sumFigures(days: readonly Figures[]): Figures {
  const sum = { ...NOTHING };
  for (const d of days) for (const key of Object.keys(sum) as (keyof Figures)[]) sum[key] += d[key];
  return sum;
}

function exceedsOffered(c: DayCounts): boolean {
  return c.answered > c.offered || c.answeredWithin > c.offered;
}

/** More than TURNED_AWAY_ISSUE_SHARE of the callers were turned away. */
export function manyTurnedAway(c: { offered: number; turnedAway: number }): boolean {
  return c.turnedAway > TURNED_AWAY_ISSUE_SHARE * (c.offered + c.turnedAway);
}

interface Variation {
  mean: number | null;
  lowest: number | null;
  highest: number | null;
}

function variation(values: readonly number[]): Variation {
  if (values.length === 0) return { mean: null, lowest: null, highest: null };
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    lowest: Math.min(...values),
    highest: Math.max(...values),
  };
}

interface DayEntry {
  day: CalendarDay;
  closed: boolean;
  counts: Figures;
  issues: DataIssueKind[];
  /** After today: nothing is known. */
  future: boolean;
  /** Outside the days the telephony data covers. */
  uncovered: boolean;
  /** Today or later: not a whole day yet. */
  unfinished: boolean;
}

/** The report model for the weeks `from` to `to` (both included). */
export function weeklyReport(input: WeeklyReportInput): WeeklyReport {
  const lookup =
    typeof input.measures === 'function'
      ? input.measures
      : (day: CalendarDay) => (input.measures as ReadonlyMap<CalendarDay, DayInput>).get(day);
  const extraClosedDays = new Set(input.extraClosedDays ?? []);
  const weeks = isoWeeksBetween(input.from, input.to);
  const weekNames = weeks.map(formatIsoWeek);
  const dataIssues: DataIssue[] = [];
  const visitorSources = { entered: 0, logged: 0 };

  // Per week: the seven days (Monday first) and the week's sums.
  const grid = weeks.map((week, w) => {
    const name = weekNames[w] as string;
    const days: DayEntry[] = daysOfIsoWeek(week).map((day) => {
      const given = lookup(day);
      const counts = figuresOf(given);
      if (given?.visitorSource === 'entered') visitorSources.entered += 1;
      else if (counts.visitors > 0) visitorSources.logged += 1;
      const closed = extraClosedDays.has(day) || isClosedDay(day);
      const issues: DataIssueKind[] = [];
      if (closed && (counts.offered > 0 || counts.answered > 0)) issues.push('closed_day_traffic');
      if (exceedsOffered(counts)) issues.push('answered_exceeds_offered');
      // On a closed day callers turned away (CLOSED) are what a closed queue does.
      if (!closed && manyTurnedAway(counts)) issues.push('many_turned_away');
      for (const kind of issues) dataIssues.push({ kind, week: name, day });
      const future = input.today !== undefined && day > input.today;
      const coverage = input.telephonyData;
      const uncovered =
        coverage === undefined
          ? false
          : coverage === null ||
            day < coverage.first ||
            day > coverage.last ||
            (coverage.spans !== undefined && !inDaySpans(day, coverage.spans));
      const unfinished = input.today !== undefined && day >= input.today;
      return { day, closed, counts, issues, future, uncovered, unfinished };
    });
    const total = sumFigures(days.map((d) => d.counts));
    const weekUnfinished = days.some((d) => d.unfinished && !d.closed);
    const weekPartlyUncovered = days.some((d) => d.uncovered && !d.closed);
    const weekUncovered = days.every((d) => d.uncovered);
    const weekIssues: DataIssueKind[] = exceedsOffered(total) ? ['answered_exceeds_offered'] : [];
    const openDays = days.filter((d) => !d.closed).map((d) => d.counts);
    if (manyTurnedAway(sumFigures(openDays))) weekIssues.push('many_turned_away');
    for (const kind of weekIssues) dataIssues.push({ kind, week: name, day: null });
    return { name, days, total, weekIssues, weekUnfinished, weekPartlyUncovered, weekUncovered };
  });

  // Saturday and Sunday rows only when one of them had traffic in the chosen weeks.
  const weekendTraffic = (index: number) =>
    grid.some(({ days }) => {
      const c = (days[index] as DayEntry).counts;
      return c.offered > 0 || c.answered > 0;
    });
  const weekdayIndexes = [0, 1, 2, 3, 4, ...[5, 6].filter(weekendTraffic)];
  const rowKeys: RowKey[] = [...weekdayIndexes.map((i) => WEEKDAYS[i] as Weekday), 'week'];

  const dayValues = grid.map(({ days }) => days.map((d) => measureValues(d.counts)));
  const weekValues = grid.map(({ total }) => measureValues(total));

  const measures = WEEKLY_MEASURES.map((measure): MeasureTable => {
    // Days outside the telephony data are incomplete for the telephony's measures only: the
    // contacts, visitors and e-mails are Lots' own and complete once the day is over.
    const fromTelephony = TELEPHONY_MEASURES.has(measure);
    const goal = input.goals?.[measure];
    const rows: ReportRow[] = weekdayIndexes.map((index) => {
      const cells = grid.map(({ name, days }, w): ReportCell => {
        const entry = days[index] as DayEntry;
        const known = !entry.future && !(entry.uncovered && fromTelephony);
        const value = known
          ? ((dayValues[w] as Record<WeeklyMeasure, number | null>[])[index]?.[measure] ?? null)
          : null;
        return {
          week: name,
          day: entry.day,
          value,
          closed: entry.closed,
          incomplete: entry.unfinished || (entry.uncovered && fromTelephony),
          dataIssues: entry.issues,
        };
      });
      const counted = cells
        .filter((c) => !c.closed && !c.incomplete && c.value !== null)
        .map((c) => c.value as number);
      return { key: WEEKDAYS[index] as Weekday, goal: goal?.day ?? null, ...variation(counted), cells };
    });
    const weekCells = grid.map(
      ({ name, weekIssues, weekUnfinished, weekPartlyUncovered, weekUncovered }, w): ReportCell => ({
        week: name,
        day: null,
        value:
          weekUncovered && fromTelephony
            ? null
            : (weekValues[w] as Record<WeeklyMeasure, number | null>)[measure],
        closed: false,
        incomplete: weekUnfinished || (weekPartlyUncovered && fromTelephony),
        dataIssues: weekIssues,
      }),
    );
    const weekCounted = weekCells
      .filter((c) => !c.incomplete && c.value !== null)
      .map((c) => c.value as number);
    rows.push({ key: 'week', goal: goal?.week ?? null, ...variation(weekCounted), cells: weekCells });
    return { measure, unit: MEASURE_UNITS[measure], rows };
  });

  return { weeks: weekNames, visitorSources, rowKeys, measures, dataIssues };
}
