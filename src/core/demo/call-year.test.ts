import { beforeAll, describe, expect, it } from 'vitest';
import { instantAtLocalTime, utcOffsetMinutes } from '../calendar/local-time.js';
import { daysBetween, isClosedDay, weekdayOf } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import type { QueuedCall } from '../telephony/call-assembly.js';
import {
  dailyMeasures,
  groupCalls,
  type DailyMeasures,
  type GroupCall,
} from '../telephony/daily-measures.js';
import { workingTimeMs } from '../telephony/email-response.js';
import { daysOfIsoWeek, isoWeekOfDay, type IsoWeek } from '../telephony/iso-week.js';
import { periodMeasures, weekMeasures, type PeriodMeasures } from '../telephony/period-measures.js';
import {
  callYear,
  emailTimes,
  LOGGED_SHARE,
  OVERFLOW_AFTER_SECONDS,
  visitorsPerDay,
  type CallYearInput,
} from './call-year.js';
import { contactYear, contactYearPeriod, invoiceSpikeDays, type DemoContact } from './contact-year.js';

const QUEUES = ['kundtjanst', 'kundtjanst-overflow'] as const;
const TODAY = '2026-05-10';
const { from: FROM, to: TO } = contactYearPeriod(TODAY);

/** The local day and minute of an instant in Stockholm; the offset looked up once per UTC hour. */
const offsets = new Map<number, number>();
const dayNames = new Map<number, CalendarDay>();
function localClock(at: Date): { day: CalendarDay; minute: number } {
  const hour = Math.floor(at.getTime() / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) offsets.set(hour, (offset = utcOffsetMinutes(new Date(hour * 3_600_000))));
  const localMinutes = at.getTime() / 60_000 + offset;
  const dayNumber = Math.floor(localMinutes / 1_440);
  let day = dayNames.get(dayNumber);
  if (day === undefined)
    dayNames.set(dayNumber, (day = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)));
  return { day, minute: localMinutes - dayNumber * 1_440 };
}

/** The demo year's contacts, as the demo seeds them (the same catalogue shape as contact-year.test.ts). */
function demoContacts(): DemoContact[] {
  const topics = Array.from({ length: 20 }, (_, i) => ({
    id: `topic-${i}`,
    name: `Ämne ${i}`,
    ownerUnitId: `unit-${i % 5}`,
    defaultFailureReason: null,
    weight: 1 + (i % 7),
    caseSeries: 'KS',
  }));
  return contactYear({
    seed: 7,
    today: TODAY,
    topics,
    invoiceTopicId: 'topic-3',
    opinionTopicId: null,
    otherAuthorityTopicId: null,
    contactCentreUnitIds: ['unit-0'],
    guides: { phone: ['g1', 'g2', 'g3'], office: ['o1', 'o2'] },
    districts: [{ name: 'Jakobsberg', weight: 1 }],
  });
}

