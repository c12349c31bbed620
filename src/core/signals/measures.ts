/**
 * The measures that can be charted and made goals (issue #6), one registry for the API, the
 * goals' validation and the migration's CHECK constraints (0008_goals.sql repeats the keys and
 * the capacity list; an integration test keeps the two equal). docs/metrics.md, "Goals and
 * control charts", explains each choice.
 *
 * - Telephony, phone contacts, visitors and e-mails reuse the weekly report's keys and formulas
 *   (telephony/weekly-report.ts, measureParts); the contact measures reuse the analyses' keys
 *   and formulas (analysis/build.ts, measureOf).
 * - Unit: 'share' (a fraction 0..1, numerator of denominator), 'seconds' (a mean time: total
 *   seconds over the events timed), 'count' (a number of events in the period).
 * - Chart: shares get a p-chart (limits follow each day's denominator), counts and times an
 *   XmR chart.
 * - Capacity: every count and every time is a capacity measure (calls, contacts, visitors,
 *   e-mails, queue time as load): it says how much work came, not how well it was met. It may
 *   be a goal only in the area 'accessible'. Shares are not capacity.
 * - Calendar: 'staffed' measures happen only when the contact centre is open (calls, visits,
 *   phone contacts): traffic on a closed day is a data issue. 'continuous' measures keep
 *   arriving on closed days (e-mails, e-service and other contacts). Decision: control charts
 *   skip closed days for both, because a chart of a process staffed on weekdays compares like
 *   days only (a Sunday's three e-mails beside a Monday's sixty would inflate the moving range
 *   and hide real signals); a goal's period figure counts every day, closed ones included, as the
 *   weekly report's week does (an e-mail that came on Sunday was still received).
 * - Better: which way is an improvement; null for a capacity count, where neither is.
 * - Surveys (issue #15, core/surveys/survey-measures.ts): a survey's index (0-100 points), mean
 *   (a grade 1-5) and share satisfied, of a dimension or a question, in a survey scope. None is
 *   capacity (goals in every area, pleasant and trustworthy above all); higher is better; charted
 *   per ISO week (answers are tens a week, not hundreds a day): the index and the mean on an
 *   X-bar chart with limits from the respondents' standard deviation and each week's n
 *   (xbar-chart.ts), the share on the p-chart. Continuous: citizens answer on any day.
 */
import { MEASURE_UNITS, TELEPHONY_MEASURES, WEEKLY_MEASURES } from '../telephony/weekly-report.js';
import { TREND_MEASURES } from '../analysis/types.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import type { GoalDirection, GoalLevel } from './goal-check.js';
import type { Better } from './verdict.js';
import {
  formatSurveyScope,
  isSurveyMeasure,
  parseSurveyScope,
  SURVEY_MEASURES,
  type SurveyScope,
} from '../surveys/survey-measures.js';
import { formatScope, parseScope, type Scope } from '../telephony/scope.js';

/** 'index': SKR's 0-100 points; 'grade': a mean on the 1-5 scale. */
export type MeasureUnit = 'count' | 'seconds' | 'share' | 'index' | 'grade';
export type ChartKind = 'xmr' | 'p' | 'xbar';
export type MeasureSource = 'telephony' | 'contacts' | 'visitors' | 'email' | 'survey';
export type MeasureCalendar = 'staffed' | 'continuous';
/** What one point of the measure's control chart is: a calendar day, or an ISO week. */
export type ChartInterval = 'day' | 'week';

export const MEASURES = [...WEEKLY_MEASURES, ...TREND_MEASURES, ...SURVEY_MEASURES] as const;
export type MeasureKey = (typeof MEASURES)[number];

export interface MeasureDefinition {
  key: MeasureKey;
  unit: MeasureUnit;
  chart: ChartKind;
  isCapacity: boolean;
  source: MeasureSource;
  calendar: MeasureCalendar;
  better: Better | null;
  /** Telephony measures can be about a queue group or a queue; the others are the whole municipality's. */
  hasQueueScope: boolean;
  /** Survey measures are always about one survey's dimension or question (`survey:<id>:...`). */
  hasSurveyScope: boolean;
  interval: ChartInterval;
}

