/**
 * A year of contacts for a demo municipality: how many come in on each day and through which
 * channel, at what time. The shapes follow ../shared/DOMAIN.md and published Swedish practice:
 * - channels: phone about 65%, visits 15%, e-mail 12%, e-services 5%, the rest chat, letters,
 *   social media and other;
 * - weekdays: Monday the busiest (what piled up over the weekend), Friday the quietest;
 * - seasons: low in the summer holiday weeks (ISO weeks 27-32) and over Christmas, low on squeeze
 *   days (klämdagar), higher in January and when school and autumn start;
 * - the phone line and the service office are closed on weekends and holidays
 *   (core/calendar/swedish-calendar.ts): no phone, visit, chat, letter or social-media contacts
 *   then; e-mails and e-service errands still arrive, fewer, and at any hour;
 * - the quarterly water-and-waste invoice: in the two weeks after it is sent, calls about it
 *   rise sharply and most are failure demand (the invoice is not understood), DOMAIN.md's example;
 * - the invoice redesign (the improvement board's example, when `invoiceRedesign` is given): from
 *   the first redesigned invoice on, its spike is REDESIGN_SPIKE_SHARE of what it was, and half of
 *   the everyday contacts about the invoice no longer happen.
 *
 * Pure and deterministic: the same input and seed give the same contacts. What each contact is
 * about and how it ended is decided in contact-traits.ts.
 */
import {
  addDays,
  daysBetween,
  isClosedDay,
  isoWeekOf,
  isSqueezeDay,
  weekdayOf,
} from '../calendar/swedish-calendar.js';
import { instantAtLocalTime } from '../calendar/local-time.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import type { Channel } from '../contacts/taxonomy.js';
import { createRandom, weightTable, type Random, type WeightTable } from './random.js';
import {
  compensate,
  contactTraits,
  traitContext,
  type DemoContactTraits,
  type TraitContext,
} from './contact-traits.js';
import type { ContactYearInput } from './contact-year-input.js';

export type { ContactYearInput, YearTopic } from './contact-year-input.js';

/** One generated contact, with the columns of the contacts table. */
export interface DemoContact extends DemoContactTraits {
  id: string;
  loggedByUserId: string;
  channel: Channel;
  startedAt: Date;
  durationSeconds: number;
  /** When the guide saved it: after the contact ended. */
  loggedAt: Date;
  /** E-mail contacts: when the e-mail came in (set by the demo's telephony step); null here. */
  receivedAt: Date | null;
}

export const DEFAULT_YEAR_TOTAL = 120_000;

/** Overall channel shares (sum 1). */
export const CHANNEL_SHARES: Readonly<Record<Channel, number>> = {
  phone: 0.65,
  visit: 0.15,
  email: 0.12,
  eservice: 0.05,
  chat: 0.015,
  letter: 0.005,
  social_media: 0.005,
  other: 0.005,
};

/**
 * Channels answered live (phone, visits, chat) or handled and logged in office hours (letters,
 * social media, other): nothing on closed days, and only within opening hours.
 */
const STAFFED: ReadonlySet<Channel> = new Set(['phone', 'visit', 'chat', 'letter', 'social_media', 'other']);

/** Monday..Friday (index 1..5), relative; e-mail and e-services get CLOSED_DAY_FACTOR on closed days. */
const WEEKDAY_FACTOR = [0, 1.28, 1.06, 1.0, 0.95, 0.82, 0] as const;
const CLOSED_DAY_FACTOR = 0.35;

/** By month (January first), outside the summer and Christmas lows. */
const MONTH_FACTOR = [1.12, 1.05, 1.05, 1.0, 1.0, 0.93, 0.85, 1.02, 1.06, 1.02, 1.0, 0.9] as const;
const SUMMER_WEEKS = { first: 27, last: 32, factor: 0.58 } as const;
const CHRISTMAS_FACTOR = 0.6;
const SQUEEZE_DAY_FACTOR = 0.6;

