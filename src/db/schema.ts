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
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

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

/** Each municipality's e-mail domains; a domain belongs to one municipality (migration 0013). */
export const tenantEmailDomains = pgTable('tenant_email_domains', {
  domain: text('domain').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

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
    /** Everyday words the topic search matches as well (0018_topic_search_words.sql). */
    searchWords: text('search_words')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
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
    /** An e-mail contact's receipt (0007_telephony.sql): the contact is its answer. */
    receivedAt: timestamptz('received_at'),
    /** Working seconds from receipt to the contact, set by its writer (0016_email_contact_days.sql). */
    emailWorkingSeconds: integer('email_working_seconds'),
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

const day = (name: string) => date(name, { mode: 'string' });
const count = (name: string) => integer(name).notNull();
const seconds = (name: string) => bigint(name, { mode: 'number' }).notNull();

/** How a municipality measures its telephony (0007_telephony.sql); one row per tenant. */
export const telephonySettings = pgTable('telephony_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  timeZone: text('time_zone').notNull().default('Europe/Stockholm'),
  shortAbandonSeconds: integer('short_abandon_seconds').notNull().default(0),
  answeredWithinSeconds: integer('answered_within_seconds').notNull().default(120),
  emailDayStartMinute: integer('email_day_start_minute').notNull().default(480),
  emailDayEndMinute: integer('email_day_end_minute').notNull().default(1020),
  emailLimitHours: numeric('email_limit_hours').notNull().default('9'),
  updatedByUserId: uuid('updated_by_user_id'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** The municipality's own closed days, on top of weekends and Swedish holidays. */
export const closedDays = pgTable(
  'closed_days',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: day('day').notNull(),
    reason: text('reason').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] })],
);

