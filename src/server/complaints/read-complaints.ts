/**
 * Reading synpunkter (issue #17): a page of the list within the reader's scope (no contact
 * details, ever), and one case with its history, and with the citizen's contact details only for
 * those who may handle it.
 */
import type { Actor } from '../../core/auth/roles.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, notFound } from '../http/problem.js';
import { handleScopeOf, readScopeOf } from './policy.js';
import { listCases, readCase, readContactDetails, type CaseFilter, type CaseRow } from './queries/cases.js';
import { readEvents, type EventRow } from './queries/events.js';
import type { ContactDetails } from './queries/register.js';
import { readOrMakeCategories, type CategoryRow } from './queries/settings.js';

export const PAGE_SIZE = 50;

/** The opaque cursor of a page: the received time and id of its last case. */
export function encodeCursor(row: Pick<CaseRow, 'receivedAt' | 'id'>): string {
  return Buffer.from(`${row.receivedAt.toISOString()}|${row.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const receivedAt = new Date(at ?? '');
  if (Number.isNaN(receivedAt.getTime()) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id ?? ''))
    throw badRequest('validation_failed', [{ pointer: '/query/cursor', code: 'invalid_cursor' }]);
  return { receivedAt, id: id! };
}

export interface ListQuery extends Omit<CaseFilter, 'after' | 'limit'> {
  cursor?: string;
  limit?: number;
}

export async function complaintsOf(args: {
  db: Database;
  actor: Actor;
  query: ListQuery;
}): Promise<{ cases: CaseRow[]; nextCursor: string | null }> {
  const { cursor, limit = PAGE_SIZE, ...filter } = args.query;
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const rows = await withTenantClient(args.db, args.actor.tenantId, (client) =>
    listCases(client, readScopeOf(args.actor), { ...filter, ...(after ? { after } : {}), limit: limit + 1 }),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { cases: page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export interface OneCase {
  row: CaseRow;
  events: EventRow[];
  /** Null when there are none, or the reader may not handle the case. */
  contact: ContactDetails | null;
  mayHandle: boolean;
}

export async function complaintOf(args: { db: Database; actor: Actor; id: string }): Promise<OneCase> {
  return withTenantClient(args.db, args.actor.tenantId, async (client) => {
    const row = await readCase(client, args.id, readScopeOf(args.actor));
    if (!row) throw notFound();
    const handleScope = handleScopeOf(args.actor);
    const mayHandle = handleScope !== null && (await readCase(client, args.id, handleScope)) !== null;
    return {
      row,
      events: await readEvents(client, args.id),
      contact: mayHandle ? await readContactDetails(client, args.id) : null,
      mayHandle,
    };
  });
}

export function categoriesOf(args: { db: Database; actor: Actor }): Promise<CategoryRow[]> {
  return withTenantClient(args.db, args.actor.tenantId, (client) => readOrMakeCategories(client));
}
