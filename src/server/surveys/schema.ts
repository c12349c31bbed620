import { z } from 'zod';
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../core/contacts/taxonomy.js';
import { Day } from '../http/dates.js';
import { DIMENSIONS, MAX_FREE_TEXT, QUESTION_KINDS } from '../../core/surveys/questions.js';
import { TEMPLATE_KEYS } from '../../core/surveys/templates.js';
import { SURVEY_TABLE_IDS } from '../../core/surveys/result-tables.js';

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

const Interval = z.object({ low: z.number(), high: z.number() }).nullable();

const ScaleResult = z.object({
  n: z.number(),
  mean: z.number().nullable(),
  meanInterval: Interval,
  index: z.number().nullable(),
  indexInterval: Interval,
  satisfied: z.number(),
  satisfiedShare: z.number().nullable(),
  satisfiedInterval: Interval,
  distribution: z.array(z.number()),
  uncertain: z.boolean(),
  comparableWithSkr: z.boolean(),
});

const NpsResult = z.object({
  n: z.number(),
  promoters: z.number(),
  passives: z.number(),
  detractors: z.number(),
  score: z.number().nullable(),
  interval: Interval,
  mean: z.number().nullable(),
  meanInterval: Interval,
  distribution: z.array(z.number()),
  uncertain: z.boolean(),
});

const ChoiceShare = z.object({
  key: z.string(),
  count: z.number(),
  share: z.number().nullable(),
  interval: Interval,
});

const QuestionResult = z.union([
  z.object({
    key: z.string(),
    kind: z.literal('scale5'),
    dimension: z.enum(DIMENSIONS).nullable(),
    result: ScaleResult,
  }),
  z.object({ key: z.string(), kind: z.literal('nps'), result: NpsResult }),
  z.object({
    key: z.string(),
    kind: z.enum(['yes_no', 'one_choice', 'many_choices']),
    n: z.number(),
    choices: z.array(ChoiceShare),
  }),
  z.object({ key: z.string(), kind: z.literal('text'), n: z.number() }),
]);

const Results = z.object({
  respondents: z.number(),
  questions: z.array(QuestionResult),
  dimensions: z.array(
    z.object({ dimension: z.enum(DIMENSIONS), questions: z.array(z.string()), result: ScaleResult }),
  ),
});

const ResponseRate = z.object({
  delivered: z.number(),
  answered: z.number(),
  rate: z.number().nullable(),
  interval: Interval,
});

export const ResultsQuery = z.strictObject({
  from: Day,
  to: Day,
  version: z.coerce.number().int().min(1).max(100_000).optional(),
  channel: z.enum(CHANNELS).optional(),
  topicId: z.uuid().optional(),
  need: z.enum(NEEDS).optional(),
  unitId: z.uuid().optional(),
  resolution: z.enum(RESOLUTIONS).optional(),
  by: z.enum(['channel', 'need', 'unit', 'resolution', 'version', 'month']).optional(),
});

export type ResultsQuery = z.infer<typeof ResultsQuery>;

export const ResultsJson = z.object({
  surveyId: z.uuid(),
  version: z.number(),
  from: z.string(),
  to: z.string(),
  responseRate: ResponseRate,
  results: Results,
  groups: z
    .array(
      z.object({
        key: z.string().nullable(),
        label: z.string().nullable(),
        responseRate: ResponseRate,
        results: Results,
      }),
    )
    .nullable(),
  national: z.array(z.object({ question: z.string(), index: z.number() })),
});

export const MyFeedbackJson = z.object({
  items: z.array(
    z.object({
      contactDay: z.string(),
      channel: z.string(),
      topicName: z.string(),
      surveyName: z.string(),
      answeredAt: z.date(),
      answers: z.array(
        z.object({
          question: z.string(),
          kind: z.string(),
          value: z.union([z.number(), z.string(), z.array(z.string())]),
        }),
      ),
    }),
  ),
});

export const AnswersQuery = ResultsQuery.omit({ by: true }).extend({
  /** Only respondents with an answer that counts to this question... */
  question: z.string().max(40).optional(),
  /** ...of this value (a grade, 'yes'/'no', a choice key; for several choices, one of them). */
  value: z.string().max(40).optional(),
  /** Only respondents with a score in this dimension. */
  dimension: z.enum(DIMENSIONS).optional(),
  /** With question (a scale) or dimension: only the satisfied (4-5; 9-10), or only the others. */
  satisfied: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const Named = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const AnswersJson = z.object({
  items: z.array(
    z.object({
      /** The invitation's id: stable, names nobody. */
      id: z.uuid(),
      day: z.string(),
      channel: z.string().nullable(),
      topic: Named,
      need: z.string().nullable(),
      unit: Named,
      resolution: z.string().nullable(),
      answeredAt: z.date().nullable(),
      answers: z.array(
        z.object({
          question: z.string(),
          kind: z.enum(QUESTION_KINDS),
          value: z.union([z.number(), z.string(), z.array(z.string())]),
        }),
      ),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const ResultsFileQuery = ResultsQuery.extend({
  /** Labels in Swedish or English (default: Accept-Language). */
  lang: z.enum(['sv', 'en']).optional(),
});

export const ResultsCsvQuery = ResultsFileQuery.extend({
  /** Which table: summary, questions, dimensions, nps, choices, groups (groups needs `by`). */
  table: z.enum(SURVEY_TABLE_IDS),
});
