/**
 * Drizzle table definitions for querying. The database itself is defined by the ordered SQL
 * files in ./migrations (which also carry the row-level security policies and grants);
 * schema.test.ts checks that every column declared here exists there with the same type.
 */
import { sql } from 'drizzle-orm';
import {
  AGE_BANDS,
  CHANNELS,
  FAILURE_REASONS,
  GENDERS,
  NEEDS,
  PROBLEM_KINDS,
  RESOLUTIONS,
} from '../core/contacts/taxonomy.js';
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  countyCode: text('county_code').notNull(),
  countyName: text('county_name').notNull(),
});

export const tenants = pgTable('tenants', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  municipalityCode: text('municipality_code').notNull(),
  name: text('name').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['department', 'unit'] }).notNull(),
    archivedAt: timestamptz('archived_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const users = pgTable(
  'users',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    locale: text('locale', { enum: ['sv', 'en'] })
      .notNull()
      .default('sv'),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamptz('locked_until'),
    lastLoginAt: timestamptz('last_login_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    /** 'integration' for accounts of other systems, which never sign in (0005_integrations.sql). */
    kind: text('kind', { enum: ['person', 'integration'] })
      .notNull()
      .default('person'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const userRoles = pgTable(
  'user_roles',
  {
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role', {
      enum: ['guide', 'quality_developer', 'manager', 'department_contact', 'administrator', 'integration'],
    }).notNull(),
    unitId: uuid('unit_id'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId, t.role] })],
);

export const loginIdentities = pgTable(
  'login_identities',
  {
    issuer: text('issuer').notNull().default('local'),
    subject: text('subject').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] })],
);

export const sessions = pgTable(
  'sessions',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** An integration's API token (0005_integrations.sql): only the SHA-256 of its secret is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    integrationId: uuid('integration_id').notNull(),
    accountKind: text('account_kind', { enum: ['integration'] })
      .notNull()
      .default('integration'),
    secretHash: text('secret_hash').notNull(),
    name: text('name').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
    revokedByUserId: uuid('revoked_by_user_id'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const topics = pgTable(
  'topics',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    defaultFailureReason: text('default_failure_reason', { enum: FAILURE_REASONS }),
    retiredAt: timestamptz('retired_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A citizen contact a guide logged (0004_contacts.sql). Never deleted, only marked deleted. */
export const contacts = pgTable(
  'contacts',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    loggedByUserId: uuid('logged_by_user_id').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    startedAt: timestamptz('started_at').notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    need: text('need', { enum: NEEDS }).notNull(),
    problemKind: text('problem_kind', { enum: PROBLEM_KINDS }),
    topicId: uuid('topic_id').notNull(),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    concernsExistingCase: boolean('concerns_existing_case').notNull().default(false),
    caseReference: text('case_reference'),
    resolution: text('resolution', { enum: RESOLUTIONS }).notNull(),
    forwardedToUnitId: uuid('forwarded_to_unit_id'),
    forwardDone: text('forward_done'),
    forwardExpected: text('forward_expected'),
    isFailureDemand: boolean('is_failure_demand').notNull(),
    failureReason: text('failure_reason', { enum: FAILURE_REASONS }),
    isFailureDemandOverridden: boolean('is_failure_demand_overridden').notNull().default(false),
    citizenGender: text('citizen_gender', { enum: GENDERS }),
    citizenAgeBand: text('citizen_age_band', { enum: AGE_BANDS }),
    citizenDistrict: text('citizen_district'),
    summary: text('summary').notNull().default(''),
    idempotencyKey: text('idempotency_key'),
    idempotencyFingerprint: text('idempotency_fingerprint'),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    deletedAt: timestamptz('deleted_at'),
    deletedReason: text('deleted_reason'),
    /** Set together for a contact imported from another system (0006_contact_intake.sql). */
    externalSource: text('external_source'),
    externalId: text('external_id'),
    externalFingerprint: text('external_fingerprint'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A saved way of reading one source's CSV files (core/contacts/intake-mapping.ts). */
export const contactMappings = pgTable(
  'contact_mappings',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    source: text('source').notNull(),
    mapping: jsonb('mapping').$type<Record<string, unknown>>().notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** The audit trail of a contact: one row per creation, correction and deletion. Append-only. */
export const contactRevisions = pgTable(
  'contact_revisions',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    contactId: uuid('contact_id').notNull(),
    revision: integer('revision').notNull(),
    changedByUserId: uuid('changed_by_user_id').notNull(),
    changedAt: timestamptz('changed_at').notNull().defaultNow(),
    action: text('action', { enum: ['created', 'corrected', 'deleted'] }).notNull(),
    reason: text('reason'),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
