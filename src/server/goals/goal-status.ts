/**
 * Where we are on each goal (the start page): every goal valid on the day, judged by core's
 * checkGoal on its current period at its level (the day, its ISO week, month, tertial or year)
 * from the period's first day through the day. The period's figure adds up the days' sums
 * (signals/measures.ts, addParts): a pooled share, an exact mean time, a total count; closed
 * days count too, as in the weekly report's week (a call that came was offered).
 *
 * With `lastComplete` (the start page, issue #13), each goal is also judged on its last complete
 * period, the one before the period holding the day: on a Monday the week so far is a few hours
 * of data, so the judgement that matters is last week's, shown beside the week so far. A day
 * goal's last complete period is the last day the contact centre was open (a Monday's is the
 * Friday, not the closed Sunday: weekends, Swedish holidays and the municipality's own closed
 * days are skipped).
 *
 * A survey measure's judgement also gives its 95% interval over the period (Wilson's for the share
 * satisfied, the t interval for the index and the mean) and what the answers support: met or
 * missed clearly (the whole interval on that side of the target) or within the interval (the
 * figure is on one side, the noise of these answers reaches the other). Below the goal's minimum
 * n (default 30) it is "not enough data", however the few answers fell.
 */
import type { Actor } from '../../core/auth/roles.js';
import { addDays, lastOpenDayBefore } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import {
  checkGoal,
  goalPeriodBounds,
  type GoalCheck,
  type GoalObservation,
} from '../../core/signals/goal-check.js';
import {
  addParts,
  MEASURE_DEFINITIONS,
  parseMeasureScope,
  valueOfParts,
} from '../../core/signals/measures.js';
import {
  goalEvidence,
  isSurveyMeasure,
  surveyInterval,
  type GoalEvidence,
} from '../../core/surveys/survey-measures.js';
import type { Interval } from '../../core/analysis/statistics.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { Problem } from '../http/problem.js';
import { readClosedDays } from '../telephony/queries/closed-days.js';
import { readTelephonySettings } from '../telephony/queries/telephony-settings.js';
import { readGoalsValidOn, type GoalRow } from './queries/goals.js';
import { readMeasureSeries } from './read-measure-series.js';

export interface GoalJudgement {
  period: { key: string; from: string; to: string; through: string };
  status: GoalCheck['status'];
  value: number | null;
  n: number;
  /** Survey measures: the period's 95% interval, and what it supports (null when not judged). */
  interval?: Interval | null;
  evidence?: GoalEvidence | null;
}

export interface GoalStatus extends GoalJudgement {
  goal: GoalRow;
  /** The last complete period before the one holding the day, when asked for. */
  lastComplete?: GoalJudgement;
}

export async function goalStatus({
  db,
  actor,
  day,
  now = new Date(),
  lastComplete = false,
}: {
  db: Database;
  /** Only the tenant matters: goals are the team's (the daily evaluation passes its tenant). */
  actor: Pick<Actor, 'tenantId'>;
  day?: string | undefined;
  now?: Date;
  /** Judge each goal on its last complete period too. */
  lastComplete?: boolean;
}): Promise<{ day: string; goals: GoalStatus[] }> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const settings = await readTelephonySettings(client);
    const asOf = day ?? calendarDayOf(now, settings.timeZone);
    const goals = await readGoalsValidOn(client, asOf);
    const extraClosedDays = lastComplete ? (await readClosedDays(client)).map((c) => c.day) : [];
    const result: GoalStatus[] = [];
    const judge = async (
      goal: GoalRow,
      from: string,
      through: string,
    ): Promise<Omit<GoalJudgement, 'period'>> => {
      const unit = MEASURE_DEFINITIONS[goal.measure].unit;
      let parts = { numerator: 0, denominator: 0 };
      try {
        const series = await readMeasureSeries(client, {
          measure: goal.measure,
          scope: parseMeasureScope(goal.scope)!,
          from,
          to: through,
          now,
        });
        parts = addParts(series);
      } catch (error) {
        // A goal on a queue group removed since: nothing to measure.
        if (!(error instanceof Problem) || error.status !== 404) throw error;
      }
      const { value, n } = valueOfParts(unit, parts);
      // A share with more answered than offered (a data issue) has no value: not enough data.
      const observation: GoalObservation =
        unit === 'share' && value !== null
          ? { kind: 'share', numerator: parts.numerator, denominator: parts.denominator }
          : { kind: 'value', value, n };
      const check = checkGoal(
        { target: goal.target, direction: goal.direction, level: goal.level, minimumN: goal.minimumN },
        observation,
      );
      const judged = { status: check.status, value: check.value, n: check.n };
      if (!isSurveyMeasure(goal.measure)) return judged;
      const interval = surveyInterval(goal.measure, parts);
      const evidence =
        check.status === 'not_enough_data' ? null : goalEvidence(interval, goal.target, goal.direction);
      return { ...judged, interval, evidence };
    };
    for (const goal of goals) {
      const bounds = goalPeriodBounds(asOf, goal.level);
      const status: GoalStatus = {
        goal,
        period: { key: bounds.period, from: bounds.from, to: bounds.to, through: asOf },
        ...(await judge(goal, bounds.from, asOf)),
      };
      if (lastComplete) {
        const last =
          goal.level === 'day'
            ? goalPeriodBounds(lastOpenDayBefore(asOf, { extraClosedDays }), 'day')
            : goalPeriodBounds(addDays(bounds.from, -1), goal.level);
        status.lastComplete = {
          period: { key: last.period, from: last.from, to: last.to, through: last.to },
          ...(await judge(goal, last.from, last.to)),
        };
      }
      result.push(status);
    }
    return { day: asOf, goals: result };
  });
}
