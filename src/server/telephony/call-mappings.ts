/**
 * Saved column mappings for CSV exports of calls or interval counts: created, replaced and
 * removed by administrators, checked by core/telephony/call-mapping.ts before they are stored,
 * each change in the audit trail.
 */
import type { Actor } from '../../core/auth/roles.js';
import { checkCallMapping, type CallMapping } from '../../core/telephony/call-mapping.js';
import type { Database } from '../../db/database.js';
import { uniqueViolation } from '../../db/errors.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { notFound, Problem, type FieldError } from '../http/problem.js';
import {
  deleteCallMapping,
  insertCallMapping,
  listCallMappings,
  updateCallMapping,
  type CallMappingRow,
} from './queries/call-mappings.js';

export interface SaveCallMappingInput {
  name: string;
  source: string;
  mapping: CallMapping;
}

interface Options {
  db: Database;
  actor: Actor;
}

const nameTaken = () =>
  new Problem(409, 'call_mapping_name_taken', [{ pointer: '/body/name', code: 'call_mapping_name_taken' }]);

function checked(input: SaveCallMappingInput): void {
  const issues = checkCallMapping(input.mapping);
  if (issues.length > 0) {
    throw new Problem(
      400,
      'validation_failed',
      issues.map((i): FieldError => ({
        pointer: `/body/mapping/${i.path}`,
        code: i.code,
        ...(i.params ? { params: i.params } : {}),
      })),
    );
  }
}

export function presentCallMapping(row: CallMappingRow) {
  const mapping = row.mapping as Record<string, unknown> & { kind: CallMapping['kind'] };
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    kind: mapping.kind,
    mapping,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function listMappings({ db, actor }: Options) {
  return (await withTenantClient(db, actor.tenantId, listCallMappings)).map(presentCallMapping);
}

export async function createMapping({ db, actor, input }: Options & { input: SaveCallMappingInput }) {
  checked(input);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const row = await insertCallMapping(client, { ...input, userId: actor.userId });
    if (!row) throw nameTaken();
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'call_mapping.created',
      entityType: 'call_mapping',
      entityId: row.id,
      details: { name: row.name, kind: input.mapping.kind },
    });
    return presentCallMapping(row);
  });
}

export async function replaceMapping({
  db,
  actor,
  id,
  input,
}: Options & { id: string; input: SaveCallMappingInput }) {
  checked(input);
  try {
    return await withTenantClient(db, actor.tenantId, async (client) => {
      const row = await updateCallMapping(client, id, { ...input, userId: actor.userId });
      if (!row) throw notFound();
      await insertAuditEventSql(client, {
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        action: 'call_mapping.updated',
        entityType: 'call_mapping',
        entityId: id,
        details: { name: row.name, kind: input.mapping.kind },
      });
      return presentCallMapping(row);
    });
  } catch (error) {
    if (uniqueViolation(error) === 'call_mappings_name_key') throw nameTaken();
    throw error;
  }
}

export async function removeMapping({ db, actor, id }: Options & { id: string }) {
  await withTenantClient(db, actor.tenantId, async (client) => {
    if (!(await deleteCallMapping(client, id))) throw notFound();
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'call_mapping.deleted',
      entityType: 'call_mapping',
      entityId: id,
    });
  });
}
