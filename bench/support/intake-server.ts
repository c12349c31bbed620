/**
 * The server under test for bench/contacts-bulk.ts, in its own process: a fresh embedded database
 * in a temporary folder (or the PostgreSQL database named by BENCH_DATABASE_URL), one tenant with
 * an administrator (contacts:import) and the topic "Vatten och avlopp › Faktura", listening on a
 * free loopback port. Prints one JSON line with what the load generator needs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openEmbedded, openServer } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createTenant, createTopic, createUnit, createUser } from '../../src/test/factories.js';

const url = process.env['BENCH_DATABASE_URL'];
// The embedded data folder is removed when the server stops.
const dataDir = url ? null : await mkdtemp(path.join(os.tmpdir(), 'lots-bench-'));
const db = dataDir
  ? await openEmbedded({ dataDir })
  : openServer({ connectionString: url as string, maxConnections: 10 });
await migrate(db);
const tenant = await createTenant(db);
const unit = await createUnit(db, tenant.id, { name: 'Samhällsbyggnadsförvaltningen' });
const water = await createTopic(db, tenant.id, { name: 'Vatten och avlopp', ownerUnitId: unit.id });
const topic = await createTopic(db, tenant.id, { name: 'Faktura', parentId: water.id, ownerUnitId: unit.id });
const admin = await createUser(db, tenant.id, { roles: ['administrator'] });
const app = await buildApp({ db, config: { ...loadConfig({}), loginRateLimit: 1000 }, logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: admin.email, password: admin.password }),
});
const session = (await login.json()) as { csrfToken: string };
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
process.stdout.write(
  `${JSON.stringify({ port, cookie, csrfToken: session.csrfToken, topicId: topic.id, database: db.kind })}\n`,
);
const stop = async () => {
  await app.close();
  await db.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
