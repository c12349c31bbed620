/**
 * The analyses, built from tallies (tally.ts). Each builder names the groupings it needs
 * (GROUPINGS) so that the server asks the database for exactly those, in one scan.
 */
import { CHANNELS, FAILURE_REASONS, NEEDS, type FailureReason, type Need } from '../contacts/taxonomy.js';
import { daysBetween } from '../calendar/swedish-calendar.js';
import { pareto } from './pareto.js';
import { bucketsOf, dayCount, lastYearDayOf } from './periods.js';
import { isUncertain, rateDifference, shareDifference, shareOf, wilsonInterval } from './statistics.js';
import {
  addTallies,
  EMPTY_TALLY,
  gradesOf,
  rowsOf,
  totalOf,
  type Dimension,
  type Tally,
  type TallyRow,
} from './tally.js';
import type {
  AnalysisFilters,
  Bucket,
  ChangeAnalysis,
  DepartmentReport,
  FixFirstAnalysis,
  OutcomeAnalysis,
  ResolutionRow,
  SeriesInterval,
  Share,
  TopicRow,
  TrendAnalysis,
  TrendMeasure,
  WhenAnalysis,
  WhoAnalysis,
  WhyAnalysis,
} from './types.js';

/** Names for ids: topics with their path and current owner department, departments by id. */
export interface AnalysisLabels {
  topics: ReadonlyMap<string, { path: string; departmentId: string }>;
  departments: ReadonlyMap<string, string>;
}

export const GROUPINGS = {
  when: [[], ['weekday', 'hour'], ['day'], ['channel']],
  who: [[], ['district'], ['gender'], ['ageBand']],
  why: [[], ['need'], ['need', 'day'], ['topic'], ['failureReason'], ['department']],
  outcome: [[], ['channel'], ['department'], ['topic'], ['forwardedToDepartment']],
  trend: [['day']],
  change: [[]],
  fixFirst: [[], ['topic'], ['topic', 'failureReason']],
  department: [[], ['topic'], ['failureReason'], ['need'], ['day']],
} as const satisfies Record<string, readonly (readonly Dimension[])[]>;

/** k of n as a Share: the value, its 95% Wilson interval, and the small-n mark. */
export function shareFrom(numerator: number, denominator: number): Share {
  return {
    numerator,
    denominator,
    value: shareOf(numerator, denominator),
    interval: wilsonInterval(numerator, denominator),
    uncertain: isUncertain(denominator),
  };
}

const value = (row: TallyRow, dimension: Dimension): string | null => row.values[dimension] ?? null;

/** Tallies of a grouping by the value of one dimension. */
function byValue(rows: readonly TallyRow[], dimension: Dimension): Map<string | null, Tally> {
  const map = new Map<string | null, Tally>();
  for (const row of rowsOf(rows, [dimension])) map.set(value(row, dimension), row);
  return map;
}

/** Tallies per bucket from day rows (days outside every bucket are ignored). */
function sumByBucket(
  dayTallies: ReadonlyMap<string, Tally>,
  buckets: readonly Bucket[],
  dayOf: (day: string) => string | null = (d) => d,
  dataFrom?: string | null,
): { tally: Tally; missing: boolean }[] {
  return buckets.map((bucket) => {
    let tally = EMPTY_TALLY;
    let missing = false;
    for (const day of daysBetween(bucket.from, bucket.to)) {
      const counterpart = dayOf(day);
      // No counterpart, or one before anything was logged: missing, not zero.
      if (counterpart === null || (dataFrom !== undefined && (dataFrom === null || counterpart < dataFrom))) {
        missing = true;
        continue;
      }
      const t = dayTallies.get(counterpart);
      if (t) tally = addTallies(tally, t);
    }
    return { tally, missing };
  });
}

function departmentName(labels: AnalysisLabels, id: string): string {
  return labels.departments.get(id) ?? id;
}

function topicRow(labels: AnalysisLabels, topicId: string): TopicRow {
  const topic = labels.topics.get(topicId);
  const departmentId = topic?.departmentId ?? '';
  return {
    topicId,
    topicPath: topic?.path ?? topicId,
    departmentId,
    departmentName: departmentId ? departmentName(labels, departmentId) : '',
  };
}

