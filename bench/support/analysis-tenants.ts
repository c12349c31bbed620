/**
 * More municipalities for bench/analysis.ts, fast: copies of the demo municipality made in SQL by
 * the superuser (seeding 49 demos through the services would take about half an hour). Each copy
 * is a tenant of its own with the demo's units, topics, users and roles, its year of contacts
 * and their first revisions, every id remapped (md5 of the new tenant and the old id), so the
 * rows have the demo's volume and shape in the same tables and indexes. Sign-in names
 * (login_identities) and telephony are not copied: nobody signs in to a copy, and the analyses
 * read only the measured municipality's calls.
 *
 * relayoutByTime() then rewrites the contacts table in the order live logging would have written
 * it (all municipalities' contacts interleaved by when they were logged), instead of one
 * municipality after another.
 *
 * Both run as bulk loads: the tables' indexes and key constraints are dropped first and built
 * again afterwards (with the same definitions and names), foreign keys into them come back
 * NOT VALID. The database is a throwaway one.
 */
import type pg from 'pg';

/** uuid columns that hold a tenant-owned id (remapped in a copy). */
const ID_COLUMNS = new Set([
  'id',
  'parent_id',
  'owner_unit_id',
  'user_id',
  'unit_id',
  'logged_by_user_id',
  'topic_id',
  'forwarded_to_unit_id',
  'contact_id',
  'changed_by_user_id',
]);

/** In the order their foreign keys need. */
const TABLES = ['units', 'users', 'user_roles', 'topics', 'contacts', 'contact_revisions'] as const;

async function columnsOf(client: pg.Client, table: string): Promise<{ name: string; type: string }[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows;
}

/** INSERT ... SELECT of one table's rows of tenant $2 into tenant $1, ids remapped. */
async function copyStatements(client: pg.Client): Promise<{ table: string; text: string }[]> {
  const statements: { table: string; text: string }[] = [];
  for (const table of TABLES) {
    const columns = await columnsOf(client, table);
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const values = columns
      .map((c) => {
        if (c.name === 'tenant_id') return '$1::uuid';
        if (c.type === 'uuid' && ID_COLUMNS.has(c.name)) return `md5($1::text || "${c.name}"::text)::uuid`;
        return `"${c.name}"`;
      })
      .join(', ');
    statements.push({
      table,
      text: `INSERT INTO ${table} (${names}) SELECT ${values} FROM ${table} WHERE tenant_id = $2::uuid`,
    });
  }
  return statements;
}

/**
 * Runs `load` with the indexes and key constraints of `tables` dropped (and the foreign keys
 * that point into them), then builds them again. Returns the milliseconds of the rebuild.
 */
export async function withoutIndexes(
  client: pg.Client,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<number> {
  const { rows: constraints } = await client.query<{
    table: string;
    name: string;
    type: string;
    definition: string;
  }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, contype AS type,
            pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE (contype IN ('p', 'u') AND conrelid::regclass::text = ANY($1))
         OR (contype = 'f' AND confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  // Foreign keys first (they depend on the keys), then the keys, then the plain indexes.
  const order = (type: string) => (type === 'f' ? 0 : 1);
  for (const c of [...constraints].sort((a, b) => order(a.type) - order(b.type)))
    await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = ANY($1)`,
    [tables],
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);

  await load();

  const started = performance.now();
  await client.query("SET maintenance_work_mem = '1GB'");
  for (const index of indexes) await client.query(index.definition);
  for (const c of constraints.filter((x) => x.type !== 'f'))
    await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.definition}`);
  for (const c of constraints.filter((x) => x.type === 'f'))
    await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.definition} NOT VALID`);
  await client.query('RESET maintenance_work_mem');
  return performance.now() - started;
}

export interface CopyResult {
  tenants: number;
  contacts: number;
  revisions: number;
}

/**
 * Adds `count` copies of tenant `sourceId`, one transaction each. Triggers (foreign-key checks,
 * and the statement triggers that keep contact_day_counts, which the analyses never read) are
 * skipped by session_replication_role = replica: the copy is of valid rows with every reference
 * remapped alike. Call it inside withoutIndexes(client, ['contacts', 'contact_revisions'], ...).
 */
export async function copyTenants(
  client: pg.Client,
  sourceId: string,
  count: number,
  progress: (done: number) => void = () => undefined,
): Promise<CopyResult> {
  const statements = await copyStatements(client);
  const { rows: codes } = await client.query<{ code: string; name: string }>(
    `SELECT code, name FROM municipalities WHERE code NOT IN (SELECT municipality_code FROM tenants)
      ORDER BY code LIMIT $1`,
    [count],
  );
  if (codes.length < count) throw new Error(`only ${codes.length} municipalities left for ${count} copies`);
  const result: CopyResult = { tenants: 0, contacts: 0, revisions: 0 };
  for (const [i, { code, name }] of codes.entries()) {
    await client.query('BEGIN');
    try {
      await client.query("SET LOCAL session_replication_role = 'replica'");
      const { rows } = await client.query<{ id: string }>(
        'INSERT INTO tenants (municipality_code, name) VALUES ($1, $2) RETURNING id',
        [code, `${name} kommun`],
      );
      const tenantId = rows[0]?.id;
      if (!tenantId) throw new Error('tenant not created');
      for (const { table, text } of statements) {
        const inserted = (await client.query(text, [tenantId, sourceId])).rowCount ?? 0;
        if (table === 'contacts') result.contacts += inserted;
        if (table === 'contact_revisions') result.revisions += inserted;
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    result.tenants += 1;
    progress(i + 1);
  }
  return result;
}

/**
 * Rewrites the contacts table in logging order (created_at) across all tenants, as live logging by
 * many municipalities at once lays it out: the measured municipality's rows then lie scattered
 * over the whole table (about one row in fifty) instead of side by side. Superuser only; call it
 * inside withoutIndexes(client, ['contacts'], ...).
 */
export async function relayoutByTime(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query("SET LOCAL session_replication_role = 'replica'");
    await client.query("SET LOCAL work_mem = '512MB'");
    await client.query('CREATE TEMP TABLE bench_contacts_by_time ON COMMIT DROP AS SELECT * FROM contacts');
    await client.query('TRUNCATE contacts');
    // Generated columns (the Stockholm day and hour) are computed again, not copied.
    const names = (await columnsOf(client, 'contacts')).map((c) => `"${c.name}"`).join(', ');
    await client.query(
      `INSERT INTO contacts (${names}) SELECT ${names} FROM bench_contacts_by_time ORDER BY created_at, id`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
