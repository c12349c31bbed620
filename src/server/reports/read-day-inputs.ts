/**
 * Each day's figures for the weekly report's measures (core/telephony/weekly-report.ts, DayInput)
 * from the rollups, never the raw calls: the scope's call rollups, the phone and visit contacts
 * logged (contact_day_counts), the visitors counted and the e-mails. The weekly report and the
 * goals' daily series (server/goals) both read them here, so a measure means the same in both.
 */
import { calendarDayOfNumber, localSeconds } from '../../core/calendar/local-day.js';
import { calendarDayRange } from '../../core/contacts/calendar-day.js';
import { workingClock } from '../../core/telephony/email-response.js';
import type { DayInput } from '../../core/telephony/weekly-report.js';
import type { SqlClient } from '../../db/database.js';
import { mergeOldContactDayShards } from '../telephony/queries/merge-contact-day-shards.js';
import { readContactDays } from '../telephony/queries/read-contact-days.js';
import { readDayRollups, type RollupScope } from '../telephony/queries/read-day-rollups.js';
import { readEmailContactDays } from '../telephony/queries/read-email-contact-days.js';
import { readEmailContacts } from '../telephony/queries/read-email-contacts.js';
import { readEmailDays } from '../telephony/queries/read-email-days.js';
import type { TelephonySettings } from '../telephony/queries/telephony-settings.js';
import { readVisitorCounts } from '../telephony/queries/visitor-counts.js';

/** Where a day's figures come from; reading only some saves the others' queries. */
export type DaySource = 'telephony' | 'contacts' | 'visitors' | 'email';
export const DAY_SOURCES: ReadonlySet<DaySource> = new Set(['telephony', 'contacts', 'visitors', 'email']);

export interface ReadDayInputsOptions {
  scopeKind: RollupScope;
  /** The rollups' scope id: the tenant itself for all queues. */
  scopeId: string;
  from: string;
  to: string;
  settings: TelephonySettings;
  /** Every closed day of the municipality: an e-mail's working time can run past the period. */
  closedDays: string[];
  /** When unanswered e-mails are timed against. */
  now: Date;
  sources?: ReadonlySet<DaySource>;
}

/** The days from..to that had anything, each with its figures (a day missing had nothing). */
export async function readDayInputs(
  client: SqlClient,
  options: ReadDayInputsOptions,
): Promise<Map<string, DayInput>> {
  const { from, to, sources = DAY_SOURCES } = options;
  const days = new Map<string, DayInput>();
  const day = (d: string): DayInput => {
    let entry = days.get(d);
    if (!entry) {
      entry = {
        offered: 0,
        answered: 0,
        abandoned: 0,
        answeredWaitSeconds: 0,
        answeredWaitUnder60: 0,
        answeredWait60To120: 0,
        answeredWaitOver120: 0,
        answeredWithin: 0,
      };
      days.set(d, entry);
    }
    return entry;
  };
  if (sources.has('telephony')) {
    for (const r of await readDayRollups(client, options.scopeKind, options.scopeId, from, to)) {
      Object.assign(day(r.day), {
        offered: r.offered,
        answered: r.answered,
        abandoned: r.abandoned,
        answeredWaitSeconds: r.answeredWaitSeconds,
        abandonedWaitSeconds: r.abandonedWaitSeconds,
        turnedAway: r.turnedAway,
        answeredWaitUnder60: r.answeredWaitUnder60,
        answeredWait60To120: r.answeredWait60To120,
        answeredWaitOver120: r.answeredWaitOver120,
        answeredWithin: r.answeredWithin,
      });
    }
  }
  if (sources.has('contacts') || sources.has('visitors')) {
    // Past days' 16 shards into one row each (after the first time, a day or so to do).
    await mergeOldContactDayShards(client);
    for (const c of (await readContactDays(client, from, to)).values()) {
      const phone = c.phone;
      Object.assign(day(c.day), {
        phoneContacts:
          phone.resolved_self +
          phone.resolved_handling +
          phone.resolved_specialist +
          phone.forwarded +
          phone.unresolved,
        resolvedSelf: phone.resolved_self,
        resolvedHandling: phone.resolved_handling,
        resolvedSpecialist: phone.resolved_specialist,
        forwarded: phone.forwarded,
        unresolved: phone.unresolved,
        visitors: c.visits,
        visitorSource: 'logged',
      });
    }
  }
  if (sources.has('visitors')) {
    // A day's counted visitors replace the visits logged that day.
    for (const v of await readVisitorCounts(client, from, to)) {
      Object.assign(day(v.day), { visitors: v.visitors, visitorSource: 'entered' });
    }
  }
  if (sources.has('email')) {
    const emails = await emailDays(client, from, to, options.settings, options.closedDays, options.now);
    for (const [d, e] of emails) Object.assign(day(d), { emailsDue: e.due, emailsWithin: e.within });
  }
  return days;
}

/**
 * Per day of receipt: e-mails whose result is known (answered, or unanswered past the limit) and
 * those answered within it (core/telephony/email-response.ts defines both). A day with e-mails
 * imported from the mailbox counts those (their working time is stored; unanswered ones are
 * timed against `asOf`); a day without counts the e-mail contacts that say when the e-mail came
 * in, each answered by the contact itself.
 */
async function emailDays(
  client: SqlClient,
  from: string,
  to: string,
  settings: TelephonySettings,
  closedDays: string[],
  asOf: Date,
): Promise<Map<string, { due: number; within: number }>> {
  const limitSeconds = settings.emailLimitHours * 3600;
  const imported = await readEmailDays(client, from, to, limitSeconds);
  const working = workingClock({
    timeZone: settings.timeZone,
    dayStartMinute: settings.emailDayStartMinute,
    dayEndMinute: settings.emailDayEndMinute,
    extraClosedDays: closedDays,
  });
  const result = new Map<string, { due: number; within: number }>();
  for (const [d, e] of imported) {
    const late = e.unanswered.filter((received) => working(received, asOf) / 1000 > limitSeconds).length;
    result.set(d, { due: e.answered + late, within: e.answeredWithin });
  }
  const contactDay = (day: string) => {
    const entry = result.get(day) ?? { due: 0, within: 0 };
    result.set(day, entry);
    return entry;
  };
  // Contacts keep their working time and the judgement from when they were written (email_contact_days).
  for (const c of await readEmailContactDays(client, from, to)) {
    if (imported.has(c.day)) continue;
    const entry = contactDay(c.day);
    entry.due += c.received;
    entry.within += c.within;
  }
  // Those written before that (normally none) are judged here.
  const { start, end } = calendarDayRange(from, to, settings.timeZone);
  const local = localSeconds(settings.timeZone);
  for (const c of await readEmailContacts(client, start, end)) {
    const received = new Date(c.received_at);
    const day = calendarDayOfNumber(Math.floor(local(received.getTime() / 1000) / 86_400));
    if (imported.has(day)) continue;
    const entry = contactDay(day);
    entry.due += 1;
    if (Math.ceil(working(received, new Date(c.started_at)) / 1000) <= limitSeconds) entry.within += 1;
  }
  return result;
}