const byCountThenName =
  <T>(count: (t: T) => number, name: (t: T) => string) =>
  (a: T, b: T) =>
    count(b) - count(a) || name(a).localeCompare(name(b), 'sv');

// ---------------------------------------------------------------- when

/**
 * Volume by weekday and hour, by bucket with the same days last year and the offered calls, and by
 * channel. `lastYear` holds the [day] tallies of the year before (lastYearRange); `offeredCalls`
 * the telephony days of the period (a day absent has no imported calls). `dataFrom`, the first
 * day the municipality logged a contact (null: none yet), makes a bucket whose days a year
 * before lie before it missing (null), not zero.
 */
export function buildWhen(
  rows: readonly TallyRow[],
  lastYear: readonly TallyRow[],
  offeredCalls: ReadonlyMap<string, number>,
  filters: AnalysisFilters,
  interval: SeriesInterval,
  dataFrom?: string | null,
): WhenAnalysis {
  const total = totalOf(rows).contacts;
  const cells = new Map<string, number>();
  for (const row of rowsOf(rows, ['weekday', 'hour']))
    cells.set(`${value(row, 'weekday')}:${value(row, 'hour')}`, row.contacts);
  const heatmap = [];
  for (let weekday = 1; weekday <= 7; weekday += 1)
    for (let hour = 0; hour < 24; hour += 1)
      heatmap.push({ weekday, hour, contacts: cells.get(`${weekday}:${hour}`) ?? 0 });

  const days = byValue(rows, 'day') as Map<string, Tally>;
  const lastYearDays = byValue(lastYear, 'day') as Map<string, Tally>;
  const callsComparable =
    filters.unitId === undefined &&
    filters.topicId === undefined &&
    filters.need === undefined &&
    filters.resolution === undefined &&
    (filters.channel === undefined || filters.channel === 'phone');
  const buckets = bucketsOf(filters.from, filters.to, interval);
  const current = sumByBucket(days, buckets);
  const before = sumByBucket(lastYearDays, buckets, (d) => lastYearDayOf(d, interval), dataFrom);
  const series = buckets.map((bucket, i) => {
    let calls: number | null = null;
    if (callsComparable) {
      for (const day of daysBetween(bucket.from, bucket.to)) {
        const n = offeredCalls.get(day);
        if (n !== undefined) calls = (calls ?? 0) + n;
      }
    }
    const last = before[i]!;
    return {
      ...bucket,
      contacts: current[i]!.tally.contacts,
      lastYear: last.missing ? null : last.tally.contacts,
      offeredCalls: calls,
    };
  });

  const channelTallies = byValue(rows, 'channel');
  const channels = CHANNELS.map((channel) => {
    const contacts = channelTallies.get(channel)?.contacts ?? 0;
    return { channel, contacts, share: shareOf(contacts, total) };
  });
  return { total, heatmap, series: { interval, buckets: series, callsComparable }, channels };
}

// ---------------------------------------------------------------- who

export function buildWho(rows: readonly TallyRow[]): WhoAnalysis {
  const total = totalOf(rows).contacts;
  const dimension = (d: 'district' | 'gender' | 'ageBand', order?: readonly string[]) => {
    const groups = rowsOf(rows, [d]);
    const recordedRows = groups.filter((row) => value(row, d) !== null);
    const recorded = recordedRows.reduce((sum, row) => sum + row.contacts, 0);
    const listed = recordedRows.map((row) => ({
      value: value(row, d)!,
      contacts: row.contacts,
      share: shareFrom(row.contacts, recorded),
    }));
    listed.sort(
      order
        ? (a, b) => order.indexOf(a.value) - order.indexOf(b.value)
        : byCountThenName(
            (r) => r.contacts,
            (r) => r.value,
          ),
    );
    return { recorded: shareFrom(recorded, total), rows: listed };
  };
  return {
    total,
    district: dimension('district'),
    gender: dimension('gender', ['woman', 'man', 'other', 'unknown']),
    ageBand: dimension('ageBand', ['0-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+']),
  };
}

// ---------------------------------------------------------------- why

function needShares(rows: readonly TallyRow[], total: number) {
  const needs = byValue(rows, 'need');
  return NEEDS.map((need) => {
    const contacts = needs.get(need)?.contacts ?? 0;
    return { need, contacts, share: shareFrom(contacts, total) };
  });
}

