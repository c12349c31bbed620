/**
 * Row-level security as the application's runtime role sees it, in plain SQL: a transaction that
 * forgets the tenant sees no tenant-owned row, one scoped to tenant A sees only A's, and no
 * write can put a row into another tenant. Also that the runtime roles cannot step around this.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { SqlClient } from './database.js';
import { auditEvents, contactMappings, sessions, topics } from './schema.js';
import { createContact, createTenant, createUnit, createUser } from '../test/factories.js';
import { testDatabase } from '../test/database.js';
import { createIntegration, createToken } from '../test/integrations.js';

const db = await testDatabase();

const TENANT_TABLES = [
  'tenants',
  'units',
  'users',
  'user_roles',
  'login_identities',
  'sessions',
  'audit_events',
  'topics',
  'contacts',
  'contact_revisions',
  'contact_mappings',
  'api_tokens',
  'telephony_settings',
  'closed_days',
  'queue_groups',
  'queues',
  'call_mappings',
  'call_imports',
  'call_sources',
  'queued_calls',
  'turned_away_callers',
  'call_intervals',
  'call_day_rollups',
  'visitor_counts',
  'email_messages',
  'contact_day_counts',
  'contact_month_versions',
  'email_contact_days',
  'goals',
  'chart_baselines',
  'signals',
  'signal_subscriptions',
] as const;
type TenantTable = (typeof TENANT_TABLES)[number];
/** The column that names a row's tenant (the tenant row's own id for tenants). */
const tenantColumn = (table: TenantTable) => (table === 'tenants' ? 'id' : 'tenant_id');

