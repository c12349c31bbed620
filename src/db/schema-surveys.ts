/** Drizzle definitions of the survey tables (0021_surveys.sql); schema.ts re-exports them. */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });

export const surveys = pgTable(
  'surveys',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    templateKey: text('template_key'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    audience: text('audience', { enum: ['citizens', 'departments'] }).notNull(),
    status: text('status', { enum: ['draft', 'active', 'paused', 'closed'] })
      .notNull()
      .default('draft'),
    rules: jsonb('rules').notNull(),
    linkValidDays: integer('link_valid_days').notNull().default(14),
    reminderAfterDays: integer('reminder_after_days'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const surveyVersions = pgTable(
  'survey_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    number: integer('number').notNull(),
    definition: jsonb('definition').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.surveyId, t.number] })],
);

export const surveySecrets = pgTable('survey_secrets', {
  tenantId: uuid('tenant_id').primaryKey(),
  secret: bytea('secret').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const surveyQuarantine = pgTable(
  'survey_quarantine',
  {
    tenantId: uuid('tenant_id').notNull(),
    addressHash: text('address_hash').notNull(),
    lastInvitedAt: timestamptz('last_invited_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.addressHash] })],
);

export const contactSurveyAddresses = pgTable(
  'contact_survey_addresses',
  {
    tenantId: uuid('tenant_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    medium: text('medium', { enum: ['email', 'sms'] }).notNull(),
    address: text('address').notNull(),
    givenByUserId: uuid('given_by_user_id').notNull(),
    givenAt: timestamptz('given_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.contactId] })],
);

export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    linkHash: text('link_hash').notNull(),
    medium: text('medium', { enum: ['email', 'sms', 'link'] }).notNull(),
    contactId: uuid('contact_id'),
    contactDay: day('contact_day'),
    channel: text('channel'),
    topicId: uuid('topic_id'),
    need: text('need'),
    unitId: uuid('unit_id'),
    resolution: text('resolution'),
    sendAt: timestamptz('send_at').notNull(),
    sentAt: timestamptz('sent_at'),
    bouncedAt: timestamptz('bounced_at'),
    openedAt: timestamptz('opened_at'),
    firstAnswerAt: timestamptz('first_answer_at'),
    completedAt: timestamptz('completed_at'),
    reminderSentAt: timestamptz('reminder_sent_at'),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const surveyAddresses = pgTable(
  'survey_addresses',
  {
    tenantId: uuid('tenant_id').notNull(),
    invitationId: uuid('invitation_id').notNull(),
    address: text('address').notNull(),
    linkToken: text('link_token').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invitationId] })],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    tenantId: uuid('tenant_id').notNull(),
    invitationId: uuid('invitation_id').notNull(),
    questionKey: text('question_key').notNull(),
    value: jsonb('value').notNull(),
    answeredAt: timestamptz('answered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invitationId, t.questionKey] })],
);

// The counts kept at answer time (0022_survey_result_counts.sql): each invitation's contribution,
// and its sums per day and month.
export const surveyInvitationTallies = pgTable(
  'survey_invitation_tallies',
  {
    tenantId: uuid('tenant_id').notNull(),
    invitationId: uuid('invitation_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    day: day('day').notNull(),
    channel: text('channel'),
    topicId: uuid('topic_id'),
    need: text('need'),
    unitId: uuid('unit_id'),
    resolution: text('resolution'),
    delivered: boolean('delivered').notNull(),
    answered: boolean('answered').notNull(),
    respondent: boolean('respondent').notNull(),
    answers: jsonb('answers').notNull(),
    means: jsonb('means').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invitationId] })],
);

const cell = {
  tenantId: uuid('tenant_id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  version: integer('version').notNull(),
  grain: text('grain').notNull(),
  period: day('period').notNull(),
  channel: text('channel').notNull(),
  need: text('need').notNull(),
  unitId: uuid('unit_id').notNull(),
  resolution: text('resolution').notNull(),
};

export const surveyResultCells = pgTable(
  'survey_result_cells',
  {
    ...cell,
    invitations: integer('invitations').notNull(),
    delivered: integer('delivered').notNull(),
    answered: integer('answered').notNull(),
    respondents: integer('respondents').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.tenantId,
        t.surveyId,
        t.version,
        t.grain,
        t.period,
        t.channel,
        t.need,
        t.unitId,
        t.resolution,
      ],
    }),
  ],
);

export const surveyResultAnswers = pgTable(
  'survey_result_answers',
  {
    ...cell,
    questionKey: text('question_key').notNull(),
    value: jsonb('value').notNull(),
    answers: integer('answers').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.tenantId,
        t.surveyId,
        t.version,
        t.grain,
        t.period,
        t.channel,
        t.need,
        t.unitId,
        t.resolution,
        t.questionKey,
        t.value,
      ],
    }),
  ],
);

export const surveyResultMeans = pgTable(
  'survey_result_means',
  {
    ...cell,
    dimension: text('dimension').notNull(),
    total: integer('total').notNull(),
    n: integer('n').notNull(),
    respondents: integer('respondents').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.tenantId,
        t.surveyId,
        t.version,
        t.grain,
        t.period,
        t.channel,
        t.need,
        t.unitId,
        t.resolution,
        t.dimension,
        t.total,
        t.n,
      ],
    }),
  ],
);
