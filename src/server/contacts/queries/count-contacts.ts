/**
 * How many contacts the list's filters select for the actor (the list's total, issue #13): the
 * same condition as selectContactsPage, counted once with the first page, not with every page.
 */
import { count } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { contacts } from '../../../db/schema.js';
import type { ContactScope } from '../policy.js';
import { contactListCondition, type ContactFilters } from './contacts.js';

export async function countContacts(
  tx: Tx,
  tenantId: string,
  scope: ContactScope,
  filters: ContactFilters,
): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(contacts)
    .where(contactListCondition(tenantId, scope, filters));
  return row?.total ?? 0;
}
