/**
 * The telephony side of the demo year: the queued calls an Asterisk queue_log would give for the
 * demo contacts (contact-year.ts), the visitors counted at the service office's door, and when
 * the logged e-mails were received. Figures are DOMAIN.md's ("Telephony measures").
 *
 * Calls follow the logged phone contacts, day by day:
 * - Not every answered call is logged as a contact: about half are (LOGGED_SHARE), so a day with
 *   C logged phone contacts has round(C / LOGGED_SHARE) answered calls. Calls are drawn until that
 *   many are answered; the ones not answered make offered = answered / availability. The demo's
 *   ~1,500 logged phone contacts a week give about 3,000 answered and 3,450 offered a week over
 *   the year: 1,750-2,100 in the summer weeks, 3,400-4,500 in other full weeks, 4,600-5,000 in
 *   an invoice's main weeks and up to ~6,600 in February's (logged contacts up a quarter or
 *   more, availability down to 70-75%): more than DOMAIN.md's 2,300-4,300, which the demo's
 *   summer low and invoice peak (contact-year.ts) go beyond.
 * - No calls on closed days (swedish-calendar.ts, plus `extraClosedDays`); calls enter only
 *   within opening hours, 08:00-16:30 local time, by the day's logged phone contacts per hour
 *   when given, else by a mid-morning-peaked profile (CALL_HOURS). Local times become instants
 *   with instantAtLocalTime, so days are right across the daylight-saving changes.
 * - The queue is harder when more calls come than the rota is planned for. The day's load is its
 *   logged phone contacts over the typical volume of that weekday (the median of that weekday over
 *   the open days that are not invoice-peak days): the rota is planned per weekday, so Mondays are
 *   not harder for being busy, but January and the invoice peak are, and the summer and Christmas
 *   weeks are easy. The hour's pressure is its arrival rate over the day's mean rate,
 *   square-rooted (the rota follows the hours in part): mid-morning is worst. A day factor (sick
 *   leave, meetings) varies staffing by DAY_STAFFING_SD. stress = load × pressure × day factor.
 * - A caller reaches a free member at once with probability 1 - waitShare(stress); the others
 *   wait a gamma(3)-distributed delay whose mean grows with the utilisation u = UTILISATION ×
 *   stress (at most MAX_UTILISATION) as u / (1 - u) does, the shape of a single queue's mean
 *   wait (Kingman's formula), scaled to DELAY_MEAN_SECONDS at stress 1. Ringing the member adds
 *   RING_SECONDS. That is the wait the caller would have.
 * - Callers hang up: each has a patience, exponential with the mean PATIENCE_MEAN_SECONDS, and
 *   abandons when it runs out before the wait. With exponential patience the abandoned share is
 *   the mean time in queue (abandoning callers included) over the mean patience, as used by
 *   Zeltyn and Mandelbaum (Queueing Systems 51, 2005): DOMAIN.md's 85-92% availability at 40-70 s
 *   mean queue time needs a patience of about ten minutes, and the same patience gives the 70-80%
 *   availability of the invoice peak's 2-4 minutes.
 * - Misdials: MISDIAL_SHARE of callers hang up within 1-4 s (short abandons, still offered);
 *   with the impatient few, 4-5% of calls are abandons shorter than 5 s.
 * - Queue group with overflow: every call enters queues[0]; a call still waiting there after
 *   OVERFLOW_AFTER_SECONDS times out (outcome 'timeout', that wait) and enters queues[1] at that
 *   instant as a second QueuedCall with the same callId. The overflow queue has more members, so
 *   the rest of the wait shrinks to OVERFLOW_REMAINING of it; the call's outcome is its last
 *   segment's. About 8% of calls overflow on ordinary days, ~20% on busy ones, few on quiet ones.
 * - callIds are Asterisk uniqueids, `${epoch seconds}.${counter}`: the counter grows with every
 *   call (by 1-3, as other channels take numbers too), so each call's id is unique.
 * - Answered calls: talk log-normal with a median of TALK_MEDIAN_SECONDS (mean about 4 minutes);
 *   ended by the caller 60%, the member 30%, a transfer 10% (ANSWERED_ENDS); the member is
 *   'Agent/101'-'Agent/108' in queues[0], and 'Agent/109'-'Agent/112' (back office) join them in
 *   queues[1]; now and then a member's phone rang unanswered first (ringNoAnswerCount 1-2).
 *
 * Visitors: the door counter of the service office counts every visitor, and not every
 * visitor's errand is logged: visitors ≈ logged visits × VISITORS_PER_LOGGED_VISIT, with noise,
 * on open days only.
 *
 * E-mails: a logged e-mail contact's startedAt is when the guide answered it. It was received
 * some working time earlier (08:00-17:00 on open days, as email-response.ts counts it): most
 * within a few working hours, EMAIL_WITHIN_DAY_SHARE within one working day (9 working hours),
 * the rest one to four working days. Of those that reached the guide early in a working day,
 * EMAIL_OFF_HOURS_SHARE came in the evening, night or weekend before.
 *
 * Pure and deterministic: the same input and seed give the same output.
 */
