import { describe, expect, it } from 'vitest';
import { dailyMeasures, type DailyMeasures } from './daily-measures.js';
import { monthMeasures, monthRange, periodMeasures, weekMeasures } from './period-measures.js';

/** A day's measures from its counts; the means and shares as dailyMeasures computes them. */
function day(date: string, counts: Partial<DailyMeasures>): DailyMeasures {
  const m: DailyMeasures = {
    ...dailyMeasures([], { day: date, queues: ['kundtjanst'] }),
    ...counts,
  };
  const div = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    ...m,
    availability: div(m.answered, m.offered),
    meanWaitAnsweredSeconds: div(m.answeredWaitSeconds, m.answered),
    meanWaitAbandonedSeconds: div(m.abandonedWaitSeconds, m.abandoned),
    answeredWithinShare: div(m.answeredWithin, m.offered),
  };
}

// Week 25 of 2026: Monday 15 - Sunday 21 June; Friday 19 is midsommarafton and Saturday 20
// midsommardagen, both closed, as is Sunday 21.
const monday = day('2026-06-15', {
  offered: 100,
  answered: 90,
  abandoned: 10,
  answeredEnds: { completed_caller: 60, completed_agent: 25, transferred: 5 },
  answeredWaitSeconds: 2_700, // 90 calls * 30 s: mean 30 s
  abandonedWaitSeconds: 500, // 10 calls * 50 s
  answeredWaitUnder60: 80,
  answeredWait60To120: 6,
  answeredWaitOver120: 4,
  answeredWithin: 86,
});
const tuesday = day('2026-06-16', {
  offered: 10,
  answered: 5,
  abandoned: 5,
  answeredEnds: { completed_caller: 5, completed_agent: 0, transferred: 0 },
  answeredWaitSeconds: 1_500, // 5 * 300 s: mean 300 s
  abandonedWaitSeconds: 500, // 5 * 100 s
  answeredWait60To120: 1,
  answeredWaitOver120: 4,
  answeredWithin: 1,
  shortAbandons: 3,
});
const midsommarafton = day('2026-06-19', {
  offered: 2,
  answered: 2,
  answeredEnds: { completed_caller: 0, completed_agent: 2, transferred: 0 },
  answeredWaitSeconds: 20,
  answeredWaitUnder60: 2,
  answeredWithin: 2,
});

