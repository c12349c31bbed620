import { z } from 'zod';
import { CHANNELS, NEEDS } from '../../core/contacts/taxonomy.js';
import { DIMENSIONS, MAX_FREE_TEXT, QUESTION_KINDS } from '../../core/surveys/questions.js';
import { TEMPLATE_KEYS } from '../../core/surveys/templates.js';

export const IdParams = z.strictObject({ id: z.uuid() });

const Text = z.strictObject({ sv: z.string().max(500), en: z.string().max(500).optional() });

export const Question = z.strictObject({
  key: z.string().max(40),
  kind: z.enum(QUESTION_KINDS),
  text: Text,
  ends: z.strictObject({ low: Text, high: Text }).optional(),
  choices: z
    .array(z.strictObject({ key: z.string().max(40), label: Text }))
    .max(20)
    .optional(),
  dimension: z.enum(DIMENSIONS).optional(),
  required: z.boolean().optional(),
  condition: z
    .strictObject({ question: z.string().max(40), anyOf: z.array(z.string().max(40)).max(20) })
    .optional(),
});

export const Definition = z.strictObject({ questions: z.array(Question).max(30) });

const Window = z.strictObject({
  fromMinute: z.number().int(),
  toMinute: z.number().int(),
  days: z.enum(['every_day', 'not_sundays_or_holidays']),
});

export const Rules = z.strictObject({
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
  topics: z.array(z.uuid()).max(500).nullable(),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length).nullable(),
  samplingShare: z.number(),
  quarantineDays: z.number().int(),
  dailyCap: z.number().int().nullable(),
  delayMinutes: z.number().int(),
  windows: z.strictObject({ email: Window, sms: Window }),
});

const Name = z.string().trim().min(1).max(200);
const Status = z.enum(['draft', 'active', 'paused', 'closed']);

export const CreateSurveyBody = z.strictObject({
  template: z.enum(TEMPLATE_KEYS),
  /** Default: the template's Swedish name. */
  name: Name.optional(),
});

export const ChangeSurveyBody = z.strictObject({
  name: Name.optional(),
  nameEn: Name.nullable().optional(),
  status: Status.optional(),
  rules: Rules.optional(),
  linkValidDays: z.number().int().min(1).max(60).optional(),
  reminderAfterDays: z.number().int().min(1).max(30).nullable().optional(),
});

export const LinkBody = z.strictObject({
  /** The contact the answers will be read by (its channel, topic, need, unit, resolution, day). */
  contactId: z.uuid().nullable().default(null),
});

export const SurveyJson = z.object({
  id: z.uuid(),
  templateKey: z.enum(TEMPLATE_KEYS).nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  audience: z.enum(['citizens', 'departments']),
  status: Status,
  rules: Rules,
  linkValidDays: z.number(),
  reminderAfterDays: z.number().nullable(),
  version: z.number(),
  definition: Definition,
  invitations: z.number(),
  answered: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type SurveyJson = z.infer<typeof SurveyJson>;

export const SurveyListJson = z.object({ surveys: z.array(SurveyJson) });

export const LinkJson = z.object({
  /** The link's token: shown once, never stored. */
  token: z.string(),
  path: z.string(),
  expiresAt: z.date(),
});

export const AddressBody = z.strictObject({ address: z.string().max(300) });
export const AddressJson = z.object({ medium: z.enum(['email', 'sms']) });

export const TokenParams = z.strictObject({ token: z.string().max(64) });
export const AnswerParams = z.strictObject({ token: z.string().max(64), question: z.string().max(40) });
export const AnswerBody = z.strictObject({
  value: z.union([z.number(), z.string().max(MAX_FREE_TEXT * 2), z.array(z.string().max(40)).max(20)]),
});

const PublicQuestion = z.object({
  key: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  ends: z.object({ low: z.string(), high: z.string() }).nullable(),
  choices: z.array(z.object({ key: z.string(), label: z.string() })).nullable(),
  required: z.boolean(),
  asked: z.boolean(),
});

export const PublicSurveyJson = z.object({
  state: z.enum(['open', 'complete']),
  name: z.string(),
  questions: z.array(PublicQuestion),
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
  complete: z.boolean(),
});
export type PublicSurveyJson = z.infer<typeof PublicSurveyJson>;

export type CreateSurveyBody = z.infer<typeof CreateSurveyBody>;
export type ChangeSurveyBody = z.infer<typeof ChangeSurveyBody>;
