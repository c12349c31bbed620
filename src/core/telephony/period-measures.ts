/**
 * The telephony measures of a week, a month or any run of days, combined exactly from the days'
 * measures (docs/metrics.md, "Telephony"):
 *
 * - counts (offered, answered, each outcome, short abandons, answered ends, the wait bands,
 *   answered within) are the days' counts summed, and so are the wait totals;
 * - means are recomputed from the summed totals (total wait of answered / answered), never a mean
 *   of the days' means, and shares from the summed numerators and denominators (answered /
 *   offered), never a mean of the days' shares;
 * - closed days (swedish-calendar.ts, plus the tenant's extra closed days) are part of the
 *   period: their traffic counts in its totals, and a closed day with any traffic is flagged as a
 *   data issue. A day with more answered (or answered within) than offered (aggregate exports) is
 *   flagged as well, and
 *   a share whose numerator exceeds its denominator has no value rather than one above 1.
 * - weeks are ISO 8601 weeks (iso-week.ts); months run from the first to the last day.
 * - a day in the period without measures counts as a day without calls.
 */
import { addDays, daysBetween, isClosedDay } from '../calendar/swedish-calendar.js';
import { isCalendarDay, type CalendarDay } from '../contacts/calendar-day.js';
import type { AnsweredEnd } from './call-assembly.js';
import { emptyMeasures, share, type DailyMeasures } from './daily-measures.js';
import { mondayOfIsoWeek, parseIsoWeek, type IsoWeek } from './iso-week.js';

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

function utcMs(day: CalendarDay): number {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  return Date.parse(`${day}T00:00:00Z`);
}

/** The first and last day of a month given as 'YYYY-MM'. */
export function monthRange(month: string): { from: CalendarDay; to: CalendarDay } {
  const m = MONTH_PATTERN.exec(month);
  const year = Number(m?.[1]);
  const index = Number(m?.[2]);
  if (!m || index < 1 || index > 12) throw new RangeError(`not a month: ${month}`);
  const from = `${month}-01`;
  return { from, to: new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10) };
}

export type PeriodDataIssue =
  | { day: CalendarDay; kind: 'closed_day_traffic'; offered: number; shortAbandons: number }
  | {
      day: CalendarDay;
      kind: 'answered_exceeds_offered';
      answered: number;
      answeredWithin: number;
      offered: number;
    };

export interface PeriodMeasures extends Omit<DailyMeasures, 'day'> {
  from: CalendarDay;
  to: CalendarDay;
  /** Every day of the period, and which of them are closed. */
  days: number;
  closedDays: CalendarDay[];
  /** Days of the period that had measures (the others count as days without calls). */
  daysWithMeasures: number;
  dataIssues: PeriodDataIssue[];
}

export interface PeriodOptions {
  from: CalendarDay;
  to: CalendarDay;
  /** The tenant's own closed days ('YYYY-MM-DD'), on top of weekends and holidays. */
  extraClosedDays?: Iterable<CalendarDay>;
}

const COUNTS = [
  'offered',
  'answered',
  'abandoned',
  'timeout',
  'exitKey',
  'exitEmpty',
  'withdrawn',
  'shortAbandons',
  'turnedAway',
  'answeredWaitSeconds',
  'abandonedWaitSeconds',
  'answeredWaitUnder60',
  'answeredWait60To120',
  'answeredWaitOver120',
  'answeredWithin',
] as const satisfies readonly (keyof DailyMeasures)[];

const ENDS: readonly AnsweredEnd[] = ['completed_caller', 'completed_agent', 'transferred'];

/** A share that is never above 1: none when the numerator exceeds the denominator. */
function boundedShare(numerator: number, denominator: number): number | null {
  return numerator > denominator ? null : share(numerator, denominator);
}

/**
 * The period's measures from the days' measures. Every day must lie in [from, to] and appear at
 * most once (the measures of one queue or queue group).
 */
export function periodMeasures(days: readonly DailyMeasures[], options: PeriodOptions): PeriodMeasures {
  const { from, to } = options;
  if (utcMs(to) < utcMs(from)) throw new RangeError(`period ${from} to ${to} ends before it starts`);
  const extraClosedDays = [...(options.extraClosedDays ?? [])];
  const allDays = daysBetween(from, to);
  const closed = allDays.filter((day) => isClosedDay(day, { extraClosedDays }));
  const closedSet = new Set(closed);
  const seen = new Set<CalendarDay>();
  const m: PeriodMeasures = {
    from,
    to,
    days: allDays.length,
    closedDays: closed,
    daysWithMeasures: 0,
    dataIssues: [],
    ...emptyMeasures(),
  };
  const ordered = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const d of ordered) {
    if (!isCalendarDay(d.day) || d.day < from || d.day > to)
      throw new RangeError(`day ${d.day} is outside the period ${from} to ${to}`);
    if (seen.has(d.day)) throw new RangeError(`day ${d.day} is given twice`);
    seen.add(d.day);
    m.daysWithMeasures += 1;
    for (const key of COUNTS) m[key] += d[key];
    for (const end of ENDS) m.answeredEnds[end] += d.answeredEnds[end];
    if (closedSet.has(d.day) && (d.offered > 0 || d.shortAbandons > 0))
      m.dataIssues.push({
        day: d.day,
        kind: 'closed_day_traffic',
        offered: d.offered,
        shortAbandons: d.shortAbandons,
      });
    if (d.answered > d.offered || d.answeredWithin > d.offered)
      m.dataIssues.push({
        day: d.day,
        kind: 'answered_exceeds_offered',
        answered: d.answered,
        answeredWithin: d.answeredWithin,
        offered: d.offered,
      });
  }
  m.availability = boundedShare(m.answered, m.offered);
  m.meanWaitAnsweredSeconds = share(m.answeredWaitSeconds, m.answered);
  m.meanWaitAbandonedSeconds = share(m.abandonedWaitSeconds, m.abandoned);
  m.answeredWithinShare = boundedShare(m.answeredWithin, m.offered);
  return m;
}

/** The measures of an ISO week ('2026-W48' or { year, week }: iso-week.ts), Monday to Sunday. */
export function weekMeasures(
  days: readonly DailyMeasures[],
  week: IsoWeek | string,
  options: { extraClosedDays?: Iterable<CalendarDay> } = {},
): PeriodMeasures {
  const from = mondayOfIsoWeek(typeof week === 'string' ? parseIsoWeek(week) : week);
  return periodMeasures(days, { from, to: addDays(from, 6), ...options });
}

/** The measures of a month ('2026-06'), first to last day. */
export function monthMeasures(
  days: readonly DailyMeasures[],
  month: string,
  options: { extraClosedDays?: Iterable<CalendarDay> } = {},
): PeriodMeasures {
  return periodMeasures(days, { ...monthRange(month), ...options });
}
