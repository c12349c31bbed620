import { z } from 'zod';
import { Day } from '../http/dates.js';
import { TABLE_IDS } from '../../core/analysis/tables.js';
import { TREND_MEASURES } from '../../core/analysis/types.js';
import { isSupportedDay } from '../../core/contacts/calendar-day.js';
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../core/contacts/taxonomy.js';
import { dayCount } from '../../core/analysis/periods.js';

/** At most about three years in one analysis (the demo year beside the year before, and more). */
export const PERIOD_DAYS_MAX = 1100;

const filterShape = {
  /** First and last calendar day, inclusive, Europe/Stockholm. */
  from: Day,
  to: Day,
  channel: z.enum(CHANNELS).optional(),
  /** A unit (usually a department) and every unit below it: contacts whose topic it owned. */
  unitId: z.uuid().optional(),
  /** A topic and every topic below it. */
  topicId: z.uuid().optional(),
  need: z.enum(NEEDS).optional(),
  resolution: z.enum(RESOLUTIONS).optional(),
};

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
      {
        path: ['to'],
        params: { code: 'period_too_long' },
      },
    );

const Interval = z.enum(['week', 'month']).default('month');
const Lang = z.enum(['sv', 'en']).optional();
/** A chart's table (core/analysis/tables.ts TABLE_IDS; checked per analysis) and the file's language. */
const csvShape = { table: z.string().min(1).max(40), lang: Lang };

const analysisShape = { ...filterShape, interval: Interval };
export const AnalysisQuery = periodChecks(z.strictObject(analysisShape));
export const AnalysisCsvQuery = periodChecks(z.strictObject({ ...analysisShape, ...csvShape }));
export type AnalysisQuery = z.infer<typeof AnalysisQuery>;

const trendShape = { ...analysisShape, measure: z.enum(TREND_MEASURES).default('contacts') };
export const TrendQuery = periodChecks(z.strictObject(trendShape));
export const TrendCsvQuery = periodChecks(z.strictObject({ ...trendShape, ...csvShape }));
export type TrendQuery = z.infer<typeof TrendQuery>;

const baseChecks = <T extends z.ZodType<{ baseFrom?: string | undefined; baseTo?: string | undefined }>>(
  schema: T,
) =>
  schema
    .refine((q) => (q.baseFrom === undefined) === (q.baseTo === undefined), {
      path: ['baseTo'],
      params: { code: 'base_period_incomplete' },
    })
    .refine(
      (q) =>
        q.baseFrom === undefined ||
        q.baseTo === undefined ||
        !isSupportedDay(q.baseFrom) ||
        !isSupportedDay(q.baseTo) ||
        q.baseFrom <= q.baseTo,
      { path: ['baseTo'], params: { code: 'date_range_reversed' } },
    );
/** Without baseFrom and baseTo the base is the same dates a year before when it has data, else the period just before. */
const changeShape = {
  ...trendShape,
  interval: Interval.optional(),
  baseFrom: Day.optional(),
  baseTo: Day.optional(),
};
export const ChangeQuery = baseChecks(periodChecks(z.strictObject(changeShape)));
export const ChangeCsvQuery = baseChecks(periodChecks(z.strictObject({ ...changeShape, ...csvShape })));
export type ChangeQuery = z.infer<typeof ChangeQuery>;

const { unitId: _unitId, ...departmentShape } = filterShape;
export const DepartmentQuery = periodChecks(z.strictObject(departmentShape));
export const DepartmentFileQuery = periodChecks(
  z.strictObject({ ...departmentShape, ...csvShape, table: z.string().min(1).max(40).optional() }),
);
export type DepartmentQuery = z.infer<typeof DepartmentQuery>;
export const DepartmentParams = z.strictObject({ unitId: z.uuid() });

export { TABLE_IDS };