async function seedTenant() {
  const tenant = await createTenant(db);
  const department = await createUnit(db, tenant.id, { name: 'Förvaltning' });
  await createUnit(db, tenant.id, { name: 'Enhet', parentId: department.id });
  const user = await createUser(db, tenant.id, {
    roles: ['administrator', { role: 'department_contact', unitId: department.id }],
  });
  await db.orm.insert(sessions).values({
    tenantId: tenant.id,
    id: randomUUID().replaceAll('-', '').repeat(2),
    userId: user.id,
    csrfToken: 'csrf',
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  await db.orm.insert(auditEvents).values({
    tenantId: tenant.id,
    actorUserId: user.id,
    action: 'test.seeded',
    entityType: 'user',
    entityId: user.id,
  });
  await db.orm.insert(topics).values({ tenantId: tenant.id, name: 'Ämne', ownerUnitId: department.id });
  const [topic] = await db.orm.select().from(topics).where(eq(topics.tenantId, tenant.id));
  if (!topic) throw new Error('topic not found');
  const contact = await createContact(db, tenant.id, { loggedByUserId: user.id, topic });
  await db.orm.insert(contactMappings).values({
    tenantId: tenant.id,
    name: 'Telefoni',
    source: 'Telefoni',
    mapping: {},
    createdByUserId: user.id,
    updatedByUserId: user.id,
  });
  await createToken(db, await createIntegration(db, tenant.id, { name: 'Telefoni' }));
  await seedTelephony(tenant.id, user.id);
  return { tenant, user, topic, contact };
}

/** One row in each telephony table (0007), written as the owner as a test fixture. */
async function seedTelephony(tenantId: string, userId: string) {
  await db.transaction(async (c) => {
    const params = [tenantId, userId];
    await c.query(`INSERT INTO telephony_settings (tenant_id, updated_by_user_id) VALUES ($1, $2)`, params);
    await c.query(
      `INSERT INTO closed_days (tenant_id, day, reason, created_by_user_id) VALUES ($1, '2026-03-05', 'Personaldag', $2)`,
      params,
    );
    const [group] = await c.query<{ id: string }>(
      `INSERT INTO queue_groups (tenant_id, name) VALUES ($1, 'Växeln') RETURNING id`,
      [tenantId],
    );
    const [queue] = await c.query<{ id: string }>(
      `INSERT INTO queues (tenant_id, name, group_id) VALUES ($1, 'kundtjanst', $2) RETURNING id`,
      [tenantId, group?.id],
    );
    await c.query(
      `INSERT INTO call_mappings (tenant_id, name, source, mapping, created_by_user_id, updated_by_user_id) VALUES ($1, 'Aggregat', 'vaxel', '{}', $2, $2)`,
      params,
    );
    const [imported] = await c.query<{ id: string }>(
      `INSERT INTO call_imports (tenant_id, source, format, summary, created_by_user_id) VALUES ($1, 'asterisk', 'asterisk-queue-log', '{}', $2) RETURNING id`,
      params,
    );
    await c.query(
      `INSERT INTO call_sources (tenant_id, source, assembly_state) VALUES ($1, 'asterisk', '{}')`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO queued_calls (tenant_id, source, queue_id, call_id, entered_at, day, ended_at, outcome, wait_seconds, talk_seconds, ring_no_answer_count, import_id)
       VALUES ($1, 'asterisk', $2, '1.1', '2026-03-02T08:00:00Z', '2026-03-02', '2026-03-02T08:01:00Z', 'abandoned', 60, 0, 0, $3)`,
      [tenantId, queue?.id, imported?.id],
    );
    await c.query(
      `INSERT INTO turned_away_callers (tenant_id, source, queue_id, call_id, at, day, reason, import_id)
       VALUES ($1, 'asterisk', $2, '1.2', '2026-03-02T08:00:00Z', '2026-03-02', 'full', $3)`,
      [tenantId, queue?.id, imported?.id],
    );
    await c.query(
      `INSERT INTO call_intervals (tenant_id, source, queue_id, starts_at, day, offered, answered, abandoned, import_id)
       VALUES ($1, 'vaxel', $2, '2026-03-02T08:00:00Z', '2026-03-02', 10, 9, 1, $3)`,
      [tenantId, queue?.id, imported?.id],
    );
    await c.query(
      `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, offered, answered, abandoned, timeout, exit_key, exit_empty, withdrawn, short_abandons, completed_caller, completed_agent, transferred, answered_wait_seconds, abandoned_wait_seconds, answered_wait_under_60, answered_wait_60_to_120, answered_wait_over_120, answered_within, talk_seconds, ring_no_answer)
       VALUES ($1, 'all', $1, '2026-03-02', 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0, 0, 0, 0, 0, 0)`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO visitor_counts (tenant_id, day, visitors, source, updated_by_user_id) VALUES ($1, '2026-03-02', 40, 'entered', $2)`,
      params,
    );
    await c.query(
      `INSERT INTO email_messages (tenant_id, source, external_id, received_at, answered_at, working_seconds, day, import_id)
       VALUES ($1, 'e-post', 'm1', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z', 3600, '2026-03-02', $2)`,
      [tenantId, imported?.id],
    );
    await c.query(
      `INSERT INTO email_contact_days (tenant_id, day, shard, received, within) VALUES ($1, '2026-03-02', 0, 2, 1)`,
      [tenantId],
    );
    // Goals and control charts (0008).
    await c.query(
      `INSERT INTO goals (tenant_id, measure, target, direction, level, area, valid_from, owner_user_id, created_by_user_id, updated_by_user_id)
       VALUES ($1, 'availability', 0.85, 'at_least', 'week', 'accessible', '2026-01-01', $2, $2, $2)`,
      params,
    );
    await c.query(
      `INSERT INTO chart_baselines (tenant_id, measure, from_day, to_day, reason, set_by_user_id)
       VALUES ($1, 'availability', '2026-01-05', '2026-02-27', 'Före förändringen', $2)`,
      params,
    );
    // Signals (0010).
    await c.query(
      `INSERT INTO signals (tenant_id, kind, measure, rule, day, details) VALUES ($1, 'rule', 'offered', 'beyond_limits', '2026-03-02', '{}')`,
      [tenantId],
    );
    await c.query(`INSERT INTO signal_subscriptions (tenant_id, user_id) VALUES ($1, $2)`, params);
  });
}

const A = await seedTenant();
const B = await seedTenant();

/** Runs fn as lots_app (SET LOCAL ROLE) with the given tenant (null: none set, empty: set to nothing), in a transaction of its own. */
function asApp<T>(tenantId: string | null, fn: (c: SqlClient) => Promise<T>, role = 'lots_app'): Promise<T> {
  return db.transaction(async (c) => {
    await c.exec(`SET LOCAL ROLE ${role}`);
    if (tenantId !== null) await c.query(`SELECT set_config('app.tenant', $1, true)`, [tenantId]);
    return fn(c);
  });
}

async function tenantCounts(c: SqlClient, table: TenantTable): Promise<Record<string, number>> {
  const rows = await c.query<{ tenant: string; n: number }>(
    `SELECT ${tenantColumn(table)}::text AS tenant, count(*)::int AS n FROM ${table} GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.tenant, r.n]));
}

async function sqlState(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  return 'no error';
}

describe('row-level security for lots_app', () => {
  it.each(TENANT_TABLES)('%s: rows of both tenants exist (seen as the owner)', async (table) => {
    const counts = await db.transaction((c) => tenantCounts(c, table));
    expect(counts[A.tenant.id]).toBeGreaterThan(0);
    expect(counts[B.tenant.id]).toBeGreaterThan(0);
  });

  it.each(TENANT_TABLES)(
    '%s: zero rows when no tenant is set, and when it is set to empty',
    async (table) => {
      expect(await asApp(null, (c) => c.query(`SELECT * FROM ${table}`))).toEqual([]);
      // A setting once set reads as '' later in the session; that must mean "no tenant" too.
      expect(await asApp('', (c) => c.query(`SELECT * FROM ${table}`))).toEqual([]);
    },
  );

  it.each(TENANT_TABLES)('%s: only tenant A’s rows, all of them, when A is set', async (table) => {
    const asOwner = await db.transaction((c) => tenantCounts(c, table));
    const asA = await asApp(A.tenant.id, (c) => tenantCounts(c, table));
    expect(asA).toEqual({ [A.tenant.id]: asOwner[A.tenant.id] });
  });

  const insertsForB: [TenantTable, string][] = [
    ['units', `INSERT INTO units (tenant_id, name, kind) VALUES ($1, 'Inkräktare', 'department')`],
    ['users', `INSERT INTO users (tenant_id, email, display_name) VALUES ($1, 'intrang@test.example', 'X')`],
    ['user_roles', `INSERT INTO user_roles (tenant_id, user_id, role) VALUES ($1, $2, 'manager')`],
    [
      'login_identities',
      `INSERT INTO login_identities (subject, tenant_id, user_id) VALUES ('intrang@test.example', $1, $2)`,
    ],
    [
      'sessions',
      `INSERT INTO sessions (tenant_id, id, user_id, csrf_token, expires_at) VALUES ($1, repeat('a', 64), $2, 'x', now() + interval '1 hour')`,
    ],
    ['audit_events', `INSERT INTO audit_events (tenant_id, action, entity_type) VALUES ($1, 'x', 'y')`],
    [
      'topics',
      `INSERT INTO topics (tenant_id, name, owner_unit_id) VALUES ($1, 'Inkräktare', gen_random_uuid())`,
    ],
    [
      'contacts',
      `INSERT INTO contacts (tenant_id, logged_by_user_id, channel, started_at, duration_seconds, need, topic_id, owner_unit_id, resolution, is_failure_demand)
       VALUES ($1, $2, 'phone', date_trunc('milliseconds', now()), 60, 'want_to_know', gen_random_uuid(), gen_random_uuid(), 'resolved_self', false)`,
    ],
    [
      'contact_revisions',
      `INSERT INTO contact_revisions (tenant_id, contact_id, revision, changed_by_user_id, action) VALUES ($1, gen_random_uuid(), 1, $2, 'created')`,
    ],
    [
      'contact_mappings',
      `INSERT INTO contact_mappings (tenant_id, name, source, mapping, created_by_user_id, updated_by_user_id) VALUES ($1, 'Inkräktare', 'X', '{}', $2, $2)`,
    ],
    [
      'api_tokens',
      `INSERT INTO api_tokens (tenant_id, integration_id, secret_hash, name, expires_at) VALUES ($1, $2, repeat('b', 64), 'Inkräktare', now() + interval '1 day')`,
    ],
    ['queue_groups', `INSERT INTO queue_groups (tenant_id, name) VALUES ($1, 'Inkräktare')`],
    ['queues', `INSERT INTO queues (tenant_id, name) VALUES ($1, 'inkraktare')`],
    [
      'closed_days',
      `INSERT INTO closed_days (tenant_id, day, reason, created_by_user_id) VALUES ($1, '2026-01-02', 'X', $2)`,
    ],
    [
      'visitor_counts',
      `INSERT INTO visitor_counts (tenant_id, day, visitors, source, updated_by_user_id) VALUES ($1, '2026-01-02', 1, 'entered', $2)`,
    ],
    [
      'call_day_rollups',
      `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, offered, answered, abandoned, timeout, exit_key, exit_empty, withdrawn, short_abandons, completed_caller, completed_agent, transferred, answered_wait_seconds, abandoned_wait_seconds, answered_wait_under_60, answered_wait_60_to_120, answered_wait_over_120, answered_within, talk_seconds, ring_no_answer)
       VALUES ($1, 'all', $1, '2026-01-02', 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 5, 0, 1, 0, 0, 1, 5, 0)`,
    ],
    [
      'goals',
      `INSERT INTO goals (tenant_id, measure, target, direction, level, area, valid_from, owner_user_id, created_by_user_id, updated_by_user_id)
       VALUES ($1, 'availability', 0.9, 'at_least', 'day', 'accessible', '2026-01-01', $2, $2, $2)`,
    ],
    [
      'chart_baselines',
      `INSERT INTO chart_baselines (tenant_id, measure, from_day, to_day, reason, set_by_user_id) VALUES ($1, 'offered', '2026-01-05', '2026-01-30', 'X', $2)`,
    ],
    [
      'signals',
      `INSERT INTO signals (tenant_id, kind, measure, rule, day) VALUES ($1, 'rule', 'offered', 'trend', '2026-01-05')`,
    ],
    ['signal_subscriptions', `INSERT INTO signal_subscriptions (tenant_id, user_id) VALUES ($1, $2)`],
    [
      'contact_day_counts',
      `INSERT INTO contact_day_counts (tenant_id, day, channel, resolution, shard, contacts) VALUES ($1, '2026-01-02', 'phone', 'resolved_self', 0, 1)`,
    ],
    [
      'contact_month_versions',
      `INSERT INTO contact_month_versions (tenant_id, month, shard, version) VALUES ($1, '2026-01-01', 0, 1)`,
    ],
    [
      'email_contact_days',
      `INSERT INTO email_contact_days (tenant_id, day, shard, received, within) VALUES ($1, '2026-01-02', 0, 1, 1)`,
    ],
  ];
  it.each(insertsForB)(
    '%s: inserting a row for tenant B while A is set fails (42501)',
    async (_table, statement) => {
      const params = statement.includes('$2') ? [B.tenant.id, B.user.id] : [B.tenant.id];
      expect(await sqlState(asApp(A.tenant.id, (c) => c.query(statement, params)))).toBe('42501');
    },
  );

  it('tenants: lots_app cannot insert a tenant at all (42501)', async () => {
    const state = await sqlState(
      asApp(A.tenant.id, (c) =>
        c.query(`INSERT INTO tenants (municipality_code, name) VALUES ('0114', 'X')`),
      ),
    );
    expect(state).toBe('42501');
  });

  it('updates and deletes of tenant B’s rows while A is set touch nothing', async () => {
    const touched = await asApp(A.tenant.id, async (c) => [
      await c.query(`UPDATE users SET display_name = 'Kapad' WHERE tenant_id = $1 RETURNING id`, [
        B.tenant.id,
      ]),
      await c.query(`UPDATE units SET name = 'Kapad' WHERE tenant_id = $1 RETURNING id`, [B.tenant.id]),
      await c.query(`DELETE FROM sessions WHERE tenant_id = $1 RETURNING id`, [B.tenant.id]),
      await c.query(`DELETE FROM user_roles WHERE tenant_id = $1 RETURNING user_id`, [B.tenant.id]),
      await c.query(`DELETE FROM login_identities WHERE tenant_id = $1 RETURNING subject`, [B.tenant.id]),
    ]);
    expect(touched).toEqual([[], [], [], [], []]);
    const bUsers = await db.transaction((c) =>
      c.query<{ display_name: string }>(`SELECT display_name FROM users WHERE tenant_id = $1`, [B.tenant.id]),
    );
    expect(bUsers.map((u) => u.display_name)).not.toContain('Kapad');
  });

  it('lots_platform sees every tenant but no tenant-owned table', async () => {
    const seen = await asApp(null, (c) => c.query<{ id: string }>('SELECT id FROM tenants'), 'lots_platform');
    expect(seen.map((t) => t.id)).toEqual(expect.arrayContaining([A.tenant.id, B.tenant.id]));
    for (const table of TENANT_TABLES.filter((t) => t !== 'tenants')) {
      expect(
        await sqlState(asApp(null, (c) => c.query(`SELECT 1 FROM ${table}`), 'lots_platform')),
        table,
      ).toBe('42501');
    }
  });
});

describe('the runtime roles cannot step around row-level security', () => {
  it('lots_app and lots_platform are not superusers, have no BYPASSRLS and cannot log in', async () => {
    const roles = await db.transaction((c) =>
      c.query(
        `SELECT rolname, rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname IN ('lots_app', 'lots_platform') ORDER BY rolname`,
      ),
    );
    expect(roles).toEqual([
      {
        rolname: 'lots_app',
        rolsuper: false,
        rolbypassrls: false,
        rolcanlogin: false,
        rolcreaterole: false,
        rolcreatedb: false,
      },
      {
        rolname: 'lots_platform',
        rolsuper: false,
        rolbypassrls: false,
        rolcanlogin: false,
        rolcreaterole: false,
        rolcreatedb: false,
      },
    ]);
  });

  it('they own no table, view, sequence or function', async () => {
    const owned = await db.transaction((c) =>
      c.query(`
        SELECT relname AS name FROM pg_class WHERE relowner IN (SELECT oid FROM pg_roles WHERE rolname IN ('lots_app', 'lots_platform'))
        UNION ALL
        SELECT proname FROM pg_proc WHERE proowner IN (SELECT oid FROM pg_roles WHERE rolname IN ('lots_app', 'lots_platform'))`),
    );
    expect(owned).toEqual([]);
  });

  it('every tenant-owned table has row-level security enabled and forced', async () => {
    const tables = await db.transaction((c) =>
      c.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname = ANY($1) ORDER BY relname`,
        [TENANT_TABLES],
      ),
    );
    expect(tables).toHaveLength(TENANT_TABLES.length);
    for (const t of tables)
      expect(t, t.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });
});

