import { z } from 'zod';
import { IsoWeekText } from '../http/dates.js';
import { parseScope } from '../../core/telephony/scope.js';
import { WEEKLY_MEASURES } from '../../core/telephony/weekly-report.js';

export const ScopeText = z
  .string()
  .default('all')
  .refine((s) => parseScope(s) !== null, { params: { code: 'invalid_format' } });

export const WeeklyReportQuery = z.strictObject({
  /** `all`, `group:<id>` or `queue:<id>` (GET /api/telephony/scopes). */
  scope: ScopeText,
  from: IsoWeekText,
  to: IsoWeekText,
  lang: z.enum(['sv', 'en']).optional(),
});

const Cell = z.object({
  week: z.string(),
  day: z.string().nullable(),
  value: z.number().nullable(),
  closed: z.boolean(),
  /** Today, a day to come, or outside the days the telephony data covers: not in the variation. */
  incomplete: z.boolean(),
  dataIssues: z.array(z.enum(['closed_day_traffic', 'answered_exceeds_offered', 'many_turned_away'])),
});

const Row = z.object({
  key: z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week']),
  mean: z.number().nullable(),
  goal: z.number().nullable(),
  lowest: z.number().nullable(),
  highest: z.number().nullable(),
  cells: z.array(Cell),
});

export const WeeklyReportJson = z.object({
  scope: z.object({ key: z.string(), kind: z.enum(['all', 'group', 'queue']), name: z.string().nullable() }),
  from: z.string(),
  to: z.string(),
  generatedAt: z.iso.datetime(),
  timeZone: z.string(),
  thresholds: z.object({
    shortAbandonSeconds: z.number(),
    answeredWithinSeconds: z.number(),
    emailLimitHours: z.number(),
  }),
  closedDays: z.array(z.object({ day: z.string(), reason: z.string() })),
  weeks: z.array(z.string()),
  visitorSources: z.object({ entered: z.number().int(), logged: z.number().int() }),
  rowKeys: z.array(Row.shape.key),
  measures: z.array(
    z.object({
      measure: z.enum(WEEKLY_MEASURES),
      unit: z.enum(['count', 'share', 'seconds']),
      rows: z.array(Row),
    }),
  ),
  dataIssues: z.array(
    z.object({
      kind: z.enum(['closed_day_traffic', 'answered_exceeds_offered', 'many_turned_away']),
      week: z.string(),
      day: z.string().nullable(),
    }),
  ),
});