import { addDays, isClosedDay, weekdayOf } from '../calendar/swedish-calendar.js';
import { instantAtLocalTime } from '../calendar/local-time.js';
import {
  calendarDayOf,
  MUNICIPAL_TIME_ZONE,
  wallClockMs,
  type CalendarDay,
} from '../contacts/calendar-day.js';
import type { AnsweredEnd, QueuedCall } from '../telephony/call-assembly.js';
import { createRandom, weightTable, type Random, type WeightTable } from './random.js';

export interface CallYearInput {
  seed: number;
  /** Phone contacts logged per calendar day ('YYYY-MM-DD' → count), from the demo contacts. */
  phoneContactsPerDay: ReadonlyMap<CalendarDay, number>;
  /**
   * Phone contacts logged per day and hour (24 counts, hour 0-23), when known: the day's calls
   * enter by its hours within opening hours. Absent (or no count within opening hours): CALL_HOURS.
   */
  phoneContactsPerHour?: ReadonlyMap<CalendarDay, readonly number[]>;
  /** Default Europe/Stockholm. */
  timeZone?: string;
  /** The two queues of the contact centre's queue group, e.g. ['kundtjanst', 'kundtjanst-overflow']. */
  queues: readonly [string, string];
  /** Days of the quarterly water-and-waste invoice peak (invoiceSpikeDays in contact-year.ts). */
  peakDays: ReadonlySet<CalendarDay>;
  /** The municipality's own closed days on top of weekends and holidays. */
  extraClosedDays?: readonly CalendarDay[];
}

/** Share of answered calls that the guides log as a contact. */
export const LOGGED_SHARE = 0.5;
/** A call still waiting in the first queue after this long overflows to the second. */
export const OVERFLOW_AFTER_SECONDS = 90;
/** Share of the wait left after overflowing (the overflow queue has more members). */
export const OVERFLOW_REMAINING = 0.7;
/** Mean patience of a caller (exponential). */
export const PATIENCE_MEAN_SECONDS = 600;
/** Callers who hang up within 1-4 s (misdials). */
export const MISDIAL_SHARE = 0.035;
/** Opening hours of the phone line, minutes past local midnight: calls enter in [08:00, 16:30). */
export const OPENING_MINUTES = { start: 480, end: 990 } as const;
/** Share of callers who wait for a member at stress 1; it grows as stress^WAIT_SHARE_GROWTH (at most 0.97). */
export const WAIT_SHARE = 0.85;
export const WAIT_SHARE_GROWTH = 1.5;
/** Mean delay of those who wait, at stress 1. */
export const DELAY_MEAN_SECONDS = 36;
/** The members' utilisation at stress 1, and the most it gets (a full queue, not an endless one). */
export const UTILISATION = 0.555;
export const MAX_UTILISATION = 0.95;
/** Ringing the member before they pick up: RING_SECONDS.min plus up to RING_SECONDS.spread. */
export const RING_SECONDS = { min: 3, spread: 10 } as const;
/** Day-to-day variation of staffing (log-normal σ). */
export const DAY_STAFFING_SD = 0.07;
/** Median talk time of an answered call (log-normal, σ 0.55: mean about 3 min 50 s). */
export const TALK_MEDIAN_SECONDS = 200;
export const ANSWERED_ENDS: readonly (readonly [AnsweredEnd, number])[] = [
  ['completed_caller', 0.6],
  ['completed_agent', 0.3],
  ['transferred', 0.1],
];
/** Visitors counted at the door per logged visit contact. */
export const VISITORS_PER_LOGGED_VISIT = 1.3;
/** E-mails answered within one working day (9 working hours) of receipt. */
export const EMAIL_WITHIN_DAY_SHARE = 0.87;
/** Of the e-mails that reached a guide within the first working hours of a day, this share came in overnight. */
export const EMAIL_OFF_HOURS_SHARE = 0.5;
const EMAIL_OFF_HOURS_REACH_MS = 5_400_000;

