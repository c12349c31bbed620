/**
 * Who may correct a contact and when. Issue #3: "Guides can correct their own contacts the same
 * day". The day is the day the contact was logged (created), in the municipality's time zone, so
 * a call taken at 23:55 and logged at 00:02 can be corrected during the day it was logged. After
 * that day the record stands: figures reported the next morning must not shift under a reader.
 */
import { isSameCalendarDay, MUNICIPAL_TIME_ZONE } from './calendar-day.js';

export interface CorrectableContact {
  loggedByUserId: string;
  createdAt: Date;
  deletedAt: Date | null;
}

export type CorrectionRefusal = 'deleted' | 'not_logger' | 'other_day';

/** Why the actor may not correct (or delete as its logger) the contact now, or null when they may. */
export function correctionRefusal(
  contact: CorrectableContact,
  actor: { userId: string },
  now: Date,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): CorrectionRefusal | null {
  if (contact.deletedAt !== null) return 'deleted';
  if (contact.loggedByUserId !== actor.userId) return 'not_logger';
  if (!isSameCalendarDay(contact.createdAt, now, timeZone)) return 'other_day';
  return null;
}

/** The guide who logged the contact, on the day it was logged, while it is not deleted. */
export function canCorrect(
  contact: CorrectableContact,
  actor: { userId: string },
  now: Date,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): boolean {
  return correctionRefusal(contact, actor, now, timeZone) === null;
}
