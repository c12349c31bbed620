import { beforeAll, describe, expect, it } from 'vitest';
import { isClosedDay, isoWeekOf, weekdayOf } from '../calendar/swedish-calendar.js';
import { calendarDayOf } from '../contacts/calendar-day.js';
import { checkContact } from '../contacts/contact-rules.js';
import { defaultFailureDemand } from '../contacts/failure-demand.js';
import type { FailureReason } from '../contacts/taxonomy.js';
import {
  contactYear,
  contactYearPeriod,
  invoiceRedesignDay,
  invoiceSpikeDays,
  REDESIGN_SPIKE_SHARE,
  type ContactYearInput,
  type DemoContact,
  type YearTopic,
} from './contact-year.js';
import { compensate } from './contact-traits.js';

/**
 * A catalogue shaped like a municipality's: 60 topics over 12 owner units, a few popular ones,
 * some defaulting to a failure reason, an invoice topic, and the contact centre's own topics.
 */
function catalogue(): ContactYearInput {
  const reasons: (FailureReason | null)[] = [
    'chasing_case',
    'did_not_understand_information',
    'eservice_problem',
    'municipality_error',
  ];
  const topics: YearTopic[] = Array.from({ length: 60 }, (_, i) => ({
    id: `topic-${i}`,
    name: `Ämne ${i}`,
    ownerUnitId: `unit-${i % 12}`,
    defaultFailureReason: i % 6 === 5 ? (reasons[i % 4] ?? null) : null,
    weight: i < 10 ? 40 - 3 * i : 1 + ((i * 37) % 8),
    caseSeries: i % 2 ? 'BN' : 'SN',
  }));
  topics.push(
    {
      id: 'invoice',
      name: 'VA-faktura',
      ownerUnitId: 'unit-3',
      defaultFailureReason: 'did_not_understand_information',
      weight: 10,
      caseSeries: 'SBN',
    },
    {
      id: 'opinion',
      name: 'Synpunkter',
      ownerUnitId: 'unit-0',
      defaultFailureReason: null,
      weight: 2,
      caseSeries: 'KS',
    },
    {
      id: 'authority',
      name: 'Annan myndighet',
      ownerUnitId: 'unit-0',
      defaultFailureReason: null,
      weight: 1,
      caseSeries: 'KS',
    },
  );
  return {
    seed: 123,
    today: '2026-05-10',
    topics,
    invoiceTopicId: 'invoice',
    opinionTopicId: 'opinion',
    otherAuthorityTopicId: 'authority',
    contactCentreUnitIds: ['unit-0'],
    guides: {
      phone: ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9', 'g10'],
      office: ['o1', 'o2', 'o3', 'o4'],
    },
    districts: [
      { name: 'Jakobsberg', weight: 30 },
      { name: 'Viksjö', weight: 17 },
      { name: 'Kallhäll', weight: 10 },
    ],
  };
}

const share = (contacts: readonly DemoContact[], test: (c: DemoContact) => boolean) =>
  contacts.filter(test).length / contacts.length;
const STAFFED = new Set(['phone', 'visit', 'chat', 'letter', 'social_media', 'other']);

describe('contactYearPeriod', () => {
  it.each([
    ['2026-05-10', '2025-05-10', '2026-05-09', 'twelve months ending yesterday'],
    ['2026-01-01', '2025-01-01', '2025-12-31', 'new year: the whole of last year'],
    ['2028-02-29', '2027-03-01', '2028-02-28', 'leap day: no 29 February a year before'],
  ])('%s -> %s..%s (%s)', (today, from, to) => {
    expect(contactYearPeriod(today)).toEqual({ from, to });
  });
});

