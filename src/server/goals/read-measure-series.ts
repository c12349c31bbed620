/**
 * The daily series of a measure (core/signals/measures.ts) for control charts and goals: per
 * calendar day its two sums (numerator and denominator, MeasureParts), its value and n, and
 * whether the day is closed or not yet a whole day. Read from the rollups, never raw calls:
 * the weekly report's day figures (reports/read-day-inputs.ts, with core's measureParts) for
 * the telephony, phone contacts, visitors and e-mails; the analyses' tally of contacts per day
 * (analysis/queries/contact-tallies.ts, with core's measureOf) for the contact measures, over
 * every contact of the municipality (goals and charts are the team's); a survey measure's
 * respondents per day and value (queries/survey-day-values.ts, with core's surveyParts).
 */
import { measureOf } from '../../core/analysis/build.js';
import { rowsOf } from '../../core/analysis/tally.js';
import { daysBetween, isClosedDay } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOf, calendarDayRange } from '../../core/contacts/calendar-day.js';
import {
  MEASURE_DEFINITIONS,
  valueOfParts,
  type MeasureKey,
  type MeasureParts,
  type MeasureScope,
} from '../../core/signals/measures.js';
import { isSurveyMeasure, surveyParts } from '../../core/surveys/survey-measures.js';
import { measureParts, WEEKLY_MEASURES, type WeeklyMeasure } from '../../core/telephony/weekly-report.js';
import type { SqlClient } from '../../db/database.js';
import { readContactTallies } from '../analysis/queries/contact-tallies.js';
import { readDayInputs } from '../reports/read-day-inputs.js';
import { resolveScope } from '../reports/build-weekly-report.js';
import { readClosedDays } from '../telephony/queries/closed-days.js';
import { telephonyCoverage } from '../telephony/queries/telephony-coverage.js';
import { inDaySpans, type DaySpan } from '../../core/telephony/day-spans.js';
import { readTelephonySettings } from '../telephony/queries/telephony-settings.js';
import { surveyScopeQuestions } from './measure-scope.js';
import { readSurveyDayValues } from './queries/survey-day-values.js';

const isWeeklyMeasure = (measure: MeasureKey): measure is WeeklyMeasure =>
  (WEEKLY_MEASURES as readonly string[]).includes(measure);

export interface SeriesDay extends MeasureParts {
  day: string;
  /** The day's value in the measure's unit; null when there is nothing to measure, or the day is not over or not covered. */
  value: number | null;
  n: number;
  /** A weekend, a Swedish holiday or eve, or one of the municipality's own closed days. */
  isClosed: boolean;
  /**
   * The day is over and, for a telephony measure, inside the days the telephony data covers
   * (not imported is not zero). Charts plot complete days only; a goal's period to date adds
   * every day's sums.
   */
  isComplete: boolean;
}

export interface ReadMeasureSeriesOptions {
  measure: MeasureKey;
  scope: MeasureScope;
  from: string;
  to: string;
  now?: Date;
}

/** Every calendar day from..to, in order. 404 for a queue group or queue that does not exist. */
export async function readMeasureSeries(
  client: SqlClient,
  options: ReadMeasureSeriesOptions,
): Promise<SeriesDay[]> {
  const { measure, from, to } = options;
  const now = options.now ?? new Date();
  const definition = MEASURE_DEFINITIONS[measure];
  const settings = await readTelephonySettings(client);
  const closed = (await readClosedDays(client)).map((c) => c.day);
  const today = calendarDayOf(now, settings.timeZone);
  const days = daysBetween(from, to);
  let partsOf: (day: string) => MeasureParts;
  let coverage: { first: string; last: string; spans: DaySpan[] } | null | undefined;

  if (isSurveyMeasure(measure)) {
    // A survey's respondents per day and value; 404 when the survey or its part does not exist.
    if (options.scope.kind !== 'survey') throw new RangeError(`${measure} needs a survey scope`);
    const questions = await surveyScopeQuestions(client, options.scope);
    const rows = await readSurveyDayValues(client, options.scope.surveyId, from, to, questions);
    const byDay = new Map<string, { value: number; count: number }[]>();
    for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
    partsOf = (day) => surveyParts(measure, byDay.get(day) ?? []);
  } else if (options.scope.kind === 'survey') {
    throw new RangeError(`${measure} has no survey scope`);
  } else if (!isWeeklyMeasure(measure)) {
    // The analyses' contact measures: one tally per Stockholm day, inside every contact.
    const { start, end } = calendarDayRange(from, to);
    const rows = rowsOf(await readContactTallies(client, { start, end }, { kind: 'all' }, [['day']]), [
      'day',
    ]);
    const byDay = new Map(rows.map((r) => [r.values.day ?? '', r]));
    partsOf = (day) => {
      const tally = byDay.get(day);
      if (!tally) return { numerator: 0, denominator: 0 };
      // A count of contacts stands on itself (its n), not on the days measureOf divides by.
      if (measure === 'contacts') return { numerator: tally.contacts, denominator: tally.contacts };
      return measureOf(measure, tally, 1);
    };
  } else {
    const [{ tenant }] = (await client.query<{ tenant: string }>(
      `SELECT lots_current_tenant()::text AS tenant`,
    )) as [{ tenant: string }];
    const scope = await resolveScope(client, options.scope, tenant);
    const inputs = await readDayInputs(client, {
      scopeKind: options.scope.kind,
      scopeId: scope.id,
      from,
      to,
      settings,
      closedDays: closed,
      now,
      sources: new Set([definition.source as Exclude<typeof definition.source, 'survey'>]),
    });
    if (definition.source === 'telephony') coverage = await telephonyCoverage(client);
    partsOf = (day) => measureParts(inputs.get(day))[measure];
  }

  return days.map((day) => {
    const parts = partsOf(day);
    const isCovered = coverage === undefined || (coverage !== null && inDaySpans(day, coverage.spans));
    const isComplete = day < today && isCovered;
    const { value, n } = valueOfParts(definition.unit, parts);
    return {
      day,
      ...parts,
      value: isComplete ? value : null,
      n,
      isClosed: isClosedDay(day, { extraClosedDays: closed }),
      isComplete,
    };
  });
}
