import { z } from 'zod';
import { Day } from '../http/dates.js';
import { FAILURE_REASONS, NEEDS } from '../../core/contacts/taxonomy.js';
import {
  IMPROVEMENT_STATUSES,
  MAX_BASELINE_WEEKS,
  MAX_TARGET_TOPICS,
  MIN_BASELINE_WEEKS,
} from '../../core/improvements/improvement.js';

const Status = z.enum(IMPROVEMENT_STATUSES);
const Title = z.string().trim().min(1).max(200);
const Problem = z.string().trim().min(1).max(4000);
const Notes = z.string().trim().max(8000);

export const IdParams = z.strictObject({ id: z.uuid() });

export const Targets = z.strictObject({
  /** Topics (each with the topics below it). */
  topicIds: z.array(z.uuid()).max(MAX_TARGET_TOPICS).default([]),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length).default([]),
  failureReasons: z.array(z.enum(FAILURE_REASONS)).max(FAILURE_REASONS.length).default([]),
});

export const CreateImprovementBody = z.strictObject({
  title: Title,
  problem: Problem,
  ownerUnitId: z.uuid(),
  targets: Targets,
  /** Default idea. A card created as done gives the day its change took effect. */
  status: Status.default('idea'),
  dueOn: Day.nullable().optional(),
  notes: Notes.optional(),
  implementedOn: Day.optional(),
  /** Whole weeks before this week the before is measured over (default 12). */
  baselineWeeks: z.number().int().min(MIN_BASELINE_WEEKS).max(MAX_BASELINE_WEEKS).optional(),
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
  })
  .refine((b) => Object.keys(b).length > 0, { params: { code: 'nothing_to_change' } });
export type ChangeImprovementBody = z.infer<typeof ChangeImprovementBody>;

export const MoveImprovementBody = z.strictObject({
  status: Status,
  /** Moving to done: the day the change took effect (default today). */
  implementedOn: Day.optional(),
});
export type MoveImprovementBody = z.infer<typeof MoveImprovementBody>;

const Week = z.object({ week: z.string(), contacts: z.number().int(), failureDemand: z.number().int() });
const Interval = z.object({ low: z.number(), high: z.number() });
const Verdict = z.enum(['improved', 'worsened', 'no_change', 'not_enough_data']);
const SharePeriod = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  share: z.number().nullable(),
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
  source: z.enum(['board', 'fix_first', 'signal']),
  sourceSignalId: z.uuid().nullable(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  statusChangedAt: z.iso.datetime(),
  before: z.object({ from: z.string(), to: z.string(), weeks: z.array(Week) }),
  implementedOn: z.string().nullable(),
  after: z.object({ from: z.string(), to: z.string(), weeks: z.array(Week) }).nullable(),
  /** null until the change took effect. */
  verdict: z
    .object({
      verdict: Verdict,
      isMixed: z.boolean(),
      /** The failure-demand share, pooled over each period, with the 95% interval of after - before. */
      share: z.object({
        verdict: Verdict,
        before: SharePeriod,
        after: SharePeriod,
        difference: z.number().nullable(),
        interval: Interval.nullable(),
        minimumN: z.number().int(),
      }),
      /** The weekly failure-demand contacts: the before weeks' XmR limits, the rules that fired after. */
      count: z.object({
        verdict: Verdict,
        beforePoints: z.number().int(),
        afterPoints: z.number().int(),
        limits: z
          .object({ centre: z.number(), upper: z.number(), lower: z.number(), sigma: z.number() })
          .nullable(),
        afterMean: z.number().nullable(),
        hits: z.array(z.object({ rule: z.string(), side: z.string().nullable(), index: z.number().int() })),
        minBeforePoints: z.number().int(),
        minAfterPoints: z.number().int(),
      }),
    })
    .nullable(),
});
export type ImprovementJson = z.infer<typeof ImprovementJson>;
export const BoardJson = z.object({ improvements: z.array(ImprovementJson) });