describe('lots_login_tenant()', () => {
  it('is declared to return a single uuid, runs as its owner and fixes its search_path', async () => {
    const [fn] = await db.transaction((c) =>
      c.query(`SELECT prorettype::regtype::text AS returns, proretset, prosecdef, proconfig
                 FROM pg_proc WHERE proname = 'lots_login_tenant'`),
    );
    expect(fn).toEqual({
      returns: 'uuid',
      proretset: false,
      prosecdef: true,
      proconfig: ['search_path=public, pg_temp'],
    });
  });

  it('gives lots_app, with no tenant set, the tenant id of a sign-in name and nothing else', async () => {
    const bEmail = (
      await db.transaction((c) =>
        c.query<{ subject: string }>(`SELECT subject FROM login_identities WHERE user_id = $1`, [B.user.id]),
      )
    )[0]!.subject;
    const rows = await asApp(null, (c) =>
      c.query(
        `SELECT * FROM lots_login_tenant('local', $1) AS t, lots_login_tenant('local', 'okand@test.example') AS u`,
        [bEmail],
      ),
    );
    expect(rows).toEqual([{ t: B.tenant.id, u: null }]);
  });

  it('is not callable by other roles (PUBLIC has no EXECUTE)', async () => {
    const state = await sqlState(
      asApp(null, (c) => c.query(`SELECT lots_login_tenant('local', 'x@test.example')`), 'lots_platform'),
    );
    expect(state).toBe('42501');
  });
});

