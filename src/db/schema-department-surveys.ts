/** Drizzle definitions of the departments' survey rounds (0023_survey_measures.sql); schema.ts re-exports them. */
import { sql } from 'drizzle-orm';
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const departmentSurveyRounds = pgTable(
  'department_survey_rounds',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    surveyId: uuid('survey_id').notNull(),
    period: text('period').notNull(),
    fromDay: day('from_day').notNull(),
    toDay: day('to_day').notNull(),
    openedByUserId: uuid('opened_by_user_id').notNull(),
    openedAt: timestamptz('opened_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const departmentSurveyRecipients = pgTable(
  'department_survey_recipients',
  {
    tenantId: uuid('tenant_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    address: text('address').notNull(),
    addedByUserId: uuid('added_by_user_id').notNull(),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.surveyId, t.unitId, t.address] })],
);

export const departmentSurveyInvitations = pgTable(
  'department_survey_invitations',
  {
    tenantId: uuid('tenant_id').notNull(),
    invitationId: uuid('invitation_id').notNull(),
    roundId: uuid('round_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invitationId] })],
);
