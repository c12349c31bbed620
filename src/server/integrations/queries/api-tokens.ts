/** API tokens of integrations. The secret's hash is only ever compared, never selected. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database, Tx } from '../../../db/database.js';
import { tenantPrelude } from '../../../db/tenant-context.js';
import { apiTokens, users } from '../../../db/schema.js';
import type { RoleGrant } from '../../../core/auth/roles.js';

export interface ApiTokenRow {
  id: string;
  integrationId: string;
  name: string;
  createdAt: Date;
  createdBy: { id: string; displayName: string } | null;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const creator = alias(users, 'creator');

const tokenColumns = {
  id: apiTokens.id,
  integrationId: apiTokens.integrationId,
  name: apiTokens.name,
  createdAt: apiTokens.createdAt,
  creatorId: creator.id,
  creatorName: creator.displayName,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

type SelectedToken = Omit<ApiTokenRow, 'createdBy'> & {
  creatorId: string | null;
  creatorName: string | null;
};

function toRow({ creatorId, creatorName, ...rest }: SelectedToken): ApiTokenRow {
  return {
    ...rest,
    createdBy: creatorId && creatorName !== null ? { id: creatorId, displayName: creatorName } : null,
  };
}

/** Tokens of the given integrations, oldest first. */
export async function selectApiTokens(
  tx: Tx,
  tenantId: string,
  integrationIds: readonly string[],
): Promise<ApiTokenRow[]> {
  if (integrationIds.length === 0) return [];
  const rows = await tx
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(
      creator,
      and(eq(creator.tenantId, apiTokens.tenantId), eq(creator.id, apiTokens.createdByUserId)),
    )
    .where(and(eq(apiTokens.tenantId, tenantId), inArray(apiTokens.integrationId, [...integrationIds])))
    .orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
  return rows.map(toRow);
}

export async function findApiToken(
  tx: Tx,
  tenantId: string,
  integrationId: string,
  id: string,
): Promise<ApiTokenRow | null> {
  const [row] = await tx
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(
      creator,
      and(eq(creator.tenantId, apiTokens.tenantId), eq(creator.id, apiTokens.createdByUserId)),
    )
    .where(
      and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.integrationId, integrationId), eq(apiTokens.id, id)),
    );
  return row ? toRow(row) : null;
}

export async function insertApiToken(
  tx: Tx,
  values: {
    tenantId: string;
    integrationId: string;
    secretHash: string;
    name: string;
    createdByUserId: string | null;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const [row] = await tx.insert(apiTokens).values(values).returning({ id: apiTokens.id });
  if (!row) throw new Error('api token insert returned no row');
  return row.id;
}

/** Revokes a token unless it already is; true when this call revoked it. */
export async function revokeApiTokenRow(
  tx: Tx,
  values: { tenantId: string; id: string; revokedAt: Date; revokedByUserId: string | null },
): Promise<boolean> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: values.revokedAt, revokedByUserId: values.revokedByUserId })
    .where(
      and(eq(apiTokens.tenantId, values.tenantId), eq(apiTokens.id, values.id), isNull(apiTokens.revokedAt)),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export interface TokenActorRow {
  tokenId: string;
  tenantId: string;
  integrationId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  isActive: boolean;
  roles: RoleGrant[];
}

const SECRET_HASH = /^[0-9a-f]{64}$/;

/**
 * The token with its integration and its integration role, by the hash of its secret, as the
 * runtime role scoped to the tenant the token names. Like resuming a session this runs on every
 * request it authenticates, so it is one round trip: the role and tenant switch and the query go
 * as one script. The hash and the tenant id are checked before they enter the text. Only the
 * 'integration' role counts, whatever else the row might hold: a token never carries more than
 * an integration may do.
 */
export async function findTokenActor(
  db: Database,
  tenantId: string,
  secretHash: string,
): Promise<TokenActorRow | null> {
  if (!SECRET_HASH.test(secretHash)) throw new Error('secret hash is not a SHA-256 hex digest');
  const results = await db.script(`${tenantPrelude(tenantId)};
    SELECT k.id AS "tokenId", k.tenant_id AS "tenantId", k.integration_id AS "integrationId",
           k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt", k.last_used_at AS "lastUsedAt",
           u.is_active AS "isActive",
           coalesce((SELECT json_agg(json_build_object('role', r.role, 'unitId', r.unit_id))
                       FROM user_roles r
                      WHERE r.tenant_id = k.tenant_id AND r.user_id = k.integration_id AND r.role = 'integration'),
                    '[]') AS roles
      FROM api_tokens k
      JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.integration_id AND u.kind = 'integration'
     WHERE k.tenant_id = '${tenantId}' AND k.secret_hash = '${secretHash}'`);
  const row = results.at(-1)?.[0];
  return row ? (row as unknown as TokenActorRow) : null;
}

export async function touchApiToken(tx: Tx, tenantId: string, id: string, now: Date): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, id)));
}
