/**
 * Saved column mappings (core/contacts/intake-mapping.ts): list, create, change and remove, each
 * change with an audit event. A mapping is checked twice before it is stored: its shape by zod
 * (schema.ts), its meaning by checkContactMapping, whose issues come back as field errors under
 * /body/mapping.
 */
import type { Actor } from '../../core/auth/roles.js';
import { checkContactMapping } from '../../core/contacts/intake-mapping.js';
import type { Database, Tx } from '../../db/database.js';
import { uniqueViolation } from '../../db/errors.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { Problem } from '../http/problem.js';
import {
  deleteContactMappingRow,
  findContactMapping,
  findContactMappingByName,
  insertContactMapping,
  selectContactMappings,
  updateContactMappingRow,
  type ContactMappingRow,
} from './queries/contact-mappings.js';
import type { SaveContactMappingBody } from './schema.js';

export function listContactMappings({
  db,
  actor,
}: {
  db: Database;
  actor: Actor;
}): Promise<ContactMappingRow[]> {
  return withTenant(db, actor.tenantId, (tx) => selectContactMappings(tx, actor.tenantId));
}

function assertMappingValid(input: SaveContactMappingBody): void {
  const issues = checkContactMapping(input.mapping);
  if (issues.length === 0) return;
  throw new Problem(
    400,
    'validation_failed',
    issues.map((i) => ({
      pointer: `/body/mapping/${i.path
        .split('/')
        .map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1'))
        .join('/')}`,
      code: i.code,
      ...(i.params ? { params: i.params } : {}),
    })),
  );
}

async function assertNameFree(
  tx: Tx,
  tenantId: string,
  name: string,
  exceptId: string | null,
): Promise<void> {
  const other = await findContactMappingByName(tx, tenantId, name);
  if (other && other.id !== exceptId)
    throw new Problem(409, 'contact_mapping_name_taken', [
      { pointer: '/body/name', code: 'contact_mapping_name_taken' },
    ]);
}

/** Two saves racing for one name: the unique index decides, and the loser gets the same 409. */
async function nameTakenOnRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolation(error) === 'contact_mappings_name_key')
      throw new Problem(409, 'contact_mapping_name_taken', [
        { pointer: '/body/name', code: 'contact_mapping_name_taken' },
      ]);
    throw error;
  }
}

export function createContactMapping({
  db,
  actor,
  input,
}: {
  db: Database;
  actor: Actor;
  input: SaveContactMappingBody;
}): Promise<ContactMappingRow> {
  assertMappingValid(input);
  const { tenantId, userId } = actor;
  return nameTakenOnRace(() =>
    withTenant(db, tenantId, async (tx) => {
      await assertNameFree(tx, tenantId, input.name, null);
      const row = await insertContactMapping(tx, {
        tenantId,
        name: input.name,
        source: input.source,
        mapping: input.mapping,
        createdByUserId: userId,
        updatedByUserId: userId,
      });
      if (!row)
        throw new Problem(409, 'contact_mapping_name_taken', [
          { pointer: '/body/name', code: 'contact_mapping_name_taken' },
        ]);
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId: userId,
        action: 'contact_mapping.created',
        entityType: 'contact_mapping',
        entityId: row.id,
        details: { name: row.name, source: row.source },
      });
      return row;
    }),
  );
}

export function updateContactMapping({
  db,
  actor,
  id,
  input,
}: {
  db: Database;
  actor: Actor;
  id: string;
  input: SaveContactMappingBody;
}): Promise<ContactMappingRow> {
  assertMappingValid(input);
  const { tenantId, userId } = actor;
  return nameTakenOnRace(() =>
    withTenant(db, tenantId, async (tx) => {
      const before = await findContactMapping(tx, tenantId, id);
      if (!before) throw new Problem(404, 'not_found');
      await assertNameFree(tx, tenantId, input.name, id);
      const row = await updateContactMappingRow(tx, tenantId, id, {
        name: input.name,
        source: input.source,
        mapping: input.mapping,
        updatedByUserId: userId,
      });
      if (!row) throw new Problem(404, 'not_found');
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId: userId,
        action: 'contact_mapping.updated',
        entityType: 'contact_mapping',
        entityId: id,
        details: {
          name: row.name,
          source: row.source,
          ...(before.name === row.name ? {} : { previousName: before.name }),
          ...(before.source === row.source ? {} : { previousSource: before.source }),
        },
      });
      return row;
    }),
  );
}

export function deleteContactMapping({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor;
  id: string;
}): Promise<void> {
  const { tenantId, userId } = actor;
  return withTenant(db, tenantId, async (tx) => {
    const before = await findContactMapping(tx, tenantId, id);
    if (!before || !(await deleteContactMappingRow(tx, tenantId, id))) throw new Problem(404, 'not_found');
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId: userId,
      action: 'contact_mapping.deleted',
      entityType: 'contact_mapping',
      entityId: id,
      details: { name: before.name, source: before.source, mapping: before.mapping },
    });
  });
}