/** Hour-of-day weights (0-23). The phone line is open 08-17, the service office 09-16 (Thursdays to 18). */
const PHONE_HOURS = hours({
  8: 0.7,
  9: 1.25,
  10: 1.35,
  11: 1.15,
  12: 0.75,
  13: 1.0,
  14: 0.95,
  15: 0.8,
  16: 0.45,
});
const VISIT_HOURS = hours({ 9: 0.9, 10: 1.25, 11: 1.1, 12: 0.8, 13: 1.0, 14: 0.95, 15: 0.7 });
const VISIT_THURSDAY_HOURS = hours({
  9: 0.9,
  10: 1.25,
  11: 1.1,
  12: 0.8,
  13: 1.0,
  14: 0.95,
  15: 0.8,
  16: 0.7,
  17: 0.55,
});
const ONLINE_HOURS = hours({
  0: 0.1,
  1: 0.05,
  2: 0.03,
  3: 0.03,
  4: 0.04,
  5: 0.1,
  6: 0.3,
  7: 0.6,
  8: 1.0,
  9: 1.2,
  10: 1.2,
  11: 1.1,
  12: 1.0,
  13: 1.05,
  14: 1.0,
  15: 0.95,
  16: 0.85,
  17: 0.7,
  18: 0.6,
  19: 0.65,
  20: 0.7,
  21: 0.6,
  22: 0.4,
  23: 0.2,
});

/**
 * The quarterly water-and-waste invoice goes out on the 10th of February, May, August and
 * November (the next open day when that is closed). Calls come from the 3rd to the 16th day after,
 * peaking in the first week: weight k·e^(-k/4) for day k.
 */
const INVOICE_MONTHS = [1, 4, 7, 10] as const;
const INVOICE_DAY = 10;
const SPIKE_PER_INVOICE = 1_100;
const SPIKE_DAYS = { first: 3, last: 16 } as const;
const SPIKE_CHANNELS: Readonly<Partial<Record<Channel, number>>> = {
  phone: 0.8,
  email: 0.12,
  eservice: 0.05,
  visit: 0.03,
};

/** What is left of the calls after each invoice once it is redesigned. */
export const REDESIGN_SPIKE_SHARE = 0.4;
/** The share of the everyday contacts about the invoice that the redesign makes unnecessary. */
export const REDESIGN_EVERYDAY_DROP = 0.5;

/** The day an invoice is sent: the 10th of its month, or the next open day. */
function invoiceSentDay(year: number, month: number, extraClosedDays: readonly CalendarDay[]): CalendarDay {
  let sent = new Date(Date.UTC(year, month, INVOICE_DAY)).toISOString().slice(0, 10);
  while (isClosedDay(sent, { extraClosedDays })) sent = addDays(sent, 1);
  return sent;
}

/**
 * The demo's invoice redesign: the last invoice sent at least 16 weeks before the period's end,
 * so that the board has a before (the months up to it, with earlier invoices) and an after of at
 * least 16 weeks (with one or two redesigned invoices). null when the period has no such invoice.
 */
export function invoiceRedesignDay(
  period: { from: CalendarDay; to: CalendarDay },
  extraClosedDays: readonly CalendarDay[] = [],
): CalendarDay | null {
  let found: CalendarDay | null = null;
  const latest = addDays(period.to, -16 * 7);
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++)
    for (const month of INVOICE_MONTHS) {
      const sent = invoiceSentDay(year, month, extraClosedDays);
      if (sent >= period.from && sent <= latest && (found === null || sent > found)) found = sent;
    }
  return found;
}

/** The twelve months ending yesterday: from the same date a year before today, to yesterday. */
export function contactYearPeriod(today: CalendarDay): { from: CalendarDay; to: CalendarDay } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // 29 February has no match a year earlier: start on 1 March.
  const start = new Date(Date.UTC(y - 1, m - 1, d));
  return { from: start.toISOString().slice(0, 10), to: addDays(today, -1) };
}

/**
 * The extra calls about the invoice expected on each day of the period: each invoice brings
 * SPIKE_PER_INVOICE, spread over the open days of its spike by weight (a period that cuts a
 * spike keeps only its part).
 */