export const queueGroups = pgTable(
  'queue_groups',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A queue of the telephone platform, by the platform's name for it. */
export const queues = pgTable(
  'queues',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    label: text('label'),
    groupId: uuid('group_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A saved way of reading one source's CSV exports of calls or intervals (core/telephony/call-csv.ts). */
export const callMappings = pgTable(
  'call_mappings',
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

export const callImports = pgTable(
  'call_imports',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    source: text('source').notNull(),
    format: text('format', { enum: ['asterisk-queue-log', 'asterisk-cdr', 'csv', 'api'] }).notNull(),
    mappingName: text('mapping_name'),
    fileName: text('file_name'),
    fileSha256: text('file_sha256'),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    firstDay: day('first_day'),
    lastDay: day('last_day'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const callSources = pgTable(
  'call_sources',
  {
    tenantId: uuid('tenant_id').notNull(),
    source: text('source').notNull(),
    assemblyState: jsonb('assembly_state').$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source] })],
);

/** One queued call (callid, queue, ENTERQUEUE); no caller number, no agent. */
export const queuedCalls = pgTable(
  'queued_calls',
  {
    tenantId: uuid('tenant_id').notNull(),
    source: text('source').notNull(),
    queueId: uuid('queue_id').notNull(),
    callId: text('call_id').notNull(),
    enteredAt: timestamptz('entered_at').notNull(),
    day: day('day').notNull(),
    endedAt: timestamptz('ended_at').notNull(),
    outcome: text('outcome', {
      enum: ['answered', 'abandoned', 'timeout', 'exit_key', 'exit_empty', 'withdrawn'],
    }).notNull(),
    answeredEnd: text('answered_end', { enum: ['completed_caller', 'completed_agent', 'transferred'] }),
    waitSeconds: integer('wait_seconds').notNull(),
    talkSeconds: integer('talk_seconds').notNull(),
    ringNoAnswerCount: integer('ring_no_answer_count').notNull(),
    importId: uuid('import_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source, t.callId, t.queueId, t.enteredAt] })],
);

/** A caller the queue did not take in (FULL, JOINEMPTY, JOINUNAVAIL, CLOSED, DIVERT_*). */
export const turnedAwayCallers = pgTable(
  'turned_away_callers',
  {
    tenantId: uuid('tenant_id').notNull(),
    source: text('source').notNull(),
    queueId: uuid('queue_id').notNull(),
    callId: text('call_id').notNull(),
    at: timestamptz('at').notNull(),
    day: day('day').notNull(),
    reason: text('reason', {
      enum: ['full', 'join_empty', 'join_unavailable', 'closed', 'diverted'],
    }).notNull(),
    importId: uuid('import_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source, t.callId, t.queueId, t.at] })],
);

/** Aggregate counts of one interval, from platforms that export only those. */
export const callIntervals = pgTable(
  'call_intervals',
  {
    tenantId: uuid('tenant_id').notNull(),
    source: text('source').notNull(),
    queueId: uuid('queue_id').notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    day: day('day').notNull(),
    offered: count('offered'),
    answered: count('answered'),
    abandoned: count('abandoned'),
    answeredWaitSeconds: bigint('answered_wait_seconds', { mode: 'number' }),
    answeredWaitUnder60: integer('answered_wait_under_60'),
    answeredWaitMax120: integer('answered_wait_max_120'),
    abandonedWaitSeconds: bigint('abandoned_wait_seconds', { mode: 'number' }),
    importId: uuid('import_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source, t.queueId, t.startsAt] })],
);

/** The daily measures per queue, queue group and all queues, kept by every import. */
export const callDayRollups = pgTable(
  'call_day_rollups',
  {
    tenantId: uuid('tenant_id').notNull(),
    scope: text('scope', { enum: ['queue', 'group', 'all'] }).notNull(),
    scopeId: uuid('scope_id').notNull(),
    day: day('day').notNull(),
    offered: count('offered'),
    answered: count('answered'),
    abandoned: count('abandoned'),
    timeout: count('timeout'),
    exitKey: count('exit_key'),
    exitEmpty: count('exit_empty'),
    withdrawn: count('withdrawn'),
    shortAbandons: count('short_abandons'),
    completedCaller: count('completed_caller'),
    completedAgent: count('completed_agent'),
    transferred: count('transferred'),
    answeredWaitSeconds: seconds('answered_wait_seconds'),
    abandonedWaitSeconds: seconds('abandoned_wait_seconds'),
    answeredWaitUnder60: count('answered_wait_under_60'),
    answeredWait60To120: count('answered_wait_60_to_120'),
    answeredWaitOver120: count('answered_wait_over_120'),
    answeredWithin: count('answered_within'),
    talkSeconds: seconds('talk_seconds'),
    ringNoAnswer: count('ring_no_answer'),
    answeredUnbanded: integer('answered_unbanded').notNull().default(0),
    turnedAway: integer('turned_away').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scope, t.scopeId, t.day] })],
);

export const visitorCounts = pgTable(
  'visitor_counts',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: day('day').notNull(),
    visitors: integer('visitors').notNull(),
    source: text('source', { enum: ['entered', 'imported'] }).notNull(),
    updatedByUserId: uuid('updated_by_user_id').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] })],
);

export const emailMessages = pgTable(
  'email_messages',
  {
    tenantId: uuid('tenant_id').notNull(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    answeredAt: timestamptz('answered_at'),
    workingSeconds: integer('working_seconds'),
    day: day('day').notNull(),
    importId: uuid('import_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source, t.externalId] })],
);

/** Logged contacts per day, channel and resolution, kept by triggers on contacts (0007). */
export const contactDayCounts = pgTable(
  'contact_day_counts',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: day('day').notNull(),
    channel: text('channel').notNull(),
    resolution: text('resolution').notNull(),
    shard: smallint('shard').notNull(),
    contacts: integer('contacts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.channel, t.resolution, t.shard] })],
);

/** Change counters of each month's contacts, kept by triggers on contacts (0019): the analyses' cache key. */
export const contactMonthVersions = pgTable(
  'contact_month_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    month: day('month').notNull(),
    shard: smallint('shard').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.month, t.shard] })],
);

/** E-mail contacts per day of receipt, and those within the limit, kept by triggers on contacts (0016). */
export const emailContactDays = pgTable(
  'email_contact_days',
  {
    tenantId: uuid('tenant_id').notNull(),
    day: day('day').notNull(),
    shard: smallint('shard').notNull(),
    received: integer('received').notNull(),
    within: integer('within').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.shard] })],
);