const SOURCES: Partial<Record<MeasureKey, MeasureSource>> = {
  phoneContacts: 'contacts',
  resolutionRate: 'contacts',
  resolvedHandlingShare: 'contacts',
  resolvedSpecialistShare: 'contacts',
  forwardedShare: 'contacts',
  unresolvedShare: 'contacts',
  visitors: 'visitors',
  emailsDue: 'email',
  emailsWithinShare: 'email',
};

const BETTER: Partial<Record<MeasureKey, Better>> = {
  abandoned: 'lower',
  turnedAway: 'lower',
  availability: 'higher',
  meanQueueSeconds: 'lower',
  answeredOver120: 'lower',
  answeredWithinShare: 'higher',
  resolutionRate: 'higher',
  forwardedShare: 'lower',
  unresolvedShare: 'lower',
  emailsWithinShare: 'higher',
  failure_demand_share: 'lower',
  first_contact_resolution: 'higher',
  existing_case_share: 'lower',
  forwarded_share: 'lower',
};

function define(key: MeasureKey): MeasureDefinition {
  if (isSurveyMeasure(key)) {
    const unit: MeasureUnit = key === 'survey_index' ? 'index' : key === 'survey_mean' ? 'grade' : 'share';
    return {
      key,
      unit,
      chart: unit === 'share' ? 'p' : 'xbar',
      isCapacity: false,
      source: 'survey',
      calendar: 'continuous',
      better: 'higher',
      hasQueueScope: false,
      hasSurveyScope: true,
      interval: 'week',
    };
  }
  const isTrend = (TREND_MEASURES as readonly string[]).includes(key);
  const unit: MeasureUnit = isTrend
    ? key === 'contacts'
      ? 'count'
      : 'share'
    : MEASURE_UNITS[key as (typeof WEEKLY_MEASURES)[number]];
  const isTelephony = TELEPHONY_MEASURES.has(key as (typeof WEEKLY_MEASURES)[number]);
  const source: MeasureSource = isTrend
    ? 'contacts'
    : isTelephony
      ? 'telephony'
      : (SOURCES[key] ?? 'telephony');
  // E-mails and the contacts of every channel (e-service included) arrive on closed days too.
  const calendar: MeasureCalendar = source === 'email' || isTrend ? 'continuous' : 'staffed';
  return {
    key,
    unit,
    chart: unit === 'share' ? 'p' : 'xmr',
    isCapacity: unit !== 'share',
    source,
    calendar,
    better: BETTER[key] ?? null,
    hasQueueScope: isTelephony,
    hasSurveyScope: false,
    interval: 'day',
  };
}

export const MEASURE_DEFINITIONS: Readonly<Record<MeasureKey, MeasureDefinition>> = Object.fromEntries(
  MEASURES.map((key) => [key, define(key)]),
) as Record<MeasureKey, MeasureDefinition>;

export function isMeasureKey(value: string): value is MeasureKey {
  return (MEASURES as readonly string[]).includes(value);
}

/** The capacity measures, for the migration's CHECK and its test. */
export const CAPACITY_MEASURES: readonly MeasureKey[] = MEASURES.filter(
  (m) => MEASURE_DEFINITIONS[m].isCapacity,
);

export const GOAL_AREAS = ['accessible', 'pleasant', 'trustworthy'] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

/** The largest target a count or a time may have (a day has 86,400 seconds; no centre gets ten million calls). */
export const MAX_COUNT_TARGET = 10_000_000;
export const MAX_SECONDS_TARGET = 86_400;
export const MAX_MINIMUM_N = 100_000;

/** The range of a target in each unit: a share 0..1, an index 0..100 points, a grade 1..5. */
const TARGET_RANGES: Record<MeasureUnit, [number, number]> = {
  share: [0, 1],
  seconds: [0, MAX_SECONDS_TARGET],
  count: [0, MAX_COUNT_TARGET],
  index: [0, 100],
  grade: [1, 5],
};

/** The default direction of a new goal: toward the better side, at_least for a capacity count. */
export function defaultDirection(measure: MeasureKey): GoalDirection {
  return MEASURE_DEFINITIONS[measure].better === 'lower' ? 'at_most' : 'at_least';
}

export interface GoalDraft {
  measure: MeasureKey;
  /** 'all', or 'group:<id>' / 'queue:<id>' (telephony/scope.ts) for a telephony measure. */
  scope: string;
  target: number;
  direction: GoalDirection;
  level: GoalLevel;
  area: GoalArea;
  validFrom: CalendarDay;
  validTo: CalendarDay | null;
  minimumN: number;
}

