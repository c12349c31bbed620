import { z } from 'zod';
import { Day } from '../http/dates.js';
import { isSupportedDay } from '../../core/contacts/calendar-day.js';
import { GOAL_AREAS, MEASURES, parseMeasureScope } from '../../core/signals/measures.js';
import { RULES } from '../../core/signals/rules.js';
import { dayCount } from '../../core/analysis/periods.js';
import { PERIOD_DAYS_MAX } from '../analysis/schema.js';

const Measure = z.enum(MEASURES);
/**
 * `all`, `group:<id>` or `queue:<id>` (GET /api/telephony/scopes), queues only for the telephony's
 * measures; `survey:<id>:dimension:<dimension>` or `survey:<id>:question:<key>` for a survey measure.
 */
const ScopeText = z
  .string()
  .default('all')
  .refine((s) => parseMeasureScope(s) !== null, { params: { code: 'invalid_format' } });
const Direction = z.enum(['at_least', 'at_most']);
const Level = z.enum(['day', 'week', 'month', 'tertial', 'year']);
const Area = z.enum(GOAL_AREAS);
/** A share as a fraction (0.85), a count, or seconds; the range per unit is checked by the service. */
const Target = z.number().min(0).max(10_000_000);
const MinimumN = z.number().int().min(1).max(100_000);

export const IdParams = z.strictObject({ id: z.uuid() });

