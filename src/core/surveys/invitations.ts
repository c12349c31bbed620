/**
 * Who is invited to answer a survey after a contact, and when (issue #15; docs/metrics.md,
 * "Surveys"). The server keeps the addresses and sends; this module decides.
 *
 * In order, a contact gets no invitation when
 * 1. it has no address to send to (the guide entered none, with the citizen's consent, and no
 *    integration posted one);
 * 2. the survey does not follow its channel, topic or need (no list of topics or needs = all);
 * 3. it is not in the sample: a share of the matching contacts, drawn by a hash of the contact's
 *    and the survey's ids, so a decision made twice is the same decision;
 * 4. its address was invited within the quarantine (default 90 days), whichever survey asked;
 * 5. the survey has sent its daily cap of invitations for the day the invitation would go out.
 * Otherwise the invitation goes out after the delay (default 30 minutes after the contact ended),
 * at the first moment inside the medium's send window: no text messages at night, on Sundays or on
 * public holidays; e-mail any day within a wider window. Decisions the issue left open are written
 * here: the windows below are the defaults, and a municipality may narrow them.
 */
import { MUNICIPAL_TIME_ZONE, type CalendarDay } from '../contacts/calendar-day.js';
import type { Channel, Need } from '../contacts/taxonomy.js';
import { instantAtLocalTime } from '../calendar/local-time.js';
import { localDayNumbers, localSeconds, calendarDayOfNumber } from '../calendar/local-day.js';
import { isHoliday, weekdayOf } from '../calendar/swedish-calendar.js';

export type Medium = 'email' | 'sms';

export type WindowDays = 'every_day' | 'not_sundays_or_holidays';

export interface SendWindow {
  /** Minutes after local midnight: the window is [from, to). */
  fromMinute: number;
  toMinute: number;
  days: WindowDays;
}

export const DEFAULT_WINDOWS: Readonly<Record<Medium, SendWindow>> = {
  sms: { fromMinute: 9 * 60, toMinute: 19 * 60, days: 'not_sundays_or_holidays' },
  email: { fromMinute: 7 * 60, toMinute: 21 * 60, days: 'every_day' },
};

export interface InvitationRules {
  channels: readonly Channel[];
  /** Topic ids the survey follows; null for every topic. */
  topics: readonly string[] | null;
  needs: readonly Need[] | null;
  /** The share of matching contacts invited, (0, 1]. */
  samplingShare: number;
  quarantineDays: number;
  /** At most this many invitations go out on one local day; null for no cap. */
  dailyCap: number | null;
  delayMinutes: number;
  windows: Readonly<Record<Medium, SendWindow>>;
}

export const DEFAULT_QUARANTINE_DAYS = 90;
export const DEFAULT_DELAY_MINUTES = 30;
export const DEFAULT_LINK_VALID_DAYS = 14;

export interface RulesProblem {
  field: keyof InvitationRules | `windows/${Medium}`;
  code: 'no_channels' | 'bad_share' | 'bad_days' | 'bad_cap' | 'bad_delay' | 'bad_window';
}

export function rulesProblems(rules: InvitationRules): RulesProblem[] {
  const problems: RulesProblem[] = [];
  if (rules.channels.length === 0) problems.push({ field: 'channels', code: 'no_channels' });
  if (!(rules.samplingShare > 0 && rules.samplingShare <= 1))
    problems.push({ field: 'samplingShare', code: 'bad_share' });
  if (!(Number.isInteger(rules.quarantineDays) && rules.quarantineDays >= 0 && rules.quarantineDays <= 730)) {
    problems.push({ field: 'quarantineDays', code: 'bad_days' });
  }
  if (rules.dailyCap !== null && !(Number.isInteger(rules.dailyCap) && rules.dailyCap >= 1)) {
    problems.push({ field: 'dailyCap', code: 'bad_cap' });
  }
  if (!(
    Number.isInteger(rules.delayMinutes) &&
    rules.delayMinutes >= 0 &&
    rules.delayMinutes <= 7 * 24 * 60
  )) {
    problems.push({ field: 'delayMinutes', code: 'bad_delay' });
  }
  for (const medium of ['email', 'sms'] as const) {
    const w = rules.windows[medium];
    const ok =
      Number.isInteger(w.fromMinute) &&
      Number.isInteger(w.toMinute) &&
      w.fromMinute >= 0 &&
      w.toMinute <= 1440 &&
      w.toMinute - w.fromMinute >= 60;
    if (!ok) problems.push({ field: `windows/${medium}`, code: 'bad_window' });
  }
  return problems;
}

