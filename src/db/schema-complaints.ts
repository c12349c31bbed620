/** Drizzle definitions of the complaint tables (0027_complaints.sql); schema.ts re-exports them. */
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

export const complaintSettings = pgTable('complaint_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  deadlines: jsonb('deadlines').notNull(),
  formOpen: boolean('form_open').notNull().default(true),
  formSecret: bytea('form_secret').notNull(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const complaintCategories = pgTable(
  'complaint_categories',
  {
    tenantId: uuid('tenant_id').notNull(),
    key: text('key').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    position: integer('position').notNull(),
    retiredAt: timestamptz('retired_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

export const complaintCounters = pgTable(
  'complaint_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

export const complaints = pgTable(
  'complaints',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    type: text('type', { enum: ['complaint', 'praise', 'suggestion', 'question'] }).notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'`),
    topicId: uuid('topic_id'),
    unitId: uuid('unit_id'),
    channel: text('channel').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    receivedDay: day('received_day').notNull(),
    body: text('body').notNull(),
    personalData: text('personal_data').array().notNull().default(sql`'{}'`),
    anonymous: boolean('anonymous').notNull(),
    wantsAnswer: boolean('wants_answer').notNull(),
    language: text('language').notNull().default('sv'),
    state: text('state').notNull().default('received'),
    acknowledgeBy: day('acknowledge_by').notNull(),
    answerBy: day('answer_by').notNull(),
    acknowledgedAt: timestamptz('acknowledged_at'),
    answeredAt: timestamptz('answered_at'),
    closedAt: timestamptz('closed_at'),
    answer: text('answer'),
    answerSentAt: timestamptz('answer_sent_at'),
    measures: text('measures'),
    contactId: uuid('contact_id'),
    improvementId: uuid('improvement_id'),
    registeredByUserId: uuid('registered_by_user_id'),
    formNonce: text('form_nonce'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const complaintContactDetails = pgTable(
  'complaint_contact_details',
  {
    tenantId: uuid('tenant_id').notNull(),
    complaintId: uuid('complaint_id').notNull(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    postalAddress: text('postal_address'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.complaintId] })],
);

export const complaintEvents = pgTable(
  'complaint_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    complaintId: uuid('complaint_id').notNull(),
    seq: integer('seq').notNull(),
    at: timestamptz('at').notNull().defaultNow(),
    byUserId: uuid('by_user_id'),
    kind: text('kind').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.complaintId, t.seq] })],
);