export function invoiceSpikeDays(
  from: CalendarDay,
  to: CalendarDay,
  extraClosedDays: readonly CalendarDay[] = [],
  redesign: CalendarDay | null = null,
): Map<CalendarDay, number> {
  const spike = new Map<CalendarDay, number>();
  const closed = (day: CalendarDay) => isClosedDay(day, { extraClosedDays });
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++) {
    for (const month of INVOICE_MONTHS) {
      const sent = invoiceSentDay(year, month, extraClosedDays);
      const share = redesign !== null && sent >= redesign ? REDESIGN_SPIKE_SHARE : 1;
      const open: [CalendarDay, number][] = [];
      for (let k = SPIKE_DAYS.first; k <= SPIKE_DAYS.last; k++) {
        const day = addDays(sent, k);
        if (!closed(day)) open.push([day, k * Math.exp(-k / 4)]);
      }
      const weightSum = open.reduce((sum, [, w]) => sum + w, 0);
      for (const [day, w] of open)
        if (day >= from && day <= to) spike.set(day, (SPIKE_PER_INVOICE * share * w) / weightSum);
    }
  }
  return spike;
}

/** Relative volume of a day for a channel, before the invoice spike. */
export function dayWeight(
  day: CalendarDay,
  channel: Channel,
  extraClosedDays: readonly CalendarDay[] = [],
): number {
  const closed = isClosedDay(day, { extraClosedDays });
  if (closed && STAFFED.has(channel)) return 0;
  const weekday = closed ? CLOSED_DAY_FACTOR : (WEEKDAY_FACTOR[weekdayOf(day)] ?? 0);
  const squeeze = !closed && isSqueezeDay(day, { extraClosedDays }) ? SQUEEZE_DAY_FACTOR : 1;
  return weekday * seasonFactor(day) * squeeze;
}

function seasonFactor(day: CalendarDay): number {
  const week = isoWeekOf(day);
  if (week >= SUMMER_WEEKS.first && week <= SUMMER_WEEKS.last) return SUMMER_WEEKS.factor;
  const monthDay = day.slice(5);
  if (monthDay >= '12-21' || monthDay <= '01-06') return CHRISTMAS_FACTOR;
  return MONTH_FACTOR[Number(day.slice(5, 7)) - 1] ?? 1;
}

/**
 * Generates the contacts of the twelve months ending the day before `input.today`, oldest first.
 * About `input.total` (default 120,000) in all; the daily counts carry random variation, so the
 * total differs from the target by a fraction of a percent.
 */
export function contactYear(input: ContactYearInput): DemoContact[] {
  const random = createRandom(input.seed);
  const total = input.total ?? DEFAULT_YEAR_TOTAL;
  const extraClosedDays = [...(input.extraClosedDays ?? [])];
  const { from, to } = input.period ?? contactYearPeriod(input.today);
  const days = daysBetween(from, to);
  const yearShare = days.length / 365;

  // A smaller demo (tests) gets a proportionally smaller spike.
  const spikeScale = total / DEFAULT_YEAR_TOTAL;
  const redesign = input.invoiceRedesign ?? null;
  const spikeDays = invoiceSpikeDays(from, to, extraClosedDays, redesign);
  let spikeTotal = 0;
  for (const calls of spikeDays.values()) spikeTotal += calls * spikeScale;
  const expectedTotal = total * yearShare;
  const baseTotal = Math.max(0, expectedTotal - spikeTotal);

  // Base shares chosen so that base + spike together meet the overall shares.
  const channels = Object.keys(CHANNEL_SHARES) as Channel[];
  const baseChannelShare = compensate(CHANNEL_SHARES, SPIKE_CHANNELS, expectedTotal, spikeTotal);
  const traits = traitContext(input, random, expectedTotal, spikeTotal);

  const contacts: DemoContact[] = [];
  const guides = guideTables(input);
  for (const channel of channels) {
    const weights = days.map((day) => dayWeight(day, channel, extraClosedDays));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    if (weightSum === 0) continue;
    const perWeight = (baseTotal * (baseChannelShare[channel] ?? 0)) / weightSum;
    days.forEach((day, i) => {
      const expected = perWeight * (weights[i] ?? 0);
      const spike = (spikeDays.get(day) ?? 0) * spikeScale * (SPIKE_CHANNELS[channel] ?? 0);
      for (const isSpike of [false, true]) {
        const count = noisyCount(random, isSpike ? spike : expected);
        for (let n = 0; n < count; n++) {
          const contact = makeContact(traits, guides, day, channel, isSpike);
          // After the redesign, some of the everyday questions about the invoice never come.
          const isAvoided =
            redesign !== null &&
            day >= redesign &&
            !isSpike &&
            contact.topicId === input.invoiceTopicId &&
            random.chance(REDESIGN_EVERYDAY_DROP);
          if (!isAvoided) contacts.push(contact);
        }
      }
    });
  }
  contacts.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : 1));
  return contacts;
}