describe('periodMeasures', () => {
  it('sums counts and recomputes means and shares from the totals, not from the days', () => {
    const w = weekMeasures([tuesday, midsommarafton, monday], '2026-W25');
    expect(w).toMatchObject({
      from: '2026-06-15',
      to: '2026-06-21',
      days: 7,
      closedDays: ['2026-06-19', '2026-06-20', '2026-06-21'],
      daysWithMeasures: 3,
      offered: 112, // 100 + 10 + 2
      answered: 97, // 90 + 5 + 2
      abandoned: 15, // 10 + 5
      shortAbandons: 3,
      answeredEnds: { completed_caller: 65, completed_agent: 27, transferred: 5 },
      answeredWaitSeconds: 4_220, // 2,700 + 1,500 + 20
      abandonedWaitSeconds: 1_000,
      answeredWaitUnder60: 82,
      answeredWait60To120: 7,
      answeredWaitOver120: 8, // 82 + 7 + 8 = 97 answered
      answeredWithin: 89, // 86 + 1 + 2
    });
    // availability 97 / 112 = 0.866; the mean of the days' 0.9, 0.5 and 1 would be 0.8.
    expect(w.availability).toBeCloseTo(97 / 112, 12);
    expect(w.availability).toBeCloseTo(0.8661, 4);
    // mean queue time 4,220 / 97 = 43.5 s; the mean of the days' 30, 300 and 10 s would be 113.3 s.
    expect(w.meanWaitAnsweredSeconds).toBeCloseTo(43.505, 3);
    expect(w.meanWaitAbandonedSeconds).toBeCloseTo(1_000 / 15, 12); // 66.7 s
    expect(w.answeredWithinShare).toBeCloseTo(89 / 112, 12); // 0.795
  });

  it("flags a closed day's traffic but keeps it in the totals", () => {
    const w = weekMeasures([monday, midsommarafton], '2026-W25');
    expect(w.offered).toBe(102);
    expect(w.dataIssues).toEqual([
      { day: '2026-06-19', kind: 'closed_day_traffic', offered: 2, shortAbandons: 0 },
    ]);
    // A closed day that only saw short abandons is flagged too; one without traffic is not.
    const quiet = day('2026-06-20', {});
    const shortOnly = day('2026-06-21', { shortAbandons: 1 });
    expect(weekMeasures([quiet, shortOnly], '2026-W25').dataIssues).toEqual([
      { day: '2026-06-21', kind: 'closed_day_traffic', offered: 0, shortAbandons: 1 },
    ]);
  });

  it("treats the tenant's extra closed days as closed", () => {
    const w = weekMeasures([monday], '2026-W25', { extraClosedDays: ['2026-06-15'] });
    expect(w.closedDays).toEqual(['2026-06-15', '2026-06-19', '2026-06-20', '2026-06-21']);
    expect(w.dataIssues.map((i) => i.kind)).toEqual(['closed_day_traffic']);
  });

  it('flags more answered than offered and never gives a share above 1', () => {
    // An aggregate export: 12 answered of 10 offered on Monday, 5 of 10 on Tuesday.
    const over = day('2026-06-15', { offered: 10, answered: 12, answeredWithin: 11 });
    const under = day('2026-06-16', { offered: 10, answered: 5, answeredWithin: 5 });
    const alone = weekMeasures([over], '2026-W25');
    expect([alone.availability, alone.answeredWithinShare]).toEqual([null, null]);
    expect(alone.dataIssues).toEqual([
      { day: '2026-06-15', kind: 'answered_exceeds_offered', answered: 12, answeredWithin: 11, offered: 10 },
    ]);
    // Together 17 / 20 = 0.85 and 16 / 20 = 0.8; Monday stays flagged.
    const both = weekMeasures([over, under], '2026-W25');
    expect([both.availability, both.answeredWithinShare]).toEqual([0.85, 0.8]);
    expect(both.dataIssues).toHaveLength(1);
    // Answered within above offered alone is flagged too (9 of 8 offered, 7 answered).
    const within = weekMeasures(
      [day('2026-06-17', { offered: 8, answered: 7, answeredWithin: 9 })],
      '2026-W25',
    );
    expect(within.dataIssues.map((i) => i.kind)).toEqual(['answered_exceeds_offered']);
    expect([within.availability, within.answeredWithinShare]).toEqual([0.875, null]);
  });

  it('has no means or shares for a period without calls', () => {
    const w = weekMeasures([], '2026-W25');
    expect([
      w.offered,
      w.availability,
      w.meanWaitAnsweredSeconds,
      w.answeredWithinShare,
      w.daysWithMeasures,
    ]).toEqual([0, null, null, null, 0]);
  });

  it('combines a month from its days and the days from real calls', () => {
    // 1 June 08:00 UTC: answered after 40 s; 30 June 08:00 UTC: answered after 200 s, abandoned after 20 s.
    const call = (at: string, outcome: 'answered' | 'abandoned', wait: number, id: string) => ({
      callId: id,
      queue: 'kundtjanst',
      enteredAt: new Date(at),
      endedAt: new Date(new Date(at).getTime() + wait * 1000),
      outcome,
      answeredEnd: outcome === 'answered' ? ('completed_caller' as const) : null,
      agent: null,
      waitSeconds: wait,
      talkSeconds: 0,
      ringNoAnswerCount: 0,
    });
    const calls = [
      call('2026-06-01T08:00:00Z', 'answered', 40, 'a'),
      call('2026-06-30T08:00:00Z', 'answered', 200, 'b'),
      call('2026-06-30T08:05:00Z', 'abandoned', 20, 'c'),
    ];
    const days = ['2026-06-01', '2026-06-30'].map((d) =>
      dailyMeasures(calls, { day: d, queues: ['kundtjanst'] }),
    );
    const m = monthMeasures(days, '2026-06');
    expect([m.from, m.to, m.days, m.offered, m.answered, m.abandoned]).toEqual([
      '2026-06-01',
      '2026-06-30',
      30,
      3,
      2,
      1,
    ]);
    expect(m.meanWaitAnsweredSeconds).toBe(120); // (40 + 200) / 2
    expect(m.availability).toBeCloseTo(2 / 3, 12);
    expect(m.answeredWithinShare).toBeCloseTo(1 / 3, 12); // only the 40 s call waited <= 120 s
    // June has 8 weekend days plus midsommarafton and midsommardagen (a Saturday): 9 closed days.
    expect(m.closedDays).toHaveLength(9);
  });

  it('rejects days outside the period, twice given or a period that ends before it starts', () => {
    expect(() => monthMeasures([day('2026-07-01', {})], '2026-06')).toThrow(
      'day 2026-07-01 is outside the period 2026-06-01 to 2026-06-30',
    );
    expect(() => weekMeasures([monday, monday], '2026-W25')).toThrow('day 2026-06-15 is given twice');
    expect(() => periodMeasures([], { from: '2026-06-02', to: '2026-06-01' })).toThrow(RangeError);
  });
});

describe('weeks and months', () => {
  it('takes the week as text or as { year, week }, across New Year', () => {
    // 2026-W53 runs Monday 28 December 2026 to Sunday 3 January 2027; 1 January is nyårsdagen.
    const w = weekMeasures([day('2027-01-01', { offered: 1, abandoned: 1 })], { year: 2026, week: 53 });
    expect([w.from, w.to, w.offered]).toEqual(['2026-12-28', '2027-01-03', 1]);
    expect(w.closedDays).toEqual(['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(w.dataIssues.map((i) => i.kind)).toEqual(['closed_day_traffic']);
    expect(() => weekMeasures([], '2025-W53')).toThrow(RangeError); // 2025 has 52 weeks
  });

  it('gives the first and last day of a month', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    for (const bad of ['2026-13', '2026-00', '2026-1'])
      expect(() => monthRange(bad), bad).toThrow(`not a month: ${bad}`);
  });
});
