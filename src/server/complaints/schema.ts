import { z } from 'zod';
import {
  CATEGORY_KEY,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATES,
  COMPLAINT_TYPES,
} from '../../core/complaints/complaints.js';
import { MAX_DEADLINE_DAYS } from '../../core/complaints/deadlines.js';
import { Day } from '../http/dates.js';

export const IdParams = z.strictObject({ id: z.uuid() });

export const MAX_BODY = 8000;

const Optional = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

export const ContactDetailsBody = z.strictObject({
  name: Optional(200),
  email: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{3,40}$/)
    .nullable()
    .optional(),
  postalAddress: Optional(400),
});

export const RegisterBody = z.strictObject({
  type: z.enum(COMPLAINT_TYPES),
  categories: z.array(z.string().regex(CATEGORY_KEY)).max(6).default([]),
  /** From a logged contact: its channel, start, topic and unit are the defaults. */
  contactId: z.uuid().nullable().optional(),
  topicId: z.uuid().nullable().optional(),
  /** The owner unit; defaults to the topic's owner. */
  unitId: z.uuid().nullable().optional(),
  channel: z.enum(COMPLAINT_CHANNELS).nullable().optional(),
  receivedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  body: z.string().trim().min(1).max(MAX_BODY),
  anonymous: z.boolean().default(false),
  wantsAnswer: z.boolean().default(false),
  language: z.enum(['sv', 'en']).default('sv'),
  contact: ContactDetailsBody.nullable().optional(),
});

export const ListQuery = z.strictObject({
  type: z.enum(COMPLAINT_TYPES).optional(),
  category: z.string().regex(CATEGORY_KEY).optional(),
  unitId: z.uuid().optional(),
  topicId: z.uuid().optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  state: z.enum(COMPLAINT_STATES).optional(),
  from: Day.optional(),
  to: Day.optional(),
  improvementId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const StateBody = z.strictObject({
  state: z.enum(COMPLAINT_STATES),
  note: z.string().trim().min(1).max(2000).optional(),
  /** What was done: recorded when closing. */
  measures: z.string().trim().min(1).max(4000).optional(),
});

export const AnswerBody = z.strictObject({
  text: z.string().trim().min(1).max(MAX_BODY),
  /** E-mail it to the citizen when they gave an address. */
  send: z.boolean().default(true),
});

export const ImprovementBody = z.strictObject({ improvementId: z.uuid().nullable() });

export const RegisteredJson = z.object({ id: z.uuid(), registrationNumber: z.string() });

export const CaseJson = z.object({
  id: z.uuid(),
  registrationNumber: z.string(),
  type: z.enum(COMPLAINT_TYPES),
  categories: z.array(z.string()),
  topicId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  channel: z.enum(COMPLAINT_CHANNELS),
  receivedAt: z.string(),
  receivedDay: z.string(),
  body: z.string(),
  /** Kinds of personal data found in the text, for the handler's attention. */
  personalData: z.array(z.string()),
  anonymous: z.boolean(),
  wantsAnswer: z.boolean(),
  hasContactDetails: z.boolean(),
  language: z.string(),
  state: z.enum(COMPLAINT_STATES),
  acknowledgeBy: z.string(),
  answerBy: z.string(),
  acknowledgedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  contactId: z.uuid().nullable(),
  improvementId: z.uuid().nullable(),
});

export const CaseListJson = z.object({ cases: z.array(CaseJson), nextCursor: z.string().nullable() });

export const OneCaseJson = CaseJson.extend({
  answer: z.string().nullable(),
  answerSentAt: z.string().nullable(),
  measures: z.string().nullable(),
  mayHandle: z.boolean(),
  contact: z
    .object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      postalAddress: z.string().nullable(),
    })
    .nullable(),
  history: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      kind: z.string(),
      fromState: z.string().nullable(),
      toState: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const AnswerJson = z.object({ mail: z.enum(['sent', 'no_address', 'no_mailer', 'failed', 'not_asked']) });

export const CategoriesJson = z.object({
  categories: z.array(z.object({ key: z.string(), sv: z.string(), en: z.string(), retired: z.boolean() })),
});

export const CategoriesBody = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        key: z.string().regex(CATEGORY_KEY),
        sv: z.string().trim().min(1).max(120),
        en: z.string().trim().min(1).max(120),
      }),
    )
    .min(1)
    .max(30),
});

const Rule = z.strictObject({
  acknowledgeDays: z.number().int().min(0).max(MAX_DEADLINE_DAYS),
  answerDays: z.number().int().min(0).max(MAX_DEADLINE_DAYS),
});

export const SettingsJson = z.strictObject({
  deadlines: z.strictObject({ complaint: Rule, praise: Rule, suggestion: Rule, question: Rule }),
  formOpen: z.boolean(),
});