/** Arrival rate per hour of the day (relative) within opening hours; 16 is open 16:00-16:30 only. */
const CALL_HOURS: Readonly<Record<number, number>> = {
  8: 0.7,
  9: 1.25,
  10: 1.35,
  11: 1.15,
  12: 0.75,
  13: 1.0,
  14: 0.95,
  15: 0.8,
  16: 0.6,
};
const HOUR_PRESSURE_EXPONENT = 0.5;
const FIRST_HOUR = OPENING_MINUTES.start / 60;
/** The opening hours as slots: [hour, minutes open in that hour]. */
const SLOTS: readonly (readonly [number, number])[] = Array.from(
  { length: Math.ceil((OPENING_MINUTES.end - OPENING_MINUTES.start) / 60) },
  (_, i) => {
    const hour = FIRST_HOUR + i;
    return [hour, Math.min(60, OPENING_MINUTES.end - hour * 60)] as const;
  },
);
const DEFAULT_SLOT_TABLE = weightTable(
  SLOTS.map(([hour, minutes]) => (CALL_HOURS[hour] ?? 0) * (minutes / 60)),
);
/** (rate / mean rate)^0.5 per slot, the mean weighted by the minutes open. */
const SLOT_PRESSURE: readonly number[] = (() => {
  const minutes = SLOTS.reduce((sum, [, m]) => sum + m, 0);
  const mean = SLOTS.reduce((sum, [hour, m]) => sum + (CALL_HOURS[hour] ?? 0) * m, 0) / minutes;
  return SLOTS.map(([hour]) => ((CALL_HOURS[hour] ?? 0) / mean) ** HOUR_PRESSURE_EXPONENT);
})();

const FIRST_QUEUE_MEMBERS = Array.from({ length: 8 }, (_, i) => `Agent/${101 + i}`);
const OVERFLOW_QUEUE_MEMBERS = Array.from({ length: 12 }, (_, i) => `Agent/${101 + i}`);
const ANSWERED_END_TABLE = weightTable(ANSWERED_ENDS.map(([, w]) => w));

/** Share of callers who wait for a member at all. */
function waitShare(stress: number): number {
  return Math.min(0.97, WAIT_SHARE * stress ** WAIT_SHARE_GROWTH);
}

/** Mean delay of those who wait. */
function meanDelay(stress: number): number {
  const u = Math.min(MAX_UTILISATION, UTILISATION * stress);
  return (DELAY_MEAN_SECONDS * (u / (1 - u))) / (UTILISATION / (1 - UTILISATION));
}

/**
 * The queued calls of the year, in order of entry: one QueuedCall per queue segment (an
 * overflowed call has two with the same callId). See the module comment for the rules.
 */