describe('topics (the service catalogue) under row-level security', () => {
  it('updates of tenant B’s topics while A is set touch nothing, and lots_app may not delete topics at all', async () => {
    const touched = await asApp(A.tenant.id, (c) =>
      c.query(`UPDATE topics SET name = 'Kapad', retired_at = now() WHERE tenant_id = $1 RETURNING id`, [
        B.tenant.id,
      ]),
    );
    expect(touched).toEqual([]);
    // Retiring keeps history: the runtime role has no DELETE on topics, even for its own tenant.
    expect(
      await sqlState(
        asApp(A.tenant.id, (c) => c.query(`DELETE FROM topics WHERE tenant_id = $1`, [A.tenant.id])),
      ),
    ).toBe('42501');
    const bTopics = await db.transaction((c) =>
      c.query<{ name: string }>(`SELECT name FROM topics WHERE tenant_id = $1`, [B.tenant.id]),
    );
    expect(bTopics).toEqual([{ name: 'Ämne' }]);
  });

  it('a topic cannot point at another tenant’s parent or owner unit, even as the owner (composite keys)', async () => {
    const [bUnit] = await db.transaction((c) =>
      c.query<{ id: string }>(`SELECT id FROM units WHERE tenant_id = $1 LIMIT 1`, [B.tenant.id]),
    );
    const [bTopic] = await db.transaction((c) =>
      c.query<{ id: string }>(`SELECT id FROM topics WHERE tenant_id = $1`, [B.tenant.id]),
    );
    const [aUnit] = await db.transaction((c) =>
      c.query<{ id: string }>(`SELECT id FROM units WHERE tenant_id = $1 LIMIT 1`, [A.tenant.id]),
    );
    expect(
      await sqlState(
        db.transaction((c) =>
          c.query(`INSERT INTO topics (tenant_id, name, owner_unit_id) VALUES ($1, 'X', $2)`, [
            A.tenant.id,
            bUnit!.id,
          ]),
        ),
      ),
    ).toBe('23503');
    expect(
      await sqlState(
        db.transaction((c) =>
          c.query(`INSERT INTO topics (tenant_id, name, owner_unit_id, parent_id) VALUES ($1, 'X', $2, $3)`, [
            A.tenant.id,
            aUnit!.id,
            bTopic!.id,
          ]),
        ),
      ),
    ).toBe('23503');
  });
});

