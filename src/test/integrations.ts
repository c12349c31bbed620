/**
 * Test builders for integrations and their API tokens, written as the database owner like the
 * other factories. A token is made the way the service makes it, so the returned value works.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { apiTokens, userRoles, users } from '../db/schema.js';

export interface TestIntegration {
  id: string;
  tenantId: string;
  name: string;
}

export async function createIntegration(
  db: Database,
  tenantId: string,
  options: { name?: string; isActive?: boolean } = {},
): Promise<TestIntegration> {
  const id = randomUUID();
  const name = options.name ?? `Integration ${id.slice(0, 8)}`;
  await db.orm.insert(users).values({
    tenantId,
    id,
    kind: 'integration',
    email: `integration-${id}@lots.invalid`,
    displayName: name,
    passwordHash: null,
    isActive: options.isActive ?? true,
  });
  await db.orm.insert(userRoles).values({ tenantId, userId: id, role: 'integration', unitId: null });
  return { id, tenantId, name };
}

export interface TestToken {
  id: string;
  /** The whole bearer token, "lots_<tenant id>.<secret>". */
  value: string;
  /** Headers for app.inject. */
  headers: { authorization: string };
}

/** A token of the integration; by default made now and valid for a year. */
export async function createToken(
  db: Database,
  integration: TestIntegration,
  options: { name?: string; createdAt?: Date; expiresAt?: Date; revokedAt?: Date | null } = {},
): Promise<TestToken> {
  const secret = randomBytes(32).toString('base64url');
  const createdAt = options.createdAt ?? new Date();
  const [row] = await db.orm
    .insert(apiTokens)
    .values({
      tenantId: integration.tenantId,
      integrationId: integration.id,
      secretHash: createHash('sha256').update(secret).digest('hex'),
      name: options.name ?? 'Test',
      createdAt,
      expiresAt: options.expiresAt ?? new Date(createdAt.getTime() + 365 * 86_400_000),
      revokedAt: options.revokedAt ?? null,
    })
    .returning({ id: apiTokens.id });
  if (!row) throw new Error('token not created');
  const value = `lots_${integration.tenantId}.${secret}`;
  return { id: row.id, value, headers: { authorization: `Bearer ${value}` } };
}