export function callYear(input: CallYearInput): QueuedCall[] {
  const random = createRandom(input.seed);
  const timeZone = input.timeZone ?? MUNICIPAL_TIME_ZONE;
  const extraClosedDays = [...(input.extraClosedDays ?? [])];
  const isOpen = (day: CalendarDay) => !isClosedDay(day, { extraClosedDays });
  const days = [...input.phoneContactsPerDay.keys()].sort().filter(isOpen);
  const typical = typicalVolumes(input.phoneContactsPerDay, days, input.peakDays);
  const members = {
    first: { names: FIRST_QUEUE_MEMBERS, table: memberTable(random, FIRST_QUEUE_MEMBERS.length) },
    overflow: { names: OVERFLOW_QUEUE_MEMBERS, table: memberTable(random, OVERFLOW_QUEUE_MEMBERS.length) },
  };
  const counter = { value: 1_000 + random.int(9_000) };
  const calls: QueuedCall[] = [];
  for (const day of days) {
    const contacts = input.phoneContactsPerDay.get(day) ?? 0;
    const answeredTarget = Math.round(contacts / LOGGED_SHARE);
    if (answeredTarget <= 0) continue;
    const load = contacts / (typical.get(weekdayOf(day)) ?? contacts);
    const staffing = Math.exp(DAY_STAFFING_SD * random.normal());
    const slotStarts = slotStartsOf(day, timeZone);
    const slotTable = hourTable(input.phoneContactsPerHour?.get(day)) ?? DEFAULT_SLOT_TABLE;

    const drawn: DrawnCall[] = [];
    let answered = 0;
    // Ends: every caller is answered with a fair chance (patience has no upper bound).
    while (answered < answeredTarget) {
      const slot = random.weighted(slotTable);
      const start = slotStarts[slot] ?? 0;
      const enteredAt = start + random.int((SLOTS[slot]?.[1] ?? 60) * 60);
      const call = drawCall(random, load * (SLOT_PRESSURE[slot] ?? 1) * staffing, enteredAt);
      if (call.answered) answered += 1;
      drawn.push(call);
    }
    drawn.sort((a, b) => a.enteredAt - b.enteredAt);
    const segments: QueuedCall[] = [];
    for (const call of drawn) {
      counter.value += 1 + random.int(3);
      addSegments(segments, random, call, `${call.enteredAt}.${counter.value}`, input.queues, members);
    }
    // Overflow segments enter 90 s after their first: put them in order of entry.
    segments.sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
    for (const segment of segments) calls.push(segment);
  }
  return calls;
}

/**
 * The epoch seconds at which each opening-hour slot starts on the day: one look-up of the time
 * zone when the clocks do not change during opening hours (they change at night), else one a slot.
 */
function slotStartsOf(day: CalendarDay, timeZone: string): number[] {
  const first = SLOTS[0]?.[0] ?? FIRST_HOUR;
  const last = SLOTS[SLOTS.length - 1]?.[0] ?? first;
  const open = instantAtLocalTime(day, first * 60, timeZone).getTime() / 1000;
  const lastStart = instantAtLocalTime(day, last * 60, timeZone).getTime() / 1000;
  if (lastStart - open === (last - first) * 3_600)
    return SLOTS.map(([hour]) => open + (hour - first) * 3_600);
  return SLOTS.map(([hour]) => instantAtLocalTime(day, hour * 60, timeZone).getTime() / 1000);
}

/** A caller's fate before it is written as queue segments (times in epoch seconds). */
interface DrawnCall {
  enteredAt: number;
  answered: boolean;
  /** Seconds in the first queue, and in the overflow queue (null: never overflowed). */
  firstWait: number;
  overflowWait: number | null;
}

function drawCall(random: Random, stress: number, enteredAt: number): DrawnCall {
  if (random.chance(MISDIAL_SHARE))
    return { enteredAt, answered: false, firstWait: 1 + random.int(4), overflowWait: null };
  const delay = random.chance(waitShare(stress)) ? gamma3(random, meanDelay(stress)) : 0;
  const wait = Math.round(RING_SECONDS.min + random.next() * RING_SECONDS.spread + delay);
  const patience = -PATIENCE_MEAN_SECONDS * Math.log(1 - random.next());
  if (wait <= OVERFLOW_AFTER_SECONDS || patience < OVERFLOW_AFTER_SECONDS) {
    const answered = patience >= wait;
    return { enteredAt, answered, firstWait: answered ? wait : Math.round(patience), overflowWait: null };
  }
  const rest = Math.round((wait - OVERFLOW_AFTER_SECONDS) * OVERFLOW_REMAINING);
  const answered = patience - OVERFLOW_AFTER_SECONDS >= rest;
  return {
    enteredAt,
    answered,
    firstWait: OVERFLOW_AFTER_SECONDS,
    overflowWait: answered ? rest : Math.round(patience - OVERFLOW_AFTER_SECONDS),
  };
}

interface MemberPool {
  names: readonly string[];
  table: WeightTable;
}

interface Members {
  first: MemberPool;
  overflow: MemberPool;
}

