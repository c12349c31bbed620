/**
 * Arrangements shared by the bulk intake tests: a municipality with an administrator (who holds
 * contacts:import), the catalogue "Vatten och avlopp › Faktura" and "Bygglov", and helpers to post
 * a JSON batch, a CSV file and a mapping.
 */
import type { FastifyInstance } from 'fastify';
import { createTopic, createUnit, type TestTopic, type TestUnit } from './factories.js';
import { signedInAs, type SignedIn, type TestServer } from './server.js';

export interface IntakeWorld {
  admin: SignedIn;
  department: TestUnit;
  unit: TestUnit;
  /** "Vatten och avlopp", owned by the department. */
  water: TestTopic;
  /** "Vatten och avlopp › Faktura", owned by the unit. */
  invoice: TestTopic;
  /** "Bygglov", owned by the department. */
  permit: TestTopic;
}

export async function intakeWorld(server: TestServer): Promise<IntakeWorld> {
  const admin = await signedInAs(server, ['administrator']);
  const t = admin.tenant.id;
  const department = await createUnit(server.db, t, { name: 'Samhällsbyggnad' });
  const unit = await createUnit(server.db, t, { name: 'VA-enheten', parentId: department.id });
  const water = await createTopic(server.db, t, { name: 'Vatten och avlopp', ownerUnitId: department.id });
  const invoice = await createTopic(server.db, t, {
    name: 'Faktura',
    parentId: water.id,
    ownerUnitId: unit.id,
  });
  const permit = await createTopic(server.db, t, { name: 'Bygglov', ownerUnitId: department.id });
  return { admin, department, unit, water, invoice, permit };
}

/** A resolved phone question from `startedAt` (default two days ago); overrides replace or add fields. */
export function bulkContact(
  externalId: string,
  topicId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    externalId,
    channel: 'phone',
    startedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    durationSeconds: 120,
    need: 'want_to_know',
    topicId,
    resolution: 'resolved_self',
    ...overrides,
  };
}

export function postBulk(
  app: FastifyInstance,
  who: SignedIn | null,
  body: unknown,
  query = '',
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: `/api/contacts/bulk${query}`,
    headers: { ...(who ? who.headers : {}), ...headers },
    payload: body as object,
  });
}

export function postCsv(app: FastifyInstance, who: SignedIn | null, csv: string, query: string) {
  return app.inject({
    method: 'POST',
    url: `/api/contacts/bulk.csv${query}`,
    headers: { ...(who ? who.headers : {}), 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
}

export function postMapping(app: FastifyInstance, who: SignedIn, body: unknown) {
  return app.inject({
    method: 'POST',
    url: '/api/contact-mappings',
    headers: who.headers,
    payload: body as object,
  });
}
