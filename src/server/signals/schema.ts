import { z } from 'zod';
import { Day } from '../http/dates.js';
import { RULES } from '../../core/signals/rules.js';

export const IdParams = z.strictObject({ id: z.uuid() });

export const SignalsQuery = z.strictObject({
  /** open: not yet acknowledged (the default); all: acknowledged ones too. */
  status: z.enum(['open', 'all']).default('open'),
});

export const AcknowledgementBody = z.strictObject({
  /** acted: something was done; no_action_needed: looked at, nothing to do (say why). */
  action: z.enum(['acted', 'no_action_needed']),
  text: z.string().trim().min(1).max(2000),
});

export const RunBody = z
  .strictObject({
    /** The day evaluated; default yesterday in Sweden. */
    day: Day.optional(),
  })
  .default({});

export const SignalJson = z.object({
  id: z.uuid(),
  kind: z.enum(['rule', 'goal_missed']),
  measure: z.string(),
  scope: z.string(),
  rule: z.enum(RULES).nullable(),
  goalId: z.uuid().nullable(),
  day: z.string(),
  period: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  raisedAt: z.iso.datetime(),
  acknowledgement: z
    .object({
      action: z.enum(['acted', 'no_action_needed']),
      text: z.string(),
      at: z.iso.datetime(),
      by: z.object({ id: z.uuid(), name: z.string() }),
    })
    .nullable(),
});
export type SignalJson = z.infer<typeof SignalJson>;

export const SignalListJson = z.object({ signals: z.array(SignalJson) });

export const SubscriptionJson = z.object({
  isSubscribed: z.boolean(),
  since: z.iso.datetime().nullable(),
});

export const RunJson = z.object({
  day: z.string(),
  signals: z.array(SignalJson),
  mailed: z.number().int(),
});
