import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { nextCalendarDay, startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { contactScopeOf } from './policy.js';
import { countContacts } from './queries/count-contacts.js';
import { selectContactsPage, type ContactFilters, type ContactRow } from './queries/contacts.js';
import type { ListContactsQuery } from './schema.js';

/** The period filter as instants: from the first day's midnight to the midnight after the last, in Europe/Stockholm. */
function periodOf(from: string | undefined, to: string | undefined): Pick<ContactFilters, 'start' | 'end'> {
  return {
    start: from === undefined ? undefined : startOfCalendarDay(from),
    end: to === undefined ? undefined : startOfCalendarDay(nextCalendarDay(to)),
  };
}

/** A profile filter's `none` (not recorded) as the null it is stored as. */
function noneAsNull<T extends string>(value: T | 'none' | undefined): T | null | undefined {
  return value === 'none' ? null : value;
}

/**
 * One page of the contacts the actor may see (policy.ts), newest first, filtered. Deleted
 * contacts are never listed. nextCursor continues after the last contact of the page; total is
 * how many contacts the filters select, given with the first page (null with the others).
 */
export async function listContacts({
  db,
  actor,
  query,
}: {
  db: Database;
  actor: Actor;
  query: ListContactsQuery;
}): Promise<{ contacts: ContactRow[]; nextCursor: string | null; total: number | null }> {
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const filters: ContactFilters = {
    ...periodOf(query.from, query.to),
    channel: query.channel,
    need: query.need,
    topicId: query.topicId,
    unitId: query.unitId,
    resolution: query.resolution,
    isFailureDemand: query.failureDemand,
    loggedByUserId: query.loggedBy === 'me' ? actor.userId : undefined,
    weekday: query.weekday,
    hour: query.hour,
    citizenGender: noneAsNull(query.gender),
    citizenAgeBand: noneAsNull(query.ageBand),
    citizenDistrict: query.noDistrict ? null : query.district,
    failureReason: query.failureReason,
    concernsExistingCase: query.existingCase,
    forwardedToUnitId: query.forwardedToUnitId,
  };
  const scope = contactScopeOf(actor);
  // The total is counted with the first page only: the pages after it keep the list's total.
  const [rows, total] = await withTenant(db, actor.tenantId, async (tx) => [
    await selectContactsPage(tx, actor.tenantId, scope, filters, cursor, query.limit),
    cursor === null ? await countContacts(tx, actor.tenantId, scope, filters) : null,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    contacts: page,
    total,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ startedAt: last.startedAt, id: last.id }) : null,
  };
}
