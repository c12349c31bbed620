import { z } from 'zod';
import { Day } from '../http/dates.js';
import { FAILURE_REASONS, NEEDS } from '../../core/contacts/taxonomy.js';
import {
  IMPROVEMENT_STATUSES,
  MAX_BASELINE_WEEKS,
  MAX_CYCLE_WEEKS,
  MIN_CYCLE_WEEKS,
  MAX_TARGET_TOPICS,
  MIN_BASELINE_WEEKS,
} from '../../core/improvements/improvement.js';
import { parseSurveyScope, SURVEY_MEASURES } from '../../core/surveys/survey-measures.js';

const Status = z.enum(IMPROVEMENT_STATUSES);
const Title = z.string().trim().min(1).max(200);
const Problem = z.string().trim().min(1).max(4000);
const Notes = z.string().trim().max(8000);

/** A recurring cycle the verdict compares within: its length in weeks and a day one began (an invoice day). */
export const Cycle = z.strictObject({
  weeks: z.number().int().min(MIN_CYCLE_WEEKS).max(MAX_CYCLE_WEEKS),
  startsOn: Day,
});

export const IdParams = z.strictObject({ id: z.uuid() });

export const Targets = z.strictObject({
  /** Topics (each with the topics below it). */
  topicIds: z.array(z.uuid()).max(MAX_TARGET_TOPICS).default([]),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length).default([]),
  failureReasons: z.array(z.enum(FAILURE_REASONS)).max(FAILURE_REASONS.length).default([]),
});

/** A survey measure whose before/after the card shows (core/surveys/survey-measures.ts). */
export const SurveyTarget = z.strictObject({
  measure: z.enum(SURVEY_MEASURES),
  scope: z.string().refine((s) => parseSurveyScope(s) !== null, { params: { code: 'invalid_format' } }),
});

export const CreateImprovementBody = z.strictObject({
  title: Title,
  problem: Problem,
  ownerUnitId: z.uuid(),
  targets: Targets,
  /** A survey measure to follow before and after (the targets may then be empty). */
  survey: SurveyTarget.nullable().optional(),
  /** Default idea. A card created as done gives the day its change took effect. */
  status: Status.default('idea'),
  dueOn: Day.nullable().optional(),
  notes: Notes.optional(),
  implementedOn: Day.optional(),
  /** Whole weeks before this week the before is measured over (default 12). */
  baselineWeeks: z.number().int().min(MIN_BASELINE_WEEKS).max(MAX_BASELINE_WEEKS).optional(),
  /** A recurring cycle such as an invoice run (none by default). */
  cycle: Cycle.nullable().optional(),
  /** Where it was started from: the "fix first" list, or a signal (give its id). */
  source: z.enum(['board', 'fix_first', 'signal']).optional(),
  sourceSignalId: z.uuid().optional(),
});
export type CreateImprovementBody = z.infer<typeof CreateImprovementBody>;

export const ChangeImprovementBody = z
  .strictObject({
    title: Title.optional(),
    problem: Problem.optional(),
    ownerUnitId: z.uuid().optional(),
    dueOn: Day.nullable().optional(),
    notes: Notes.optional(),
    /** Only for a done or evaluated improvement: when its change really took effect. */
    implementedOn: Day.optional(),
    /** The recurring cycle; null removes it. */
    cycle: Cycle.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { params: { code: 'nothing_to_change' } });
export type ChangeImprovementBody = z.infer<typeof ChangeImprovementBody>;

export const MoveImprovementBody = z.strictObject({
  status: Status,
  /** Moving to done: the day the change took effect (default today). */
  implementedOn: Day.optional(),
});
export type MoveImprovementBody = z.infer<typeof MoveImprovementBody>;

const Week = z.object({
  week: z.string(),
  contacts: z.number().int(),
  failureDemand: z.number().int(),
  allContacts: z.number().int(),
});
const Interval = z.object({ low: z.number(), high: z.number() });
const Verdict = z.enum(['improved', 'worsened', 'no_change', 'not_enough_data']);
const SharePeriod = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  share: z.number().nullable(),
});

const SurveySide = z.object({
  from: z.string(),
  to: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
  interval: Interval.nullable(),
});

export const ImprovementJson = z.object({
  id: z.uuid(),
  title: z.string(),
  problem: z.string(),
  owner: z.object({ unitId: z.uuid(), name: z.string() }),
  status: Status,
  dueOn: z.string().nullable(),
  notes: z.string(),
  targets: z.object({
    topicIds: z.array(z.uuid()),
    needs: z.array(z.enum(NEEDS)),
    failureReasons: z.array(z.enum(FAILURE_REASONS)),
  }),
  cycle: z.object({ weeks: z.number().int(), startsOn: z.string() }).nullable(),
  source: z.enum(['board', 'fix_first', 'signal', 'department_answer']),
  sourceSignalId: z.uuid().nullable(),
  /** The department's answer (its invitation) whose "one thing" started the card. */
  sourceAnswerId: z.uuid().nullable(),
  /** The survey measure's before (the card's before weeks) and after (its after weeks), judged by core's surveyChange. */
  survey: z
    .object({
      measure: z.enum(SURVEY_MEASURES),
      scope: z.string(),
      before: SurveySide,
      after: SurveySide.nullable(),
      difference: z.number().nullable(),
      interval: Interval.nullable(),
      verdict: Verdict,
      minimumN: z.number().int(),
    })
    .nullable(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  statusChangedAt: z.iso.datetime(),
  before: z.object({ from: z.string(), to: z.string(), weeks: z.array(Week) }),
  implementedOn: z.string().nullable(),
  after: z.object({ from: z.string(), to: z.string(), weeks: z.array(Week) }).nullable(),
  /** null until the change took effect (core/improvements/improvement-verdict.ts). */
  verdict: z
    .object({
      verdict: Verdict,
      /** The primary evidence: targeted failure demand after the change against the comparison weeks. */
      volume: z.object({
        verdict: Verdict,
        comparison: z.enum(['year_before', 'cycle', 'other_contacts']),
        reason: z.enum(['too_few_after_weeks', 'too_few_compared', 'too_few_weeks']).nullable(),
        afterWeeks: z.number().int(),
        comparedWeeks: z.number().int(),
        afterFailureDemand: z.number().int(),
        comparedFailureDemand: z.number().int(),
        /** after / expected without the change, with its 95% interval. */
        estimate: z
          .object({
            ratio: z.number(),
            interval: Interval,
            observed: z.number().int(),
            expected: z.number(),
            compared: z.number().int(),
            dispersion: z.number(),
            degreesOfFreedom: z.number().int(),
            strata: z.number().int(),
            afterWeeks: z.array(
              z.object({ week: z.string(), observed: z.number().int(), expected: z.number() }),
            ),
          })
          .nullable(),
        minAfterWeeks: z.number().int(),
        minComparedFailureDemand: z.number().int(),
      }),
      /** Secondary: targeted failure demand as a share of all contacts, compared weeks and after weeks pooled. */
      share: z.object({
        verdict: Verdict,
        before: SharePeriod,
        after: SharePeriod,
        difference: z.number().nullable(),
        interval: Interval.nullable(),
        minimumN: z.number().int(),
      }),
      shareDisagrees: z.boolean(),
      /** The same weeks a year before, when they are the comparison. */
      yearBefore: z.array(Week).nullable(),
    })
    .nullable(),
});
export type ImprovementJson = z.infer<typeof ImprovementJson>;
export const BoardJson = z.object({ improvements: z.array(ImprovementJson) });
