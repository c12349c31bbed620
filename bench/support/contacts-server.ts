/**
 * The server under test for bench/contacts-post.ts, in its own process so that its RSS is its
 * own: a fresh embedded database in a temporary folder (or a fresh database on the PostgreSQL
 * server named by BENCH_DATABASE_URL), one tenant with a guide and a topic, listening on a free
 * loopback port. Prints one JSON line with what the load generator needs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openEmbedded, openServer } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { withTenantClient } from '../../src/db/tenant-context.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../src/server/demo/demo-municipality.js';
import { seedDemo } from '../../src/server/demo/seed-demo.js';
import { createTenant, createTopic, createUnit, createUser } from '../../src/test/factories.js';

const url = process.env['BENCH_DATABASE_URL'];
// The embedded data folder is removed when the server stops.
const dataDir = url ? null : await mkdtemp(path.join(os.tmpdir(), 'lots-bench-'));
const db = dataDir
  ? await openEmbedded({ dataDir })
  : openServer({ connectionString: url as string, maxConnections: 10 });
await migrate(db);
/**
 * BENCH_DEMO=1: the saves go to the demo municipality with its year of contacts (issue #14.7),
 * as its guide: seeded here unless the database holds it already (a kept bench database).
 */
async function demoTarget(): Promise<{ email: string; password: string; topicId: string }> {
  const login = DEMO_LOGINS.find((l) => l.role === 'guide');
  if (!login) throw new Error('the demo has no guide');
  const find = () =>
    db.transaction((c) =>
      c.query<{ tenant_id: string }>('SELECT tenant_id::text FROM users WHERE email = $1', [login.email]),
    );
  let [row] = await find();
  if (!row) {
    await seedDemo(db);
    // As `lots serve` does on start after the demo (PGlite has no autovacuum); the server's
    // autovacuum would do the same soon.
    await db.script(dataDir ? 'ANALYZE' : 'VACUUM ANALYZE');
    [row] = await find();
  }
  if (!row) throw new Error('demo not seeded');
  const [topic] = await withTenantClient(db, row.tenant_id, (c) =>
    c.query<{ id: string }>(
      `SELECT topic_id::text AS id FROM contacts GROUP BY topic_id ORDER BY count(*) DESC LIMIT 1`,
    ),
  );
  if (!topic) throw new Error('the demo has no contacts');
  return { email: login.email, password: DEMO_PASSWORD, topicId: topic.id };
}
async function freshTarget(): Promise<{ email: string; password: string; topicId: string }> {
  const tenant = await createTenant(db, { municipalityCode: '0123' });
  const unit = await createUnit(db, tenant.id, { name: 'Samhällsbyggnadsförvaltningen' });
  const topic = await createTopic(db, tenant.id, { name: 'VA-faktura', ownerUnitId: unit.id });
  const guide = await createUser(db, tenant.id, { roles: ['guide'], email: 'guide@bench.example' });
  return { email: guide.email, password: guide.password, topicId: topic.id };
}
const target = process.env['BENCH_DEMO'] === '1' ? await demoTarget() : await freshTarget();
const app = await buildApp({ db, config: { ...loadConfig({}), loginRateLimit: 1000 }, logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: target.email, password: target.password }),
});
const session = (await login.json()) as { csrfToken: string };
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
process.stdout.write(
  `${JSON.stringify({ port, cookie, csrfToken: session.csrfToken, topicId: target.topicId, database: db.kind })}\n`,
);
const stop = async () => {
  await app.close();
  await db.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