/** The queue segments of a drawn call: one, or two when it overflowed (the first timing out). */
function addSegments(
  segments: QueuedCall[],
  random: Random,
  call: DrawnCall,
  callId: string,
  queues: readonly [string, string],
  members: Members,
): void {
  const last = call.answered ? 'answered' : 'abandoned';
  if (call.overflowWait === null) {
    segments.push(segment(random, callId, queues[0], members.first, call.enteredAt, call.firstWait, last));
    return;
  }
  const overflowAt = call.enteredAt + call.firstWait;
  segments.push(segment(random, callId, queues[0], members.first, call.enteredAt, call.firstWait, 'timeout'));
  segments.push(segment(random, callId, queues[1], members.overflow, overflowAt, call.overflowWait, last));
}

function segment(
  random: Random,
  callId: string,
  queue: string,
  pool: MemberPool,
  enteredAt: number,
  waitSeconds: number,
  outcome: 'answered' | 'abandoned' | 'timeout',
): QueuedCall {
  const answered = outcome === 'answered';
  const talkSeconds = answered ? talk(random) : 0;
  return {
    callId,
    queue,
    enteredAt: new Date(enteredAt * 1000),
    endedAt: new Date((enteredAt + waitSeconds + talkSeconds) * 1000),
    outcome,
    answeredEnd: answered ? (ANSWERED_ENDS[random.weighted(ANSWERED_END_TABLE)]?.[0] ?? null) : null,
    agent: answered ? (pool.names[random.weighted(pool.table)] ?? null) : null,
    waitSeconds,
    talkSeconds,
    ringNoAnswerCount: answered ? ringsNoAnswer(random, waitSeconds) : 0,
  };
}

/** A member's phone rings 15 s unanswered before the call goes on: at most what the wait holds. */
function ringsNoAnswer(random: Random, wait: number): number {
  const x = random.next();
  if (wait >= 35 && x < 0.03) return 2;
  if (wait >= 20 && x < 0.12) return 1;
  return 0;
}

function talk(random: Random): number {
  return Math.min(3_600, Math.max(10, Math.round(random.logNormal(Math.log(TALK_MEDIAN_SECONDS), 0.55))));
}

/** Gamma(3) with the given mean: the sum of three exponentials. */
function gamma3(random: Random, mean: number): number {
  return (-mean / 3) * Math.log((1 - random.next()) * (1 - random.next()) * (1 - random.next()));
}

/** Members answer different shares of the calls (part time, other duties). */
function memberTable(random: Random, count: number): WeightTable {
  return weightTable(Array.from({ length: count }, () => 0.6 + 0.8 * random.next()));
}

/** The day's own logged contacts per opening-hour slot (the last slot only half open), if any. */
function hourTable(perHour: readonly number[] | undefined): WeightTable | null {
  if (!perHour) return null;
  const weights = SLOTS.map(([hour, minutes]) => Math.max(0, perHour[hour] ?? 0) * (minutes / 60));
  return weights.some((w) => w > 0) ? weightTable(weights) : null;
}

/**
 * The typical volume of each weekday (1-5): the median of that weekday over the open days with
 * calls that are not invoice-peak days.
 */