function reasonShares(rows: readonly TallyRow[], failureDemand: number) {
  const reasons = byValue(rows, 'failureReason');
  return FAILURE_REASONS.map((reason) => {
    const contacts = reasons.get(reason)?.contacts ?? 0;
    return { reason, contacts, share: shareFrom(contacts, failureDemand) };
  });
}

function topicPareto(rows: readonly TallyRow[], labels: AnalysisLabels) {
  const topics = rowsOf(rows, ['topic']);
  const tallies = new Map(topics.map((row) => [value(row, 'topic')!, row]));
  return pareto(
    topics.map((row) => {
      const id = value(row, 'topic')!;
      return { key: id, label: topicRow(labels, id).topicPath, count: row.contacts };
    }),
  ).rows.map((row) => ({
    ...topicRow(labels, row.key),
    contacts: row.count,
    share: row.share,
    cumulativeShare: row.cumulativeShare,
    tally: tallies.get(row.key)!,
  }));
}

export function buildWhy(
  rows: readonly TallyRow[],
  labels: AnalysisLabels,
  filters: AnalysisFilters,
  interval: SeriesInterval,
): WhyAnalysis {
  const total = totalOf(rows);
  const buckets = bucketsOf(filters.from, filters.to, interval);
  const needDays = rowsOf(rows, ['need', 'day']);
  const needSeries = buckets.map((bucket) => {
    const needs = Object.fromEntries(NEEDS.map((n) => [n, 0])) as Record<Need, number>;
    for (const row of needDays) {
      const day = value(row, 'day')!;
      if (day >= bucket.from && day <= bucket.to) needs[value(row, 'need') as Need] += row.contacts;
    }
    return { ...bucket, total: NEEDS.reduce((sum, n) => sum + needs[n], 0), needs };
  });
  const topics = topicPareto(rows, labels);
  const departments = rowsOf(rows, ['department']).map((row) => ({
    departmentId: value(row, 'department')!,
    departmentName: departmentName(labels, value(row, 'department')!),
    tally: row,
  }));
  return {
    total: total.contacts,
    needs: needShares(rows, total.contacts),
    needSeries: { interval, buckets: needSeries },
    topics: topics.map(({ tally: _tally, ...row }) => row),
    failureDemand: shareFrom(total.failureDemand, total.contacts),
    failureReasons: reasonShares(rows, total.failureDemand),
    failureByTopic: topics
      .filter((t) => t.tally.failureDemand > 0)
      .map((t) => ({
        topicId: t.topicId,
        topicPath: t.topicPath,
        departmentId: t.departmentId,
        departmentName: t.departmentName,
        share: shareFrom(t.tally.failureDemand, t.tally.contacts),
      }))
      .sort(
        byCountThenName(
          (t) => t.share.numerator,
          (t) => t.topicPath,
        ),
      ),
    failureByDepartment: departments
      .map((d) => ({
        departmentId: d.departmentId,
        departmentName: d.departmentName,
        share: shareFrom(d.tally.failureDemand, d.tally.contacts),
      }))
      .sort(
        byCountThenName(
          (d) => d.share.numerator,
          (d) => d.departmentName,
        ),
      ),
    existingCasesByDepartment: departments
      .map((d) => ({
        departmentId: d.departmentId,
        departmentName: d.departmentName,
        share: shareFrom(d.tally.existingCase, d.tally.contacts),
      }))
      .sort(
        byCountThenName(
          (d) => d.share.numerator,
          (d) => d.departmentName,
        ),
      ),
  };
}

// ---------------------------------------------------------------- outcome

function resolutionRow(key: string, label: string, t: Tally): ResolutionRow {
  return {
    key,
    label,
    total: t.contacts,
    grades: gradesOf(t),
    firstContact: shareFrom(t.resolvedSelf, t.contacts),
  };
}

