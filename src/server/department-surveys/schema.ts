import { z } from 'zod';
import { isRoundPeriod } from '../../core/surveys/department-rounds.js';

export const SurveyParams = z.strictObject({ surveyId: z.uuid() });
export const AnswerParams = z.strictObject({ invitationId: z.uuid() });

export const OpenRoundBody = z.strictObject({
  /** '2026-T1' (a tertial), '2026-Q2' (a quarter) or '2026-H2' (a half year); default the tertial of today. */
  period: z
    .string()
    .refine((p) => isRoundPeriod(p), { params: { code: 'invalid_format' } })
    .optional(),
});

export const RoundJson = z.object({
  id: z.uuid(),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  invitations: z.number().int(),
  departments: z.number().int(),
});

export const RecipientBody = z.strictObject({
  departmentId: z.uuid(),
  address: z.string().trim().max(254).pipe(z.email()),
});

export const RecipientListJson = z.object({
  recipients: z.array(z.object({ departmentId: z.uuid(), departmentName: z.string(), address: z.string() })),
});

export const StartImprovementBody = z.strictObject({ title: z.string().trim().min(1).max(200) });

const Interval = z.object({ low: z.number(), high: z.number() }).nullable();
const Scale = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  meanInterval: Interval,
  index: z.number().nullable(),
  indexInterval: Interval,
  satisfied: z.number().int(),
  satisfiedShare: z.number().nullable(),
  satisfiedInterval: Interval,
  uncertain: z.boolean(),
});

export const DepartmentResultsJson = z.object({
  surveyId: z.uuid(),
  name: z.string(),
  rounds: z.array(
    z.object({
      id: z.uuid(),
      period: z.string(),
      fromDay: z.string(),
      toDay: z.string(),
      openedAt: z.iso.datetime(),
      invitations: z.number().int(),
      delivered: z.number().int(),
      answered: z.number().int(),
    }),
  ),
  /** Per department (id null: all departments together, for those who see them all), each round side by side. */
  departments: z.array(
    z.object({
      id: z.uuid().nullable(),
      name: z.string().nullable(),
      rounds: z.array(
        z.object({
          roundId: z.uuid(),
          respondents: z.number().int(),
          responseRate: z.object({
            delivered: z.number().int(),
            answered: z.number().int(),
            rate: z.number().nullable(),
            interval: Interval,
          }),
          /** The samarbete dimension (respondents' means over its questions) and each 1-5 question. */
          dimension: Scale.nullable(),
          questions: z.array(z.object({ key: z.string(), result: Scale })),
        }),
      ),
    }),
  ),
  changes: z.array(
    z.object({
      invitationId: z.uuid(),
      roundId: z.uuid(),
      departmentId: z.uuid(),
      text: z.string(),
      improvement: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    }),
  ),
  canStartImprovement: z.boolean(),
});
export type DepartmentResultsJson = z.infer<typeof DepartmentResultsJson>;

export const DepartmentSurveyListJson = z.object({
  surveys: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.string() })),
});