export const GoalsQuery = z.strictObject({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const CreateGoalBody = z.strictObject({
  measure: Measure,
  scope: ScopeText,
  target: Target,
  /** Default: toward the measure's better side (at_least for a capacity count). */
  direction: Direction.optional(),
  level: Level,
  area: Area,
  validFrom: Day,
  validTo: Day.nullable().default(null),
  /** Default: the person creating the goal. */
  ownerUserId: z.uuid().optional(),
  minimumN: MinimumN.default(30),
});
export type CreateGoalBody = z.infer<typeof CreateGoalBody>;

export const ChangeGoalBody = z
  .strictObject({
    target: Target.optional(),
    direction: Direction.optional(),
    level: Level.optional(),
    area: Area.optional(),
    validFrom: Day.optional(),
    validTo: Day.nullable().optional(),
    ownerUserId: z.uuid().optional(),
    minimumN: MinimumN.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { params: { code: 'nothing_to_change' } });
export type ChangeGoalBody = z.infer<typeof ChangeGoalBody>;

export const GoalJson = z.object({
  id: z.uuid(),
  measure: Measure,
  unit: z.enum(['count', 'seconds', 'share', 'index', 'grade']),
  isCapacity: z.boolean(),
  scope: z.string(),
  target: z.number(),
  direction: Direction,
  level: Level,
  area: Area,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  minimumN: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable(),
});
export const GoalListJson = z.object({ goals: z.array(GoalJson) });

const Interval = z.object({ low: z.number(), high: z.number() });
const Evidence = z.enum(['clearly_met', 'clearly_missed', 'within_interval']);

export const StatusQuery = z.strictObject({
  /** The day whose periods are judged; default today in the municipality's time zone. */
  day: Day.optional(),
});

export const GoalStatusJson = z.object({
  day: z.string(),
  goals: z.array(
    z.object({
      goal: GoalJson,
      /** The goal's period holding the day ("2026-W11", "2026-T1"...), from its first day to the day. */
      period: z.object({ key: z.string(), from: z.string(), to: z.string(), through: z.string() }),
      status: z.enum(['met', 'missed', 'not_enough_data']),
      /** The period's share, mean time or count so far; null when there was nothing to measure. */
      value: z.number().nullable(),
      n: z.number().int(),
      /** Survey measures: the period's 95% interval, and whether the whole of it is on one side of the target. */
      interval: Interval.nullable().optional(),
      evidence: Evidence.nullable().optional(),
      /** The last complete period before it (last week on a Monday), judged: the judgement that counts. */
      lastComplete: z
        .object({
          period: z.object({ key: z.string(), from: z.string(), to: z.string(), through: z.string() }),
          status: z.enum(['met', 'missed', 'not_enough_data']),
          value: z.number().nullable(),
          n: z.number().int(),
          interval: Interval.nullable().optional(),
          evidence: Evidence.nullable().optional(),
        })
        .optional(),
    }),
  ),
});

type Period = { from: string; to: string };
const periodChecks = <T extends z.ZodType<Period>>(schema: T) =>
  schema
    .refine((q) => !isSupportedDay(q.from) || !isSupportedDay(q.to) || q.from <= q.to, {
      path: ['to'],
      params: { code: 'date_range_reversed' },
    })
    .refine(
      (q) =>
        !isSupportedDay(q.from) ||
        !isSupportedDay(q.to) ||
        q.from > q.to ||
        dayCount(q.from, q.to) <= PERIOD_DAYS_MAX,
      { path: ['to'], params: { code: 'period_too_long' } },
    );

export const ChartQuery = periodChecks(
  z.strictObject({ measure: Measure, scope: ScopeText, from: Day, to: Day }),
);
export type ChartQuery = z.infer<typeof ChartQuery>;

export const BaselineBody = periodChecks(
  z.strictObject({
    measure: Measure,
    scope: ScopeText,
    from: Day,
    to: Day,
    /** Why the limits change here: "after the new call-back routine" (shown on the chart). */
    reason: z.string().trim().min(1).max(500),
  }),
);
export type BaselineBody = z.infer<typeof BaselineBody>;

export const BaselinesQuery = z.strictObject({
  measure: Measure.optional(),
  scope: ScopeText.optional(),
});

export const BaselineJson = z.object({
  id: z.uuid(),
  measure: Measure,
  scope: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  setBy: z.object({ id: z.uuid(), name: z.string() }),
  setAt: z.iso.datetime(),
});
export const BaselineListJson = z.object({ baselines: z.array(BaselineJson) });

const Limits = z.object({
  centre: z.number(),
  /** XmR: the natural process limits; null for a p-chart, whose limits follow each day's n (see points). */
  upper: z.number().nullable(),
  lower: z.number().nullable(),
  /** XmR: MR̄ and the moving range chart's upper limit. */
  averageMovingRange: z.number().nullable(),
  movingRangeUpper: z.number().nullable(),
  /** p-chart: the pooled baseline counts behind p̄. */
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** X-bar: the pooled standard deviation of the baseline's respondents (each point's sigma is it / √n). */
  standardDeviation: z.number().nullable(),
  /** Baseline points the limits come from. */
  points: z.number().int(),
});

export const ChartJson = z.object({
  measure: Measure,
  scope: z.string(),
  unit: z.enum(['count', 'seconds', 'share', 'index', 'grade']),
  kind: z.enum(['xmr', 'p', 'xbar']),
  /** What a point is: a day, or an ISO week (a survey measure; each point dated by its Sunday, with its week). */
  interval: z.enum(['day', 'week']),
  isCapacity: z.boolean(),
  better: z.enum(['higher', 'lower']).nullable(),
  from: z.string(),
  to: z.string(),
  points: z.array(
    z.object({
      day: z.string(),
      /** The ISO week ("2026-W11") of a weekly chart's point; null on a daily chart. */
      week: z.string().nullable(),
      value: z.number().nullable(),
      numerator: z.number(),
      denominator: z.number(),
      skipped: z.enum(['closed', 'no_data']).nullable(),
      /** Index into baselines; null when the chart has no baseline yet. */
      baseline: z.number().int().nullable(),
      isInBaseline: z.boolean(),
      limits: z
        .object({ centre: z.number(), sigma: z.number(), upper: z.number(), lower: z.number() })
        .nullable(),
      /** XmR only: |x - the previous plotted x|. */
      movingRange: z.number().nullable(),
    }),
  ),
  /** The baselines that govern the shown days, by start; each governs from startDay until the next. */
  baselines: z.array(
    BaselineJson.extend({
      /** The first day these limits govern, where the chart marks the change; null when no plotted day. */
      startDay: z.string().nullable(),
      points: z.number().int(),
      limits: Limits.nullable(),
      noLimitsReason: z.enum(['too_few_points', 'no_variation']).nullable(),
    }),
  ),
  signals: z.array(
    z.object({
      rule: z.enum(RULES as unknown as [string, ...string[]]),
      side: z.enum(['above', 'below', 'rising', 'falling']),
      /** The day the rule fired, and the days the pattern spans (within the shown days). */
      day: z.string(),
      fromDay: z.string(),
      toDay: z.string(),
      baseline: z.number().int(),
    }),
  ),
});
export type ChartJson = z.infer<typeof ChartJson>;