function typicalVolumes(
  perDay: ReadonlyMap<CalendarDay, number>,
  openDays: readonly CalendarDay[],
  peakDays: ReadonlySet<CalendarDay>,
): Map<number, number> {
  const byWeekday = new Map<number, number[]>();
  for (const day of openDays) {
    const count = perDay.get(day) ?? 0;
    if (peakDays.has(day) || count <= 0) continue;
    const list = byWeekday.get(weekdayOf(day)) ?? [];
    list.push(count);
    byWeekday.set(weekdayOf(day), list);
  }
  const typical = new Map<number, number>();
  for (const [weekday, counts] of byWeekday) typical.set(weekday, median(counts));
  return typical;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Visitors counted at the service office's door on each open day: the logged visit contacts ×
 * VISITORS_PER_LOGGED_VISIT with Poisson-like noise and a 5% day-to-day factor. Closed days are
 * left out.
 */
export function visitorsPerDay(input: {
  seed: number;
  visitContactsPerDay: ReadonlyMap<CalendarDay, number>;
  extraClosedDays?: readonly CalendarDay[];
}): Map<CalendarDay, number> {
  const random = createRandom(input.seed ^ 0x7151);
  const extraClosedDays = [...(input.extraClosedDays ?? [])];
  const visitors = new Map<CalendarDay, number>();
  for (const day of [...input.visitContactsPerDay.keys()].sort()) {
    if (isClosedDay(day, { extraClosedDays })) continue;
    const expected = (input.visitContactsPerDay.get(day) ?? 0) * VISITORS_PER_LOGGED_VISIT;
    const sd = Math.sqrt(expected + (0.05 * expected) ** 2);
    visitors.set(day, expected > 0 ? Math.max(0, Math.round(expected + sd * random.normal())) : 0);
  }
  return visitors;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The working window email-response.ts counts by default: 08:00-17:00 local time. */
const EMAIL_WINDOW_MINUTES = { start: 480, end: 1020 } as const;

/**
 * When each logged e-mail (id → received) was received, from when it was answered (startedAt).
 * Working time from receipt to answer: within one working day (9 h) for EMAIL_WITHIN_DAY_SHARE,
 * log-normal with a median of two working hours; the rest 9-36 working hours. Never after startedAt.
 */
export function emailTimes(input: {
  seed: number;
  emails: readonly { id: string; startedAt: Date }[];
  timeZone?: string;
  extraClosedDays?: readonly CalendarDay[];
}): Map<string, Date> {
  const random = createRandom(input.seed ^ 0xe3a1);
  const timeZone = input.timeZone ?? MUNICIPAL_TIME_ZONE;
  const extraClosedDays = [...(input.extraClosedDays ?? [])];
  const windows = new Map<CalendarDay, { open: number; close: number } | null>();
  const windowOf = (day: CalendarDay) => {
    let window = windows.get(day);
    if (window === undefined) {
      window = isClosedDay(day, { extraClosedDays })
        ? null
        : {
            open: instantAtLocalTime(day, EMAIL_WINDOW_MINUTES.start, timeZone).getTime(),
            close: instantAtLocalTime(day, EMAIL_WINDOW_MINUTES.end, timeZone).getTime(),
          };
      windows.set(day, window);
    }
    return window;
  };

  // The local day of an instant from the zone's offset, looked up once per UTC day (and exactly
  // on the two days a year when the offset changes).
  const offsets = new Map<number, number | null>();
  const dayOf = (ms: number): CalendarDay => {
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const start = utcDay * DAY_MS;
      const end = start + DAY_MS - 1_000;
      const before = wallClockMs(start, timeZone) - start;
      offset = wallClockMs(end, timeZone) - end === before ? before : null;
      offsets.set(utcDay, offset);
    }
    return offset === null
      ? calendarDayOf(new Date(ms), timeZone)
      : new Date(ms + offset).toISOString().slice(0, 10);
  };

  const received = new Map<string, Date>();
  for (const email of input.emails) {
    const workingMs = emailWorkingMs(random);
    // Walk back through the working windows from the answer until the working time is spent.
    let day = dayOf(email.startedAt.getTime());
    let cursor = email.startedAt.getTime();
    let left = workingMs;
    let at: number | null = null;
    let window: { open: number; close: number } | null = null;
    for (let guard = 0; guard < 400 && at === null; guard++) {
      window = windowOf(day);
      if (window) {
        const end = Math.min(cursor, window.close);
        if (end > window.open) {
          if (end - window.open >= left) at = end - left;
          else left -= end - window.open;
        }
      }
      if (at === null) {
        day = addDays(day, -1);
        cursor = Infinity;
      }
    }
    if (at === null || window === null) at = email.startedAt.getTime() - workingMs;
    else if (at - window.open < EMAIL_OFF_HOURS_REACH_MS && random.chance(EMAIL_OFF_HOURS_SHARE)) {
      // Sent in the evening, night or weekend before and read when the window opened.
      at = window.open - 60_000 - random.int(12 * 60) * 60_000;
    }
    received.set(email.id, new Date(Math.min(at, email.startedAt.getTime())));
  }
  return received;
}

function emailWorkingMs(random: Random): number {
  if (random.chance(EMAIL_WITHIN_DAY_SHARE)) {
    for (;;) {
      const hours = random.logNormal(Math.log(2), 0.9);
      if (hours >= 1 / 60 && hours <= 9) return Math.round(hours * HOUR_MS);
    }
  }
  return Math.round((9 + 27 * random.next() ** 1.5) * HOUR_MS);
}