/** A goal on a measure (core/signals/measures.ts): target, direction, level, area, validity, owner (0008). */
export const goals = pgTable(
  'goals',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    measure: text('measure').notNull(),
    scope: text('scope').notNull().default('all'),
    target: numeric('target').notNull(),
    direction: text('direction', { enum: ['at_least', 'at_most'] }).notNull(),
    level: text('level', { enum: ['day', 'week', 'month', 'tertial', 'year'] }).notNull(),
    area: text('area', { enum: ['accessible', 'pleasant', 'trustworthy'] }).notNull(),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
    ownerUserId: uuid('owner_user_id').notNull(),
    minimumN: integer('minimum_n').notNull().default(30),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    archivedAt: timestamptz('archived_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A control chart's baseline: the period its limits come from, from its start on (0008). */
export const chartBaselines = pgTable(
  'chart_baselines',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    measure: text('measure').notNull(),
    scope: text('scope').notNull().default('all'),
    fromDay: day('from_day').notNull(),
    toDay: day('to_day').notNull(),
    reason: text('reason').notNull(),
    setByUserId: uuid('set_by_user_id').notNull(),
    setAt: timestamptz('set_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A signal: a control-chart rule that fired, or a goal missed over its period (0010). */
export const signals = pgTable(
  'signals',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    kind: text('kind', { enum: ['rule', 'goal_missed'] }).notNull(),
    measure: text('measure').notNull(),
    scope: text('scope').notNull().default('all'),
    rule: text('rule'),
    goalId: uuid('goal_id'),
    day: day('day').notNull(),
    period: text('period'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    raisedAt: timestamptz('raised_at').notNull().defaultNow(),
    acknowledgedAt: timestamptz('acknowledged_at'),
    acknowledgedByUserId: uuid('acknowledged_by_user_id'),
    acknowledgement: text('acknowledgement'),
    action: text('action', { enum: ['acted', 'no_action_needed'] }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A person who gets the e-mail of new signals (0010). */
export const signalSubscriptions = pgTable(
  'signal_subscriptions',
  {
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);

/** An improvement on the board: problem, targets, column, before (as measured then), day in effect (0012). */
export const improvements = pgTable(
  'improvements',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id')
      .notNull()
      .default(sql`gen_random_uuid()`),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    status: text('status', { enum: ['idea', 'planned', 'in_progress', 'done', 'evaluated'] })
      .notNull()
      .default('idea'),
    dueOn: day('due_on'),
    notes: text('notes').notNull().default(''),
    topicIds: uuid('topic_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    needs: text('needs', { enum: NEEDS })
      .array()
      .notNull()
      .default(sql`'{}'`),
    failureReasons: text('failure_reasons', { enum: FAILURE_REASONS })
      .array()
      .notNull()
      .default(sql`'{}'`),
    baselineFrom: day('baseline_from').notNull(),
    baselineTo: day('baseline_to').notNull(),
    baselineWeeks: jsonb('baseline_weeks')
      .$type<{ week: string; contacts: number; failureDemand: number; allContacts?: number }[]>()
      .notNull(),
    implementedOn: day('implemented_on'),
    /** A recurring cycle the verdict compares within (0015): its length in weeks and a day one began. */
    cycleWeeks: integer('cycle_weeks'),
    cycleStartsOn: day('cycle_starts_on'),
    source: text('source', { enum: ['board', 'fix_first', 'signal', 'department_answer'] })
      .notNull()
      .default('board'),
    sourceSignalId: uuid('source_signal_id'),
    /** A survey measure followed before and after (0023), and the department's answer that started it. */
    surveyMeasure: text('survey_measure', {
      enum: ['survey_index', 'survey_mean', 'survey_satisfied_share'],
    }),
    surveyScope: text('survey_scope'),
    sourceInvitationId: uuid('source_invitation_id'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    statusChangedAt: timestamptz('status_changed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export * from './schema-surveys.js';
export * from './schema-department-surveys.js';
export * from './schema-complaints.js';