describe('invoiceSpikeDays', () => {
  it('May 2026: the invoice goes out Monday 11 May (the 10th is a Sunday); calls from the 14th, only on open days', () => {
    const spike = invoiceSpikeDays('2026-05-01', '2026-05-31');
    const days = [...spike.keys()].sort();
    // 11 May + 3 = 14 May is Kristi himmelsfärdsdag (closed); + 16 = 27 May.
    expect(days[0]).toBe('2026-05-15');
    expect(days.at(-1)).toBe('2026-05-27');
    expect(days).not.toContain('2026-05-16');
    expect(days.every((d) => !isClosedDay(d))).toBe(true);
    // The whole spike of 1,100 calls falls within May.
    expect([...spike.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1100, 6);
  });
});

describe('the invoice redesign', () => {
  it('is the last invoice sent at least 16 weeks before the period ends', () => {
    // Year to 2 December 2026: invoices 10 Feb, 11 May (the 10th a Sunday), 10 Aug, 10 Nov 2026;
    // 10 Nov is too late (22 days), 10 Aug is 114 days before.
    expect(invoiceRedesignDay({ from: '2025-12-03', to: '2026-12-02' })).toBe('2026-08-10');
    // To 31 August 2026: 10 Aug is 21 days before, 11 May 112 days (16 weeks exactly).
    expect(invoiceRedesignDay({ from: '2025-09-01', to: '2026-08-31' })).toBe('2026-05-11');
    expect(invoiceRedesignDay({ from: '2026-06-01', to: '2026-08-31' })).toBeNull();
  });

  it('shrinks the spike of each invoice from the redesign on, and leaves earlier ones', () => {
    const before = invoiceSpikeDays('2026-01-01', '2026-12-31');
    const after = invoiceSpikeDays('2026-01-01', '2026-12-31', [], '2026-08-10');
    const sum = (m: Map<string, number>, from: string, to: string) =>
      [...m].filter(([d]) => d >= from && d <= to).reduce((a, [, v]) => a + v, 0);
    expect(sum(after, '2026-02-01', '2026-06-30')).toBeCloseTo(sum(before, '2026-02-01', '2026-06-30'), 6);
    expect(sum(after, '2026-08-01', '2026-08-31')).toBeCloseTo(1100 * REDESIGN_SPIKE_SHARE, 6);
    expect(sum(before, '2026-08-01', '2026-08-31')).toBeCloseTo(1100, 6);
  });

  it('makes fewer contacts about the invoice after it, everyday ones and the spike alike', () => {
    const input = { ...catalogue(), period: { from: '2026-04-01', to: '2026-10-31' } };
    const plain = contactYear(input);
    const redesigned = contactYear({ ...input, invoiceRedesign: '2026-08-10' });
    const invoice = (cs: DemoContact[], from: string, to: string) =>
      cs.filter(
        (c) =>
          c.topicId === 'invoice' && calendarDayOf(c.startedAt) >= from && calendarDayOf(c.startedAt) <= to,
      ).length;
    // Before the redesign: the same contacts (the same random draws up to there are not guaranteed,
    // so compare volumes): within 10%.
    const mayBefore = invoice(plain, '2026-05-01', '2026-06-30');
    expect(Math.abs(invoice(redesigned, '2026-05-01', '2026-06-30') - mayBefore)).toBeLessThan(
      0.1 * mayBefore,
    );
    // From the redesign: well under two thirds of the plain year's.
    expect(invoice(redesigned, '2026-08-10', '2026-10-31')).toBeLessThan(
      (2 / 3) * invoice(plain, '2026-08-10', '2026-10-31'),
    );
  });
});

describe('compensate', () => {
  it('gives the ordinary contacts the shares that, with the special ones, meet the overall mix', () => {
    // 100 contacts, 20 special all 'a': overall a 50% -> 30 of the 80 ordinary are 'a' (37.5%).
    expect(compensate({ a: 0.5, b: 0.5 }, { a: 1 }, 100, 20)).toEqual({ a: 0.375, b: 0.625 });
  });
});

describe('contactYear: determinism', () => {
  const month = { ...catalogue(), period: { from: '2026-03-01', to: '2026-03-31' } };

  it('the same seed gives the same contacts; another seed others', () => {
    const a = contactYear(month);
    const b = contactYear(month);
    const c = contactYear({ ...month, seed: 124 });
    expect(a.length).toBeGreaterThan(8000);
    expect(b).toEqual(a);
    expect(c.length).not.toBe(0);
    expect(c.slice(0, 50).map((x) => x.id)).not.toEqual(a.slice(0, 50).map((x) => x.id));
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
  });
});

describe('contactYear: a full year', () => {
  let year: DemoContact[];
  const input = catalogue();
  // Intl is slow per call: each contact's day once.
  const days = new WeakMap<DemoContact, string>();
  const dayOf = (c: DemoContact) => {
    let day = days.get(c);
    if (day === undefined) days.set(c, (day = calendarDayOf(c.startedAt)));
    return day;
  };
  const closedDay = new Map<string, boolean>();
  const isClosed = (day: string) => {
    let closed = closedDay.get(day);
    if (closed === undefined) closedDay.set(day, (closed = isClosedDay(day)));
    return closed;
  };

  beforeAll(() => {
    year = contactYear(input);
  });

  it('holds about 120,000 contacts within the twelve months ending yesterday, oldest first', () => {
    expect(year.length).toBeGreaterThan(110_000);
    expect(year.length).toBeLessThan(130_000);
    expect(dayOf(year[0]!) >= '2025-05-10').toBe(true);
    expect(dayOf(year.at(-1)!) <= '2026-05-09').toBe(true);
    for (let i = 1; i < year.length; i += 997)
      expect(year[i]!.startedAt.getTime()).toBeGreaterThanOrEqual(year[i - 1]!.startedAt.getTime());
  });

  it('channel mix: phone 65%, visit 15%, e-mail 12%, e-service 5% (±1 point)', () => {
    expect(share(year, (c) => c.channel === 'phone')).toBeCloseTo(0.65, 1);
    for (const [channel, expected] of [
      ['phone', 0.65],
      ['visit', 0.15],
      ['email', 0.12],
      ['eservice', 0.05],
    ] as const)
      expect(Math.abs(share(year, (c) => c.channel === channel) - expected), channel).toBeLessThan(0.01);
  });

  it('need mix of DOMAIN.md: 45/25/16/12/2 and a little other authority (±1.5 points)', () => {
    for (const [need, expected] of [
      ['want_service', 0.44],
      ['want_to_know', 0.25],
      ['problem', 0.16],
      ['dont_understand', 0.12],
      ['opinion', 0.02],
      ['other_authority', 0.01],
    ] as const)
      expect(Math.abs(share(year, (c) => c.need === need) - expected), need).toBeLessThan(0.015);
  });

  it('about 70% resolved by the guide alone; failure demand about a third', () => {
    expect(share(year, (c) => c.resolution === 'resolved_self')).toBeGreaterThan(0.67);
    expect(share(year, (c) => c.resolution === 'resolved_self')).toBeLessThan(0.73);
    expect(share(year, (c) => c.isFailureDemand)).toBeGreaterThan(0.3);
    expect(share(year, (c) => c.isFailureDemand)).toBeLessThan(0.38);
  });

  it('every contact passes the contact rules the API applies', () => {
    const broken = year.filter((c) => checkContact(c, new Date(c.loggedAt.getTime())).length > 0);
    expect(broken.slice(0, 3)).toEqual([]);
  });

  it('failure demand follows the core default rule unless marked as overridden', () => {
    const topics = new Map(input.topics.map((t) => [t.id, t]));
    const disagree = year.filter((c) => {
      const rule = defaultFailureDemand({
        need: c.need,
        concernsExistingCase: c.concernsExistingCase,
        topicDefaultReason: topics.get(c.topicId)?.defaultFailureReason ?? null,
      });
      return (
        !c.isFailureDemandOverridden &&
        (rule.isFailureDemand !== c.isFailureDemand || rule.reason !== c.failureReason)
      );
    });
    expect(disagree).toEqual([]);
    expect(share(year, (c) => c.isFailureDemandOverridden)).toBeGreaterThan(0.01);
    expect(share(year, (c) => c.isFailureDemandOverridden)).toBeLessThan(0.1);
  });

  it('no phone, visit or other staffed contact on a closed day; e-mail and e-services do arrive then', () => {
    expect(year.filter((c) => STAFFED.has(c.channel) && isClosed(dayOf(c))).length).toBe(0);
    const closedOnline = year.filter((c) => !STAFFED.has(c.channel) && isClosed(dayOf(c)));
    expect(closedOnline.length).toBeGreaterThan(1000);
    expect(year.filter((c) => dayOf(c) === '2025-12-24' && c.channel === 'phone')).toHaveLength(0);
  });

  it('phone calls fall within 08-17 and peak mid-morning (09-11)', () => {
    const hours = new Array<number>(24).fill(0);
    const hourOf = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    for (const c of year) if (c.channel === 'phone') hours[Number(hourOf.format(c.startedAt))]! += 1;
    expect(hours.slice(0, 8).every((n) => n === 0)).toBe(true);
    expect(hours.slice(17).every((n) => n === 0)).toBe(true);
    const peak = hours.indexOf(Math.max(...hours));
    expect(peak).toBeGreaterThanOrEqual(9);
    expect(peak).toBeLessThanOrEqual(11);
  });

  it('Monday is the busiest open weekday, Friday the quietest', () => {
    const perDay = new Map<string, number>();
    for (const c of year) perDay.set(dayOf(c), (perDay.get(dayOf(c)) ?? 0) + 1);
    const mean = (weekday: number) => {
      const days = [...perDay].filter(([d]) => !isClosed(d) && weekdayOf(d) === weekday);
      return days.reduce((a, [, n]) => a + n, 0) / days.length;
    };
    const [mon, tue, wed, thu, fri] = [1, 2, 3, 4, 5].map(mean) as [number, number, number, number, number];
    expect(mon).toBeGreaterThan(Math.max(tue, wed, thu, fri));
    expect(fri).toBeLessThan(Math.min(mon, tue, wed, thu));
  });

  it('the summer weeks (27-32) are quieter than spring', () => {
    const meanPerOpenDay = (test: (day: string) => boolean) => {
      const perDay = new Map<string, number>();
      for (const c of year) {
        const day = dayOf(c);
        if (!isClosed(day) && test(day)) perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      return [...perDay.values()].reduce((a, b) => a + b, 0) / perDay.size;
    };
    const summer = meanPerOpenDay((d) => isoWeekOf(d) >= 27 && isoWeekOf(d) <= 32);
    const spring = meanPerOpenDay((d) => d >= '2026-03-01' && d <= '2026-04-30');
    expect(summer).toBeLessThan(0.75 * spring);
  });

  it('after each quarterly invoice, calls about it rise at least fivefold and are mostly failure demand', () => {
    const spikeDays = invoiceSpikeDays('2025-05-10', '2026-05-09');
    const invoice = year.filter((c) => c.topicId === 'invoice' && !isClosed(dayOf(c)));
    const inSpike = invoice.filter((c) => spikeDays.has(dayOf(c)));
    const openDays = new Set(year.filter((c) => c.channel === 'phone').map(dayOf));
    const spikeDayCount = [...spikeDays.keys()].filter((d) => openDays.has(d)).length;
    const perSpikeDay = inSpike.length / spikeDayCount;
    const perOtherDay = (invoice.length - inSpike.length) / (openDays.size - spikeDayCount);
    expect(perSpikeDay).toBeGreaterThan(5 * perOtherDay);
    expect(share(inSpike, (c) => c.failureReason === 'did_not_understand_information')).toBeGreaterThan(0.75);
  });

  it('forwarded contacts go to the topic’s owner, never to the contact centre, with what was done and what is expected', () => {
    const forwarded = year.filter((c) => c.resolution === 'forwarded');
    expect(forwarded.length).toBeGreaterThan(3000);
    for (const c of forwarded) {
      expect(c.forwardedToUnitId).toBe(c.ownerUnitId);
      expect(c.forwardedToUnitId).not.toBe('unit-0');
      expect(c.forwardDone).toMatch(/\S/);
      expect(c.forwardExpected).toMatch(/\S/);
    }
  });

  it('case references like "BN 2026/123", only on contacts about an existing case', () => {
    const withReference = year.filter((c) => c.caseReference !== null);
    expect(withReference.length).toBeGreaterThan(1000);
    for (const c of withReference) {
      expect(c.concernsExistingCase).toBe(true);
      // The year the case was opened: this year or the one before.
      expect(c.caseReference).toMatch(/^(BN|SN|SBN|KS) 202[4-6]\/\d{1,4}$/);
    }
  });

  it('a coarse citizen profile on about 40%, districts from the list', () => {
    expect(Math.abs(share(year, (c) => c.citizenGender !== null) - 0.4)).toBeLessThan(0.02);
    const districts = new Set(year.map((c) => c.citizenDistrict).filter((d) => d !== null));
    expect([...districts].sort()).toEqual(['Jakobsberg', 'Kallhäll', 'Viksjö']);
  });

  it('phone calls last about 3-4 minutes on average; visits are logged by the service office', () => {
    const phone = year.filter((c) => c.channel === 'phone');
    const mean = phone.reduce((a, c) => a + c.durationSeconds, 0) / phone.length;
    expect(mean).toBeGreaterThan(180);
    expect(mean).toBeLessThan(260);
    expect(year.filter((c) => c.channel === 'visit').every((c) => c.loggedByUserId.startsWith('o'))).toBe(
      true,
    );
    expect(year.filter((c) => c.channel !== 'visit').every((c) => c.loggedByUserId.startsWith('g'))).toBe(
      true,
    );
  });

  it('a few topics carry most contacts (the top fifth of topics: over half)', () => {
    const perTopic = new Map<string, number>();
    for (const c of year) perTopic.set(c.topicId, (perTopic.get(c.topicId) ?? 0) + 1);
    const counts = [...perTopic.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.round(counts.length / 5)).reduce((a, b) => a + b, 0);
    expect(top / year.length).toBeGreaterThan(0.5);
  });

  it('summaries are short Swedish text without personal data', () => {
    for (const c of year.slice(0, 2000)) {
      expect(c.summary.length).toBeLessThan(200);
      expect(c.summary).not.toMatch(/\d{6}[-+]?\d{4}|@/);
    }
  });
});