export function buildOutcome(rows: readonly TallyRow[], labels: AnalysisLabels): OutcomeAnalysis {
  const total = totalOf(rows);
  const channels = byValue(rows, 'channel');
  const byChannel = CHANNELS.filter((c) => (channels.get(c)?.contacts ?? 0) > 0).map((c) =>
    resolutionRow(c, c, channels.get(c)!),
  );
  const sorted = (list: ResolutionRow[]) =>
    list.sort(
      byCountThenName(
        (r) => r.total,
        (r) => r.label,
      ),
    );
  const byDepartment = sorted(
    rowsOf(rows, ['department']).map((row) => {
      const id = value(row, 'department')!;
      return resolutionRow(id, departmentName(labels, id), row);
    }),
  );
  const byTopic = sorted(
    rowsOf(rows, ['topic']).map((row) => {
      const id = value(row, 'topic')!;
      return resolutionRow(id, topicRow(labels, id).topicPath, row);
    }),
  );
  const forwardedTo = rowsOf(rows, ['forwardedToDepartment'])
    .filter((row) => value(row, 'forwardedToDepartment') !== null)
    .map((row) => {
      const id = value(row, 'forwardedToDepartment')!;
      return {
        departmentId: id,
        departmentName: departmentName(labels, id),
        contacts: row.contacts,
        share: shareFrom(row.contacts, total.forwarded),
      };
    })
    .sort(
      byCountThenName(
        (r) => r.contacts,
        (r) => r.departmentName,
      ),
    );
  return { total: total.contacts, byChannel, byDepartment, byTopic, forwardedTo };
}

// ---------------------------------------------------------------- trend and change

/** The numerator and denominator of a measure over a tally (contacts: the count over `days`). */
export function measureOf(
  measure: TrendMeasure,
  t: Tally,
  days: number,
): { numerator: number; denominator: number } {
  switch (measure) {
    case 'contacts':
      return { numerator: t.contacts, denominator: days };
    case 'failure_demand_share':
      return { numerator: t.failureDemand, denominator: t.contacts };
    case 'first_contact_resolution':
      return { numerator: t.resolvedSelf, denominator: t.contacts };
    case 'existing_case_share':
      return { numerator: t.existingCase, denominator: t.contacts };
    case 'forwarded_share':
      return { numerator: t.forwarded, denominator: t.contacts };
  }
}

export function buildTrend(
  rows: readonly TallyRow[],
  filters: AnalysisFilters,
  measure: TrendMeasure,
  interval: SeriesInterval,
): TrendAnalysis {
  const days = byValue(rows, 'day') as Map<string, Tally>;
  const buckets = bucketsOf(filters.from, filters.to, interval);
  const sums = sumByBucket(days, buckets);
  const points = buckets.map((bucket, i) => {
    const t = sums[i]!.tally;
    const { numerator, denominator } = measureOf(measure, t, dayCount(bucket.from, bucket.to));
    if (measure === 'contacts') {
      return { ...bucket, numerator, denominator, value: numerator, interval: null, uncertain: false };
    }
    const share = shareFrom(numerator, denominator);
    return {
      ...bucket,
      numerator,
      denominator,
      value: share.value,
      interval: share.interval,
      uncertain: share.uncertain,
    };
  });
  return { measure, interval, points };
}

export function buildChange(
  current: readonly TallyRow[],
  base: readonly TallyRow[],
  periods: { from: string; to: string; baseFrom: string; baseTo: string },
  measure: TrendMeasure,
  dataFrom?: string | null,
): ChangeAnalysis {
  const currentDays = dayCount(periods.from, periods.to);
  const baseDays = dayCount(periods.baseFrom, periods.baseTo);
  const c = measureOf(measure, totalOf(current), currentDays);
  const b = measureOf(measure, totalOf(base), baseDays);
  // A base period that begins before the first contact was logged has no data (missing is not
  // zero): no base value and no change.
  if (dataFrom !== undefined && (dataFrom === null || periods.baseFrom < dataFrom)) {
    return {
      measure,
      kind: measure === 'contacts' ? 'rate' : 'share',
      base: { from: periods.baseFrom, to: periods.baseTo, numerator: 0, denominator: 0, value: null },
      current: {
        from: periods.from,
        to: periods.to,
        ...c,
        value: measure === 'contacts' ? c.numerator / c.denominator : shareOf(c.numerator, c.denominator),
      },
      difference: null,
      interval: null,
      significant: false,
      uncertain: true,
      baseHasData: false,
    };
  }
  if (measure === 'contacts') {
    const change = rateDifference(c.numerator, c.denominator, b.numerator, b.denominator);
    return {
      measure,
      kind: 'rate',
      base: { from: periods.baseFrom, to: periods.baseTo, ...b, value: b.numerator / b.denominator },
      current: { from: periods.from, to: periods.to, ...c, value: c.numerator / c.denominator },
      difference: change?.difference ?? null,
      interval: change?.interval ?? null,
      significant: change?.isSignificant ?? false,
      uncertain: isUncertain(c.numerator) || isUncertain(b.numerator),
      baseHasData: true,
    };
  }
  const change = shareDifference(c.numerator, c.denominator, b.numerator, b.denominator);
  return {
    measure,
    kind: 'share',
    base: { from: periods.baseFrom, to: periods.baseTo, ...b, value: shareOf(b.numerator, b.denominator) },
    current: { from: periods.from, to: periods.to, ...c, value: shareOf(c.numerator, c.denominator) },
    difference: change?.difference ?? null,
    interval: change?.interval ?? null,
    significant: change?.isSignificant ?? false,
    uncertain: isUncertain(c.denominator) || isUncertain(b.denominator),
    baseHasData: true,
  };
}

