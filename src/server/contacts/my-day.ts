/**
 * A guide's start page (issue #13): how many contacts they have logged today and their latest
 * ones. Only the signed-in person's own contacts, for themselves: no one else's figures, and no
 * way to ask for another guide's.
 */
import type { Actor } from '../../core/auth/roles.js';
import { calendarDayOf, nextCalendarDay, startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { ContactScope } from './policy.js';
import { countOwnContacts } from './queries/count-own-contacts.js';
import { selectContactsPage, type ContactRow } from './queries/contacts.js';

/** How many of the latest own contacts the start page lists. */
export const MY_RECENT_LIMIT = 5;

export async function myDay({
  db,
  actor,
  now,
}: {
  db: Database;
  actor: Actor;
  now: Date;
}): Promise<{ day: string; todayCount: number; recent: ContactRow[] }> {
  const day = calendarDayOf(now);
  const start = startOfCalendarDay(day);
  const end = startOfCalendarDay(nextCalendarDay(day));
  return withTenant(db, actor.tenantId, async (tx) => {
    const todayCount = await countOwnContacts(tx, actor.tenantId, actor.userId, start, end);
    const own: ContactScope = { kind: 'limited', userId: actor.userId, unitIds: [] };
    const rows = await selectContactsPage(
      tx,
      actor.tenantId,
      own,
      { loggedByUserId: actor.userId },
      null,
      MY_RECENT_LIMIT,
    );
    return { day, todayCount, recent: rows.slice(0, MY_RECENT_LIMIT) };
  });
}