export type GoalRefusalCode =
  | 'goal_capacity_area'
  | 'scope_not_for_measure'
  | 'target_out_of_range'
  | 'target_not_whole'
  | 'date_range_reversed'
  | 'too_small_number'
  | 'too_big_number';

export interface GoalRefusal {
  field: keyof GoalDraft;
  code: GoalRefusalCode;
}

/**
 * Every reason a goal cannot be saved, by field: a capacity measure outside 'accessible', a
 * queue scope on a measure that has none, a target outside its unit's range (a share 0..1, a
 * count a whole number 0..10,000,000, a time 0..86,400 seconds), a validity that ends before it
 * starts, a minimum n outside 1..100,000. Empty when the goal is valid.
 */
export function goalRefusals(goal: GoalDraft): GoalRefusal[] {
  const definition = MEASURE_DEFINITIONS[goal.measure];
  const refusals: GoalRefusal[] = [];
  if (definition.isCapacity && goal.area !== 'accessible') {
    refusals.push({ field: 'area', code: 'goal_capacity_area' });
  }
  const isSurveyScope = parseSurveyScope(goal.scope) !== null;
  if (
    definition.hasSurveyScope
      ? !isSurveyScope
      : isSurveyScope || (!definition.hasQueueScope && goal.scope !== 'all')
  ) {
    refusals.push({ field: 'scope', code: 'scope_not_for_measure' });
  }
  const [min, max] = TARGET_RANGES[definition.unit];
  if (!Number.isFinite(goal.target) || goal.target < min || goal.target > max) {
    refusals.push({ field: 'target', code: 'target_out_of_range' });
  } else if (definition.unit === 'count' && !Number.isInteger(goal.target)) {
    refusals.push({ field: 'target', code: 'target_not_whole' });
  }
  if (goal.validTo !== null && goal.validTo < goal.validFrom) {
    refusals.push({ field: 'validTo', code: 'date_range_reversed' });
  }
  if (!Number.isInteger(goal.minimumN) || goal.minimumN < 1) {
    refusals.push({ field: 'minimumN', code: 'too_small_number' });
  } else if (goal.minimumN > MAX_MINIMUM_N) {
    refusals.push({ field: 'minimumN', code: 'too_big_number' });
  }
  return refusals;
}

/**
 * One day's (or one period's) figure of a measure as two sums, so that periods add up exactly:
 * a share is numerator of denominator; a time is total seconds over the events timed; a count is
 * the count (numerator) and the events it stands on (denominator: the calls offered for a call
 * count, the count itself for contacts, visitors and e-mails), which is the goal's n; a survey's
 * index or mean is the sum of the respondents' points or grades over the respondents, with the
 * sum of their squares (for the standard deviation behind its interval and chart).
 */
export interface MeasureParts {
  numerator: number;
  denominator: number;
  squares?: number;
}

/** The period's parts: the days' sums (a pooled share, an exact mean time, a total count). */
export function addParts(days: readonly MeasureParts[]): MeasureParts {
  const sum = days.reduce(
    (sum, d) => ({ numerator: sum.numerator + d.numerator, denominator: sum.denominator + d.denominator }),
    { numerator: 0, denominator: 0 },
  );
  if (!days.some((d) => d.squares !== undefined)) return sum;
  return { ...sum, squares: days.reduce((a, d) => a + (d.squares ?? 0), 0) };
}

/**
 * The value of parts in the measure's unit, and its n. A share whose numerator exceeds its
 * denominator (more answered than offered: a data issue) has no value, like the weekly report.
 */
export function valueOfParts(unit: MeasureUnit, parts: MeasureParts): { value: number | null; n: number } {
  const { numerator, denominator } = parts;
  if (unit === 'count') return { value: numerator, n: denominator };
  if (denominator === 0) return { value: null, n: 0 };
  if (unit === 'share' && numerator > denominator) return { value: null, n: denominator };
  return { value: numerator / denominator, n: denominator };
}

/** What a measure is about: all, a queue group or queue (telephony), or a survey's dimension or question. */
export type MeasureScope = Scope | SurveyScope;

export function parseMeasureScope(text: string): MeasureScope | null {
  return parseScope(text) ?? parseSurveyScope(text);
}

export function formatMeasureScope(scope: MeasureScope): string {
  return scope.kind === 'survey' ? formatSurveyScope(scope) : formatScope(scope);
}
