/**
 * Arrangements shared by the contact route tests: a municipality with a department, a unit below
 * it and a topic owned by each, a signed-in guide, and a valid request body to vary.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createTopic, createUnit, type TestTopic, type TestUnit } from './factories.js';
import { signedInAs, type SignedIn, type TestServer } from './server.js';

export interface ContactWorld {
  guide: SignedIn;
  department: TestUnit;
  unit: TestUnit;
  /** Owned by the department. */
  topic: TestTopic;
  /** Owned by the unit below the department. */
  unitTopic: TestTopic;
}

export async function contactWorld(server: TestServer): Promise<ContactWorld> {
  const guide = await signedInAs(server, ['guide']);
  const t = guide.tenant.id;
  const department = await createUnit(server.db, t, { name: 'Samhällsbyggnad' });
  const unit = await createUnit(server.db, t, { name: 'Vatten och avfall', parentId: department.id });
  const topic = await createTopic(server.db, t, { name: 'Bygglov', ownerUnitId: department.id });
  const unitTopic = await createTopic(server.db, t, { name: 'Faktura', ownerUnitId: unit.id });
  return { guide, department, unit, topic, unitTopic };
}

/** A resolved phone question that started a minute ago; overrides replace or add fields. */
export function contactBody(
  topicId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    channel: 'phone',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    durationSeconds: 180,
    need: 'want_to_know',
    topicId,
    resolution: 'resolved_self',
    ...overrides,
  };
}

export function postContact(
  app: FastifyInstance,
  who: SignedIn | null,
  body: unknown,
  idempotencyKey: string | null = randomUUID(),
) {
  return app.inject({
    method: 'POST',
    url: '/api/contacts',
    headers: {
      ...(who ? who.headers : {}),
      ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
    },
    payload: body as object,
  });
}