function countPerDay(
  contacts: readonly DemoContact[],
  channel: DemoContact['channel'],
): Map<CalendarDay, number> {
  const perDay = new Map<CalendarDay, number>(daysBetween(FROM, TO).map((day) => [day, 0]));
  for (const c of contacts)
    if (c.channel === channel) {
      const { day } = localClock(c.startedAt);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
  return perDay;
}

/** Segments by the local day they entered (an overflow segment enters the same day as its call). */
function byDay(calls: readonly QueuedCall[]): Map<CalendarDay, QueuedCall[]> {
  const days = new Map<CalendarDay, QueuedCall[]>();
  for (const call of calls) {
    const { day } = localClock(call.enteredAt);
    const list = days.get(day);
    if (list) list.push(call);
    else days.set(day, [call]);
  }
  return days;
}

/** The measures of a set of days, pooled (sums, then means and shares) over the year. */
function pooled(
  measures: ReadonlyMap<CalendarDay, DailyMeasures>,
  days: Iterable<CalendarDay>,
): PeriodMeasures {
  const picked = [...days].flatMap((day) => measures.get(day) ?? []);
  return periodMeasures(picked, { from: FROM, to: TO });
}

describe('callYear: a demo year', () => {
  let contacts: DemoContact[];
  let phone: Map<CalendarDay, number>;
  let spike: Map<CalendarDay, number>;
  let input: CallYearInput;
  let calls: QueuedCall[];
  let measures: Map<CalendarDay, DailyMeasures>;
  let segmentsByDay: Map<CalendarDay, QueuedCall[]>;
  let grouped: GroupCall[];
  /** The load of a day as the generator sees it: logged phone contacts over the weekday's median. */
  let load: (day: CalendarDay) => number;

  beforeAll(() => {
    contacts = demoContacts();
    phone = countPerDay(contacts, 'phone');
    spike = invoiceSpikeDays(FROM, TO);
    input = { seed: 11, phoneContactsPerDay: phone, queues: QUEUES, peakDays: new Set(spike.keys()) };
    calls = callYear(input);
    segmentsByDay = byDay(calls);
    measures = new Map(
      [...segmentsByDay].map(([day, segments]) => [day, dailyMeasures(segments, { day, queues: QUEUES })]),
    );
    grouped = groupCalls(calls, QUEUES);

    const medians = new Map<number, number>();
    for (let weekday = 1; weekday <= 5; weekday++) {
      const counts = [...phone]
        .filter(([day, n]) => weekdayOf(day) === weekday && n > 0 && !spike.has(day) && !isClosedDay(day))
        .map(([, n]) => n)
        .sort((a, b) => a - b);
      medians.set(weekday, counts[counts.length >> 1] ?? 1);
    }
    load = (day) => (phone.get(day) ?? 0) / (medians.get(weekdayOf(day)) ?? 1);
  });

  it('generates about 200,000 queue segments (its time is measured by bench/demo-seed.ts)', () => {
    // ~180,000 calls; an overflowed call has two segments.
    expect(calls.length).toBeGreaterThan(170_000);
    expect(calls.length).toBeLessThan(240_000);
  });

  it('answered calls per day = logged phone contacts / LOGGED_SHARE (0.5): about half are logged', () => {
    for (const [day, m] of measures)
      expect(m.answered, day).toBe(Math.round((phone.get(day) ?? 0) / LOGGED_SHARE));
  });

  it('weekly offered: ~3,500 on average; full ordinary weeks 1,600-4,800 (summer lowest); invoice weeks highest', () => {
    const weeks = new Map<string, IsoWeek>();
    for (const day of daysBetween(FROM, TO)) {
      const week = isoWeekOfDay(day);
      weeks.set(`${week.year}-${week.week}`, week);
    }
    const complete = [...weeks.values()].filter((week) => {
      const days = daysOfIsoWeek(week);
      return (days[0] ?? '') >= FROM && (days[6] ?? '') <= TO;
    });
    const offered = complete.map((week) => {
      const days = daysOfIsoWeek(week);
      return {
        week,
        offered: weekMeasures(
          days.flatMap((day) => measures.get(day) ?? []),
          week,
        ).offered,
        openDays: days.filter((day) => !isClosedDay(day)).length,
        isPeak: days.some((day) => spike.has(day)),
      };
    });
    const mean = offered.reduce((sum, w) => sum + w.offered, 0) / offered.length;
    expect(complete.length).toBeGreaterThanOrEqual(50);
    expect(mean).toBeGreaterThan(3_000);
    expect(mean).toBeLessThan(4_000);

    const ordinary = offered.filter((w) => w.openDays === 5 && !w.isPeak).map((w) => w.offered);
    expect(ordinary.length).toBeGreaterThan(25);
    // The summer weeks: the demo's logged contacts drop to 0.58 of usual (contact-year.ts).
    expect(Math.min(...ordinary)).toBeGreaterThan(1_600);
    expect(Math.max(...ordinary)).toBeLessThan(4_800);
    // The lowest full week is a summer week (ISO weeks 27-32).
    const lowest = offered.filter((w) => w.openDays === 5).sort((a, b) => a.offered - b.offered)[0];
    expect(lowest?.week.week).toBeGreaterThanOrEqual(27);
    expect(lowest?.week.week).toBeLessThanOrEqual(32);
    // The invoice makes the busiest weeks (DOMAIN.md's example): a quarter more logged contacts,
    // each a call answered, and a quarter of the callers lost on the main days. The worst, in
    // February's high season, goes well past DOMAIN.md's 4,300.
    const peak = offered.filter((w) => w.isPeak).map((w) => w.offered);
    expect(Math.max(...peak)).toBeGreaterThan(Math.max(...ordinary));
    expect(Math.max(...peak)).toBeLessThan(7_500);
  });

  it('no call on a closed day, and every call enters within opening hours 08:00-16:30 local time', () => {
    const closed = new Map<CalendarDay, boolean>();
    const wrong = grouped.filter((call) => {
      const { day, minute } = localClock(call.enteredAt);
      if (!closed.has(day)) closed.set(day, isClosedDay(day));
      return closed.get(day) === true || minute < 480 || minute >= 990;
    });
    expect(grouped.length).toBeGreaterThan(170_000);
    expect(wrong).toEqual([]);
    // The measures agree: no traffic on a closed day anywhere in the year.
    expect(periodMeasures([...measures.values()], { from: FROM, to: TO }).dataIssues).toEqual([]);
  });

  it('across the daylight-saving changes the day still opens at 08:00 and closes at 16:30 local time', () => {
    // Friday before and Monday after the change to summer time (29 March 2026) and back (26 October 2025).
    for (const day of ['2025-10-24', '2025-10-27', '2026-03-27', '2026-03-30']) {
      const entered = (segmentsByDay.get(day) ?? []).map((c) => c.enteredAt.getTime()).sort((a, b) => a - b);
      const open = instantAtLocalTime(day, 480).getTime();
      const close = instantAtLocalTime(day, 990).getTime();
      expect(entered.length, day).toBeGreaterThan(300);
      // A whole hour's shift would leave the first or last 10 minutes empty.
      expect((entered[0] ?? 0) - open, day).toBeLessThan(10 * 60_000);
      expect(close - (entered.at(-1) ?? 0), day).toBeLessThan(10 * 60_000);
    }
  });

  it('ordinary days: availability 85-92%, mean queue time 40-70 s, 80-90% answered within 2 minutes', () => {
    const ordinary = [...measures.keys()].filter((day) => !spike.has(day));
    const m = pooled(measures, ordinary);
    expect(m.availability).toBeGreaterThan(0.85);
    expect(m.availability).toBeLessThan(0.92);
    expect(m.meanWaitAnsweredSeconds).toBeGreaterThan(40);
    expect(m.meanWaitAnsweredSeconds).toBeLessThan(70);
    expect(m.answeredWithinShare).toBeGreaterThan(0.8);
    expect(m.answeredWithinShare).toBeLessThan(0.9);
    // Normal variation: the days differ, as real days do.
    const waits = ordinary.map((day) => measures.get(day)?.meanWaitAnsweredSeconds ?? 0);
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(40);
  });

  it('invoice-peak days are clearly worse: availability 70-80% and 2-4 minutes queue time on the main days', () => {
    const ordinary = pooled(
      measures,
      [...measures.keys()].filter((day) => !spike.has(day)),
    );
    // The main days of each spike (over 100 extra contacts; the tail days are milder).
    const main = pooled(
      measures,
      [...spike].filter(([, extra]) => extra > 100).map(([day]) => day),
    );
    const all = pooled(measures, spike.keys());
    expect(main.daysWithMeasures).toBeGreaterThan(20);
    expect(main.availability).toBeGreaterThan(0.7);
    expect(main.availability).toBeLessThan(0.8);
    expect(main.meanWaitAnsweredSeconds).toBeGreaterThan(110);
    expect(main.meanWaitAnsweredSeconds).toBeLessThan(240);
    expect((ordinary.availability ?? 0) - (all.availability ?? 0)).toBeGreaterThan(0.05);
    expect(all.meanWaitAnsweredSeconds).toBeGreaterThan(1.8 * (ordinary.meanWaitAnsweredSeconds ?? 0));
  });

  it('queue time is worst mid-morning', () => {
    const waits = new Map<number, { sum: number; n: number }>();
    for (const call of grouped) {
      if (call.outcome !== 'answered') continue;
      const hour = Math.floor(localClock(call.enteredAt).minute / 60);
      const w = waits.get(hour) ?? { sum: 0, n: 0 };
      waits.set(hour, { sum: w.sum + call.waitSeconds, n: w.n + 1 });
    }
    const mean = (hour: number) => (waits.get(hour)?.sum ?? 0) / (waits.get(hour)?.n ?? 1);
    const worst = [...waits.keys()].sort((a, b) => mean(b) - mean(a))[0];
    expect([9, 10, 11]).toContain(worst);
    expect(mean(10)).toBeGreaterThan(1.5 * mean(8));
    expect(mean(10)).toBeGreaterThan(1.5 * mean(16));
  });

  it('callers hang up more the longer they wait; 3-5% are misdials shorter than 5 s', () => {
    const short = grouped.filter((c) => c.outcome === 'abandoned' && c.waitSeconds < 5).length;
    expect(short / grouped.length).toBeGreaterThan(0.03);
    expect(short / grouped.length).toBeLessThan(0.05);
    // Days with a longer queue lose more callers (Spearman-like: the top and bottom quarters).
    const days = [...measures.values()].sort(
      (a, b) => (a.meanWaitAnsweredSeconds ?? 0) - (b.meanWaitAnsweredSeconds ?? 0),
    );
    const quarter = Math.floor(days.length / 4);
    const lost = (ds: DailyMeasures[]) =>
      1 -
      (pooled(
        measures,
        ds.map((d) => d.day),
      ).availability ?? 0);
    expect(lost(days.slice(-quarter))).toBeGreaterThan(2 * lost(days.slice(0, quarter)));
  });

  it('every overflow segment continues a call that timed out of queue[0] after 90 s, entering at its end', () => {
    const first = new Map(calls.filter((c) => c.queue === QUEUES[0]).map((c) => [c.callId, c]));
    const overflow = calls.filter((c) => c.queue !== QUEUES[0]);
    expect(first.size + overflow.length).toBe(calls.length); // one first segment per callId
    expect(overflow.length).toBeGreaterThan(5_000);
    expect(overflow.every((c) => c.queue === QUEUES[1])).toBe(true);
    expect(new Set(overflow.map((c) => c.callId)).size).toBe(overflow.length); // at most one overflow
    const broken = overflow.filter((second) => {
      const before = first.get(second.callId);
      return !(
        before &&
        before.outcome === 'timeout' &&
        before.waitSeconds === OVERFLOW_AFTER_SECONDS &&
        before.endedAt.getTime() === second.enteredAt.getTime()
      );
    });
    expect(broken).toEqual([]);
    // ...and every timeout of queue[0] goes on to queue[1].
    const continued = new Set(overflow.map((c) => c.callId));
    const timeouts = [...first.values()].filter((c) => c.outcome === 'timeout');
    expect(timeouts.length).toBe(overflow.length);
    expect(timeouts.every((c) => continued.has(c.callId))).toBe(true);
  });

  it('overflow: few calls on quiet days, about 5-15% on ordinary days, more on busy days', () => {
    const overflowShare = (days: CalendarDay[]) => {
      const merged = groupCalls(
        days.flatMap((day) => segmentsByDay.get(day) ?? []),
        QUEUES,
      );
      return merged.filter((c) => c.segments === 2).length / merged.length;
    };
    const ordinaryDays = [...measures.keys()].filter((day) => !spike.has(day));
    const quiet = overflowShare(ordinaryDays.filter((day) => load(day) < 0.85));
    const ordinary = overflowShare(ordinaryDays.filter((day) => load(day) >= 0.85 && load(day) <= 1.1));
    const busy = overflowShare(ordinaryDays.filter((day) => load(day) > 1.1));
    expect(quiet).toBeLessThan(0.02);
    expect(ordinary).toBeGreaterThan(0.05);
    expect(ordinary).toBeLessThan(0.15);
    expect(busy).toBeGreaterThan(0.12);
    expect(busy).toBeLessThan(0.3);
  });

  it('callIds are Asterisk uniqueids, `${epoch seconds}.${counter}`, one per call', () => {
    const counters = new Set<number>();
    const malformed = grouped.filter((call) => {
      const [seconds, counter] = call.callId.split('.').map(Number);
      counters.add(counter ?? -1);
      return !/^\d{10}\.\d+$/.test(call.callId) || seconds !== call.enteredAt.getTime() / 1000;
    });
    expect(malformed).toEqual([]);
    expect(counters.size).toBe(grouped.length);
  });

  it('answered calls: talk 3-5 minutes, ended by caller 60% / member 30% / transfer 10%, a queue member, a few rings unanswered', () => {
    const answered = calls.filter((c) => c.outcome === 'answered');
    const n = answered.length;
    const meanTalk = answered.reduce((sum, c) => sum + c.talkSeconds, 0) / n;
    expect(meanTalk).toBeGreaterThan(180);
    expect(meanTalk).toBeLessThan(300);
    const ends = (end: string) => answered.filter((c) => c.answeredEnd === end).length / n;
    expect(ends('completed_caller')).toBeCloseTo(0.6, 1);
    expect(ends('completed_agent')).toBeCloseTo(0.3, 1);
    expect(ends('transferred')).toBeCloseTo(0.1, 1);
    const odd = answered.filter(
      (c) =>
        !/^Agent\/1(0[1-9]|1[0-2])$/.test(c.agent ?? '') ||
        c.endedAt.getTime() - c.enteredAt.getTime() !== (c.waitSeconds + c.talkSeconds) * 1000,
    );
    expect(odd).toEqual([]);
    // The back office (Agent/109-112) answers only in the overflow queue.
    expect(answered.some((c) => c.queue === QUEUES[0] && /1(09|1[0-2])$/.test(c.agent ?? ''))).toBe(false);
    expect(answered.some((c) => c.queue === QUEUES[1] && /1(09|1[0-2])$/.test(c.agent ?? ''))).toBe(true);
    const rings = answered.map((c) => c.ringNoAnswerCount);
    expect(rings.reduce((a, b) => Math.max(a, b), 0)).toBe(2);
    expect(rings.filter((r) => r > 0).length / n).toBeGreaterThan(0.01);
    expect(rings.filter((r) => r > 0).length / n).toBeLessThan(0.15);
    // Unanswered segments have no member, no talk and no answered end.
    const unanswered = calls.filter((c) => c.outcome !== 'answered');
    expect(
      unanswered.filter(
        (c) => c.agent !== null || c.answeredEnd !== null || c.talkSeconds || c.ringNoAnswerCount,
      ),
    ).toEqual([]);
  });

  it('visitorsPerDay: about 1.3 visitors per logged visit on open days, none on closed days', () => {
    const visits = countPerDay(contacts, 'visit');
    // A stray logged visit on a Saturday and on midsommarafton is still no open day.
    visits.set('2025-06-14', 5);
    visits.set('2025-06-20', 5);
    const visitors = visitorsPerDay({ seed: 3, visitContactsPerDay: visits });
    let visitorSum = 0;
    let visitSum = 0;
    for (const [day, n] of visits) {
      if (isClosedDay(day)) {
        expect(visitors.has(day), day).toBe(false);
        continue;
      }
      expect(visitors.get(day), day).toBeGreaterThanOrEqual(0);
      visitorSum += visitors.get(day) ?? 0;
      visitSum += n;
    }
    expect(visitorSum / visitSum).toBeGreaterThan(1.25);
    expect(visitorSum / visitSum).toBeLessThan(1.35);
    // Noise: the count is not simply 1.3 × the visits.
    const exact = [...visitors].filter(([day, n]) => n === Math.round((visits.get(day) ?? 0) * 1.3)).length;
    expect(exact / visitors.size).toBeLessThan(0.3);
    expect(visitorsPerDay({ seed: 3, visitContactsPerDay: visits })).toEqual(visitors);
  });

  it('emailTimes: received before the answer, 85-90% within one working day, mostly in working hours', () => {
    const emails = contacts
      .filter((c) => c.channel === 'email')
      .map((c) => ({ id: c.id, startedAt: c.startedAt }));
    const received = emailTimes({ seed: 5, emails });
    expect(received.size).toBe(emails.length);
    const hours: number[] = [];
    let inWindow = 0;
    // Every third e-mail: workingTimeMs reads the calendar per day and is the slow part.
    const sample = emails.filter((_, i) => i % 3 === 0);
    for (const email of sample) {
      const at = received.get(email.id);
      if (!at) throw new Error(`no receipt time for ${email.id}`);
      expect(at.getTime()).toBeLessThanOrEqual(email.startedAt.getTime());
      hours.push(workingTimeMs(at, email.startedAt) / 3_600_000);
      const { day, minute } = localClock(at);
      if (!isClosedDay(day) && minute >= 480 && minute < 1020) inWindow += 1;
    }
    const within = hours.filter((h) => h <= 9).length / hours.length;
    expect(within).toBeGreaterThan(0.85);
    expect(within).toBeLessThan(0.9);
    const sorted = [...hours].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? 0;
    expect(median).toBeGreaterThan(1);
    expect(median).toBeLessThan(4);
    expect(inWindow / sample.length).toBeGreaterThan(0.85);
    expect(inWindow / sample.length).toBeLessThan(1);
    expect(emailTimes({ seed: 5, emails: emails.slice(0, 200) })).toEqual(
      new Map([...received].slice(0, 200)),
    );
  });
});

describe('callYear: determinism and closed days', () => {
  // March 2026 with Monday peaks, plus calls logged on closed days that must not become calls.
  const march = new Map<CalendarDay, number>(
    daysBetween('2026-03-01', '2026-03-31').map((day) => [
      day,
      isClosedDay(day) ? 40 : ([0, 420, 340, 320, 300, 260, 0][weekdayOf(day)] ?? 0),
    ]),
  );
  const input: CallYearInput = { seed: 1, phoneContactsPerDay: march, queues: QUEUES, peakDays: new Set() };

  it('the same seed gives the same calls; another seed others', () => {
    const a = callYear(input);
    expect(callYear(input)).toEqual(a);
    const b = callYear({ ...input, seed: 2 });
    expect(b.length).toBeGreaterThan(0);
    expect(b.slice(0, 100)).not.toEqual(a.slice(0, 100));
  });

  it('a closed day gets no calls even when contacts were logged on it; an open day with none gets none', () => {
    const days = new Set(
      callYear({ ...input, phoneContactsPerDay: new Map([...march, ['2026-03-02', 0]]) }).map(
        (c) => localClock(c.enteredAt).day,
      ),
    );
    expect([...days].filter((day) => isClosedDay(day))).toEqual([]);
    expect(days.has('2026-03-02')).toBe(false);
    expect(days.has('2026-03-03')).toBe(true);
  });

  it('follows the logged contacts per hour when given', () => {
    // Every logged phone contact of the day came between 14:00 and 15:00.
    const perHour = new Map([['2026-03-04', Array.from({ length: 24 }, (_, h) => (h === 14 ? 300 : 0))]]);
    const calls = callYear({ ...input, phoneContactsPerHour: perHour });
    const minutes = calls.filter(
      (c) => localClock(c.enteredAt).day === '2026-03-04' && c.queue === QUEUES[0],
    );
    expect(minutes.length).toBeGreaterThan(600);
    expect(minutes.every((c) => Math.floor(localClock(c.enteredAt).minute / 60) === 14)).toBe(true);
  });
});