/**
 * FNV-1a (32 bits) of the text, as a number in [0, 1): an even spread good enough for drawing a
 * sample, not a secret (the ids are not secret either).
 */
export function sampleDraw(contactId: string, surveyId: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${surveyId}:${contactId}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

export function isSampled(contactId: string, surveyId: string, share: number): boolean {
  return share >= 1 || sampleDraw(contactId, surveyId) < share;
}

function dayAllowed(day: CalendarDay, days: WindowDays): boolean {
  return days === 'every_day' || (weekdayOf(day) !== 0 && !isHoliday(day));
}

/**
 * The first instant at or after `earliest` inside the window, in the zone's wall-clock time;
 * searched over the next 21 days (a window that allows no day in three weeks is refused by
 * rulesProblems' checks long before).
 */
export function nextInWindow(
  earliest: Date,
  window: SendWindow,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): Date {
  const seconds = earliest.getTime() / 1000;
  const local = localSeconds(timeZone)(seconds);
  const dayNumber = Math.floor(local / 86_400);
  const minuteNow = (local - dayNumber * 86_400) / 60;
  for (let i = 0; i < 21; i += 1) {
    const day = calendarDayOfNumber(dayNumber + i);
    if (!dayAllowed(day, window.days)) continue;
    if (i === 0) {
      if (minuteNow >= window.toMinute) continue;
      if (minuteNow >= window.fromMinute) return earliest;
    }
    return instantAtLocalTime(day, window.fromMinute, timeZone);
  }
  throw new RangeError('the send window allows no day in three weeks');
}

export interface ContactForInvitation {
  contactId: string;
  channel: Channel;
  topicId: string | null;
  need: Need | null;
  endedAt: Date;
  medium: Medium | null;
}

export type NoInvitation = 'no_address' | 'not_followed' | 'not_sampled' | 'quarantine' | 'daily_cap';

export type InvitationDecision =
  { invite: true; sendAt: Date; sendDay: CalendarDay } | { invite: false; reason: NoInvitation };

export interface InvitationState {
  /** When the address was last invited (any survey of the tenant), or null. */
  lastInvitedAt: Date | null;
  /** Invitations of this survey already planned for a local day. */
  plannedOn: (day: CalendarDay) => number;
  now: Date;
}

export function decideInvitation(
  contact: ContactForInvitation,
  surveyId: string,
  rules: InvitationRules,
  state: InvitationState,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): InvitationDecision {
  if (contact.medium === null) return { invite: false, reason: 'no_address' };
  const followed =
    rules.channels.includes(contact.channel) &&
    (rules.topics === null || (contact.topicId !== null && rules.topics.includes(contact.topicId))) &&
    (rules.needs === null || (contact.need !== null && rules.needs.includes(contact.need)));
  if (!followed) return { invite: false, reason: 'not_followed' };
  if (!isSampled(contact.contactId, surveyId, rules.samplingShare))
    return { invite: false, reason: 'not_sampled' };
  const earliestMs = Math.max(contact.endedAt.getTime() + rules.delayMinutes * 60_000, state.now.getTime());
  if (state.lastInvitedAt && earliestMs - state.lastInvitedAt.getTime() < rules.quarantineDays * 86_400_000) {
    return { invite: false, reason: 'quarantine' };
  }
  const sendAt = nextInWindow(new Date(earliestMs), rules.windows[contact.medium], timeZone);
  const sendDay = calendarDayOfNumber(localDayNumbers(timeZone)(sendAt.getTime() / 1000));
  if (rules.dailyCap !== null && state.plannedOn(sendDay) >= rules.dailyCap)
    return { invite: false, reason: 'daily_cap' };
  return { invite: true, sendAt, sendDay };
}