// ---------------------------------------------------------------- what to fix first

/**
 * Topics by avoidable contacts: most failure-demand contacts first, then most failure-demand
 * minutes, then name. Only topics with failure demand are listed.
 */
export function buildFixFirst(rows: readonly TallyRow[], labels: AnalysisLabels): FixFirstAnalysis {
  const total = totalOf(rows);
  const reasons = new Map<string, { reason: FailureReason; contacts: number }[]>();
  for (const row of rowsOf(rows, ['topic', 'failureReason'])) {
    const reason = value(row, 'failureReason') as FailureReason | null;
    if (reason === null) continue;
    const list = reasons.get(value(row, 'topic')!) ?? [];
    list.push({ reason, contacts: row.contacts });
    reasons.set(value(row, 'topic')!, list);
  }
  const topReason = (topicId: string): FailureReason | null => {
    const list = reasons.get(topicId) ?? [];
    list.sort(
      (a, b) =>
        b.contacts - a.contacts || FAILURE_REASONS.indexOf(a.reason) - FAILURE_REASONS.indexOf(b.reason),
    );
    return list[0]?.reason ?? null;
  };
  const ranked = rowsOf(rows, ['topic'])
    .filter((row) => row.failureDemand > 0)
    .map((row) => {
      const id = value(row, 'topic')!;
      return {
        ...topicRow(labels, id),
        contacts: row.contacts,
        failureDemand: shareFrom(row.failureDemand, row.contacts),
        failureDemandMinutes: Math.round(row.failureDemandSeconds / 60),
        seconds: row.failureDemandSeconds,
        topReason: topReason(id),
      };
    })
    .sort(
      (a, b) =>
        b.failureDemand.numerator - a.failureDemand.numerator ||
        b.seconds - a.seconds ||
        a.topicPath.localeCompare(b.topicPath, 'sv'),
    );
  return {
    totalFailureDemand: total.failureDemand,
    totalFailureDemandMinutes: Math.round(total.failureDemandSeconds / 60),
    rows: ranked.map(({ seconds: _seconds, ...row }, i) => ({ rank: i + 1, ...row })),
  };
}

// ---------------------------------------------------------------- department report

export function buildDepartmentReport(
  rows: readonly TallyRow[],
  forwardedIn: number,
  labels: AnalysisLabels,
  departmentId: string,
  filters: AnalysisFilters,
): DepartmentReport {
  const total = totalOf(rows);
  const days = byValue(rows, 'day') as Map<string, Tally>;
  const buckets = bucketsOf(filters.from, filters.to, 'month');
  const monthly = sumByBucket(days, buckets).map(({ tally }, i) => ({
    ...buckets[i]!,
    contacts: tally.contacts,
    failureDemand: tally.failureDemand,
  }));
  return {
    department: { departmentId, departmentName: departmentName(labels, departmentId) },
    from: filters.from,
    to: filters.to,
    contacts: total.contacts,
    failureDemand: shareFrom(total.failureDemand, total.contacts),
    failureReasons: reasonShares(rows, total.failureDemand),
    topics: topicPareto(rows, labels).map(({ tally, ...row }) => ({
      ...row,
      failureDemand: shareFrom(tally.failureDemand, tally.contacts),
    })),
    existingCases: shareFrom(total.existingCase, total.contacts),
    forwardedIn,
    needs: needShares(rows, total.contacts),
    monthly,
  };
}