/** Poisson-like variation plus a day-to-day factor (weather, news): never negative. */
function noisyCount(random: Random, expected: number): number {
  if (expected <= 0) return 0;
  const sd = Math.sqrt(expected + (0.06 * expected) ** 2);
  return Math.max(0, Math.round(expected + sd * random.normal()));
}

interface GuideTables {
  office: { ids: readonly string[]; table: WeightTable };
  phone: { ids: readonly string[]; table: WeightTable };
}

/** Each guide works a slightly different share of the time (part time, other duties). */
function guideTables(input: ContactYearInput): GuideTables {
  const random = createRandom(input.seed ^ 0x5eed);
  const table = (ids: readonly string[]) => {
    if (ids.length === 0) throw new RangeError('the demo year needs at least one guide per team');
    return { ids, table: weightTable(ids.map(() => 0.7 + 0.6 * random.next())) };
  };
  return { office: table(input.guides.office), phone: table(input.guides.phone) };
}

const dayClock = new Map<CalendarDay, { midnight: number; regular: boolean }>();

/** Wall-clock minutes to an instant, cheaply on the 363 days a year without a clock change. */
function localInstant(day: CalendarDay, minuteOfDay: number): Date {
  let clock = dayClock.get(day);
  if (!clock) {
    const midnight = instantAtLocalTime(day, 0).getTime();
    const lastMinute = instantAtLocalTime(day, 1439).getTime();
    clock = { midnight, regular: lastMinute - midnight === 1439 * 60_000 };
    dayClock.set(day, clock);
  }
  return clock.regular
    ? new Date(clock.midnight + minuteOfDay * 60_000)
    : instantAtLocalTime(day, minuteOfDay);
}

function hourTable(day: CalendarDay, channel: Channel): WeightTable {
  if (channel === 'email' || channel === 'eservice') return ONLINE_HOURS;
  if (channel === 'visit') return weekdayOf(day) === 4 ? VISIT_THURSDAY_HOURS : VISIT_HOURS;
  return PHONE_HOURS;
}

function makeContact(
  context: TraitContext,
  guides: GuideTables,
  day: CalendarDay,
  channel: Channel,
  isSpike: boolean,
): DemoContact {
  const { random } = context;
  const hour = random.weighted(hourTable(day, channel));
  const second = random.int(3600);
  const startedAt = localInstant(day, hour * 60 + second / 60);
  const traits = contactTraits(context, { channel, startedAt, day, isSpike });
  const team = channel === 'visit' ? guides.office : guides.phone;
  const loggedBy = team.ids[random.weighted(team.table)] ?? '';
  const durationSeconds = duration(random, channel, traits.resolution);
  // Written down at the end of the contact, or within a few minutes.
  const loggedAt = new Date(startedAt.getTime() + (durationSeconds + 5 + random.int(240)) * 1000);
  return {
    id: random.uuidV7(startedAt),
    loggedByUserId: loggedBy,
    channel,
    startedAt,
    durationSeconds,
    loggedAt,
    receivedAt: null,
    ...traits,
  };
}

/** Median handling time per channel in seconds; log-normal with σ 0.55 (phone: median 3 min 10 s, mean about 3 min 40 s). */
const MEDIAN_SECONDS: Readonly<Record<Channel, number>> = {
  phone: 190,
  visit: 420,
  email: 300,
  eservice: 240,
  chat: 360,
  letter: 420,
  social_media: 240,
  other: 240,
};

function duration(random: Random, channel: Channel, resolution: DemoContactTraits['resolution']): number {
  const longer = resolution === 'resolved_specialist' ? 1.5 : resolution === 'forwarded' ? 1.25 : 1;
  const seconds = random.logNormal(Math.log(MEDIAN_SECONDS[channel] * longer), 0.55);
  return Math.min(3600, Math.max(20, Math.round(seconds)));
}

function hours(weights: Readonly<Record<number, number>>): WeightTable {
  return weightTable(Array.from({ length: 24 }, (_, h) => weights[h] ?? 0));
}