describe('contacts and their audit trail under row-level security', () => {
  it('updates of tenant B’s contacts while A is set touch nothing', async () => {
    const touched = await asApp(A.tenant.id, (c) =>
      c.query(
        `UPDATE contacts SET summary = 'Kapad', deleted_at = now(), deleted_reason = 'x' WHERE tenant_id = $1 RETURNING id`,
        [B.tenant.id],
      ),
    );
    expect(touched).toEqual([]);
    const [bContact] = await db.transaction((c) =>
      c.query<{ summary: string; deleted_at: Date | null }>(
        `SELECT summary, deleted_at FROM contacts WHERE id = $1`,
        [B.contact.id],
      ),
    );
    expect(bContact).toEqual({ summary: B.contact.summary, deleted_at: null });
  });

  it('lots_app cannot delete contacts (soft delete only) nor change or delete their trail, even its own tenant’s', async () => {
    const own = A.tenant.id;
    for (const statement of [
      `DELETE FROM contacts WHERE tenant_id = $1`,
      `DELETE FROM contact_revisions WHERE tenant_id = $1`,
      `UPDATE contact_revisions SET reason = 'Efterhandskonstruktion' WHERE tenant_id = $1`,
    ]) {
      expect(await sqlState(asApp(own, (c) => c.query(statement, [own]))), statement).toBe('42501');
    }
  });

  it('a contact cannot name another tenant’s topic, unit or user, even written as the owner (composite keys)', async () => {
    const values = (over: Record<string, string>) => {
      const v = {
        tenant: A.tenant.id,
        user: A.user.id,
        topic: A.topic.id,
        owner: A.topic.ownerUnitId,
        forwardedTo: A.topic.ownerUnitId,
        ...over,
      };
      return [v.tenant, v.user, v.topic, v.owner, v.forwardedTo];
    };
    const insert = `INSERT INTO contacts (tenant_id, logged_by_user_id, channel, started_at, duration_seconds, need, topic_id,
        owner_unit_id, resolution, forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand)
      VALUES ($1, $2, 'phone', date_trunc('milliseconds', now()), 60, 'want_to_know', $3, $4, 'forwarded', $5, 'x', 'y', false)`;
    expect(await sqlState(db.transaction((c) => c.query(insert, values({}))))).toBe('no error');
    const foreign: Record<string, string>[] = [
      { topic: B.topic.id },
      { owner: B.topic.ownerUnitId },
      { forwardedTo: B.topic.ownerUnitId },
      { user: B.user.id },
    ];
    for (const over of foreign) {
      expect(await sqlState(db.transaction((c) => c.query(insert, values(over)))), JSON.stringify(over)).toBe(
        '23503',
      );
    }
  });

  it('the CHECK constraints refuse a forwarded contact without its three fields and a reason without failure demand', async () => {
    const insert = (
      resolution: string,
      forwardExpected: string | null,
      isFailureDemand: boolean,
      reason: string | null,
    ) =>
      db.transaction((c) =>
        c.query(
          `INSERT INTO contacts (tenant_id, logged_by_user_id, channel, started_at, duration_seconds, need, topic_id,
              owner_unit_id, resolution, forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason)
            VALUES ($1, $2, 'phone', date_trunc('milliseconds', now()), 60, 'want_to_know', $3, $4, $5, $4, 'x', $6, $7, $8)`,
          [
            A.tenant.id,
            A.user.id,
            A.topic.id,
            A.topic.ownerUnitId,
            resolution,
            forwardExpected,
            isFailureDemand,
            reason,
          ],
        ),
      );
    expect(await sqlState(insert('forwarded', 'y', false, null))).toBe('no error');
    expect(await sqlState(insert('forwarded', null, false, null))).toBe('23514');
    expect(await sqlState(insert('resolved_self', 'y', false, null))).toBe('23514');
    expect(await sqlState(insert('forwarded', 'y', false, 'other'))).toBe('23514');
    expect(await sqlState(insert('forwarded', 'y', true, null))).toBe('23514');
  });
});
