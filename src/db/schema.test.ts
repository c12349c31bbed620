/**
 * The Drizzle definitions in schema.ts describe the database that the SQL migrations build:
 * every declared column exists with the same type, nullability and default, the primary keys
 * match, and every tenant-owned table's primary key starts with tenant_id (so the schema can be
 * distributed by tenant later, for example on Citus).
 */
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from './schema.js';
import { testDatabase } from '../test/database.js';

const db = await testDatabase();

const tables = (Object.values(schema) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableConfig(t));

interface DbColumn {
  table_name: string;
  column_name: string;
  /** information_schema's data_type, with an array named by its element: 'uuid[]', not 'ARRAY'. */
  data_type: string;
  is_nullable: 'YES' | 'NO';
  has_default: boolean;
}

const dbColumns = await db.transaction((c) =>
  c.query<DbColumn>(`
    SELECT table_name, column_name,
           CASE WHEN data_type = 'ARRAY' THEN substr(udt_name, 2) || '[]' ELSE data_type END AS data_type,
           is_nullable, column_default IS NOT NULL AS has_default
      FROM information_schema.columns WHERE table_schema = 'public'`),
);
const dbColumn = (table: string, column: string) =>
  dbColumns.find((c) => c.table_name === table && c.column_name === column);

const primaryKeys = new Map(
  (
    await db.transaction((c) =>
      c.query<{ table_name: string; columns: string[] }>(`
        SELECT cl.relname AS table_name, array_agg(a.attname::text ORDER BY k.ord) AS columns
          FROM pg_index i
          JOIN pg_class cl ON cl.oid = i.indrelid
          CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum = k.attnum
         WHERE i.indisprimary AND cl.relnamespace = 'public'::regnamespace
         GROUP BY cl.relname`),
    )
  ).map((r) => [r.table_name, r.columns]),
);

// The sign-in directory is deliberately keyed by the sign-in name across tenants (a login form
// asks only for the address); the runtime role reaches other tenants' rows in it only through
// lots_login_tenant(). See 0001_foundation.sql. So is the directory of e-mail domains: a domain
// belongs to one municipality across all of them (0013_tenant_email_domains.sql).
const GLOBAL_TABLES_WITH_TENANT_ID = new Set(['login_identities', 'tenant_email_domains']);

describe('schema.ts matches the migrated database', () => {
  it('declares every table of the database (besides the migration ledger)', async () => {
    const dbTables = [...new Set(dbColumns.map((c) => c.table_name))]
      .filter((t) => t !== 'lots_migrations')
      .sort();
    expect(tables.map((t) => t.name).sort()).toEqual(dbTables);
  });

  it.each(tables.map((t) => [t.name, t] as const))(
    '%s: every column exists with the same type, nullability and default',
    (name, table) => {
      for (const column of table.columns) {
        const actual = dbColumn(name, column.name);
        expect(actual, `${name}.${column.name}`).toBeDefined();
        expect({
          column: column.name,
          type: actual?.data_type,
          notNull: actual?.is_nullable === 'NO',
          hasDefault: actual?.has_default,
        }).toEqual({
          column: column.name,
          type: column.getSQLType(),
          notNull: column.notNull,
          hasDefault: column.hasDefault,
        });
      }
    },
  );

  it.each(tables.map((t) => [t.name, t] as const))(
    '%s: the primary key is the declared one',
    (name, table) => {
      const declared =
        table.primaryKeys[0]?.columns.map((c) => c.name) ??
        table.columns.filter((c) => c.primary).map((c) => c.name);
      expect(primaryKeys.get(name)).toEqual(declared);
    },
  );
});

describe('tenant-owned tables', () => {
  const owned = [
    ...new Set(dbColumns.filter((c) => c.column_name === 'tenant_id').map((c) => c.table_name)),
  ].sort();

  it('are the ones expected (a new tenant-owned table gets a row-level security policy too)', () => {
    expect(owned).toEqual([
      'api_tokens',
      'audit_events',
      'call_day_rollups',
      'call_imports',
      'call_intervals',
      'call_mappings',
      'call_sources',
      'chart_baselines',
      'closed_days',
      'complaint_categories',
      'complaint_contact_details',
      'complaint_counters',
      'complaint_events',
      'complaint_settings',
      'complaints',
      'contact_day_counts',
      'contact_mappings',
      'contact_month_versions',
      'contact_revisions',
      'contact_survey_addresses',
      'contacts',
      'department_survey_invitations',
      'department_survey_recipients',
      'department_survey_rounds',
      'email_contact_days',
      'email_messages',
      'goals',
      'improvements',
      'login_identities',
      'queue_groups',
      'queued_calls',
      'queues',
      'sessions',
      'signal_subscriptions',
      'signals',
      'survey_addresses',
      'survey_answers',
      'survey_invitation_tallies',
      'survey_invitations',
      'survey_quarantine',
      'survey_result_answers',
      'survey_result_cells',
      'survey_result_means',
      'survey_secrets',
      'survey_versions',
      'surveys',
      'telephony_settings',
      'tenant_email_domains',
      'topics',
      'turned_away_callers',
      'units',
      'user_roles',
      'users',
      'visitor_counts',
    ]);
  });

  it.each(owned.filter((t) => !GLOBAL_TABLES_WITH_TENANT_ID.has(t)))(
    '%s: primary key starts with tenant_id',
    (table) => {
      expect(primaryKeys.get(table)?.[0]).toBe('tenant_id');
    },
  );
});
