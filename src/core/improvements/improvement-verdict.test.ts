import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/swedish-calendar.js';
import type { WeekFigures } from './improvement.js';
import { comparisonOf, improvementVerdict, type VerdictInput } from './improvement-verdict.js';

/** A small fixed wobble, so weeks are not all alike (no randomness in a test). */
const WOBBLE = [1.03, 0.97, 1.05, 0.95, 1, 1.02, 0.98];

/** n weeks from a Monday; fd(i, week) the targeted failure demand, the population 10% larger. */
function weeks(
  firstMonday: string,
  n: number,
  fd: (i: number, week: string) => number,
  all: (i: number, week: string) => number = () => 3000,
): WeekFigures[] {
  return Array.from({ length: n }, (_, i) => {
    const week = addDays(firstMonday, 7 * i);
    const failureDemand = Math.round(fd(i, week) * WOBBLE[i % WOBBLE.length]!);
    const contacts = Math.round(failureDemand * 1.1);
    return { week, failureDemand, contacts, allContacts: Math.round(all(i, week)) + contacts };
  });
}

/** A quarterly invoice: 250, 400 and 150 targeted contacts in its first three weeks, 60 in the others. */
const invoice = (phase: number) => [250, 400, 150][phase] ?? 60;
const INVOICE_CYCLE = { weeks: 13, startsOn: '2026-02-10' }; // invoices on 10 Feb, 11 May, 10 Aug, 9 Nov
const phaseOf = (week: string) => {
  const days = (Date.parse(week) - Date.parse('2026-02-09')) / 86_400_000;
  return (((days / 7) % 13) + 13) % 13;
};

const verdictOf = (input: Partial<VerdictInput> & Pick<VerdictInput, 'before' | 'after'>) =>
  improvementVerdict({ yearBefore: null, implementedOn: input.after[0]!.week, cycle: null, ...input });

describe('improvementVerdict: a named cycle (a quarterly invoice)', () => {
  // Before: 26 weeks from the February invoice (two invoices); after: 16 weeks from the August
  // invoice (two invoices, the second cut off after its peak).
  const before = weeks('2026-02-09', 26, (_, w) => invoice(phaseOf(w)));

  it('finds a known effect: every week 60% of what it was', () => {
    const after = weeks('2026-08-10', 16, (_, w) => 0.6 * invoice(phaseOf(w)));
    const result = verdictOf({ before, after, cycle: INVOICE_CYCLE });
    expect(result.volume.comparison).toBe('cycle');
    expect(result.verdict).toBe('improved');
    const estimate = result.volume.estimate!;
    expect(estimate.ratio).toBeGreaterThan(0.57);
    expect(estimate.ratio).toBeLessThan(0.63);
    expect(estimate.interval.low).toBeLessThan(0.6);
    expect(estimate.interval.high).toBeGreaterThan(0.6);
    expect(estimate.interval.high).toBeLessThan(1);
    // 13 phases, 42 weeks: 42 - 13 - 1 = 28 degrees of freedom.
    expect(estimate.degreesOfFreedom).toBe(28);
    expect(estimate.strata).toBe(13);
  });

  it('finds no change in the same seasonal pattern, which a plain before/after would misread', () => {
    const after = weeks('2026-08-10', 16, (_, w) => invoice(phaseOf(w)));
    const withCycle = verdictOf({ before, after, cycle: INVOICE_CYCLE });
    expect(withCycle.verdict).toBe('no_change');
    const estimate = withCycle.volume.estimate!;
    expect(estimate.ratio).toBeGreaterThan(0.95);
    expect(estimate.ratio).toBeLessThan(1.05);
    expect(estimate.interval.low).toBeLessThan(1);
    expect(estimate.interval.high).toBeGreaterThan(1);
    // Without the cycle the after weeks hold two invoice peaks in 16 weeks against two in 26
    // before: 2,200 in 16 weeks against 2,800 in 26 reads as about 28% more.
    const plain = verdictOf({ before, after });
    expect(plain.volume.comparison).toBe('other_contacts');
    expect(plain.volume.estimate!.ratio).toBeGreaterThan(1.2);
    // ... with an interval far wider than the cycle's, which leaves the peaks in the noise.
    const width = (r: typeof plain) =>
      Math.log(r.volume.estimate!.interval.high / r.volume.estimate!.interval.low);
    expect(width(plain)).toBeGreaterThan(4 * width(withCycle));
  });

  it("judges the demo's case on volume though the failure-demand share of the targeted contacts rose", () => {
    // Failure demand falls to 60%, while the population shrinks even more (the invoice questions
    // that were not failure demand went away too): its failure-demand share rises.
    const after = weeks('2026-08-10', 16, (_, w) => 0.6 * invoice(phaseOf(w))).map((w) => ({
      ...w,
      contacts: Math.round(w.failureDemand * 1.05),
      allContacts: w.allContacts - w.contacts + Math.round(w.failureDemand * 1.05),
    }));
    const share = (ws: WeekFigures[]) =>
      ws.reduce((s, w) => s + w.failureDemand, 0) / ws.reduce((s, w) => s + w.contacts, 0);
    expect(share(after)).toBeGreaterThan(share(before));
    const result = verdictOf({ before, after, cycle: INVOICE_CYCLE });
    expect(result.verdict).toBe('improved');
    // The secondary measure, the targeted failure demand's share of ALL contacts, falls too.
    expect(result.share.after.share!).toBeLessThan(result.share.before.share!);
    expect(result.shareDisagrees).toBe(false);
  });
});

describe('improvementVerdict: the same weeks a year before', () => {
  // A yearly season: twice as many in winter as in summer (lowest in mid-July).
  const season = (week: string) => {
    const dayOfYear = (Date.parse(week) - Date.parse(`${week.slice(0, 4)}-01-01`)) / 86_400_000;
    return (100 * (1.5 - 0.5 * Math.cos((2 * Math.PI * (dayOfYear - 196)) / 365))) / 1.5;
  };
  const yearAgo = weeks('2025-06-02', 16, (_, w) => season(w));
  const before = weeks('2026-03-09', 12, (_, w) => season(w));

  it('finds no change in a summer low that a before/after of the spring would call an improvement', () => {
    const after = weeks('2026-06-01', 16, (_, w) => season(w));
    const result = verdictOf({ before, after, yearBefore: yearAgo });
    expect(result.volume.comparison).toBe('year_before');
    expect(result.verdict).toBe('no_change');
    expect(result.yearBefore).toHaveLength(16);
    // Against the spring weeks, with nothing else to go by, summer looks like a fall.
    const plain = verdictOf({ before, after });
    expect(plain.verdict).toBe('improved');
  });

  it('finds a known effect: 70% of the same weeks a year before', () => {
    const after = weeks('2026-06-01', 16, (_, w) => 0.7 * season(w));
    const result = verdictOf({ before, after, yearBefore: yearAgo });
    expect(result.verdict).toBe('improved');
    expect(result.volume.estimate!.ratio).toBeCloseTo(0.7, 1);
    expect(result.volume.estimate!.interval.high).toBeLessThan(1);
  });

  it('finds a worsening: 150%', () => {
    const after = weeks('2026-06-01', 16, (_, w) => 1.5 * season(w));
    expect(verdictOf({ before, after, yearBefore: yearAgo }).verdict).toBe('worsened');
  });

  it('uses the year before only when every week of it had contacts logged, before the change', () => {
    const after = weeks('2026-06-01', 16, (_, w) => season(w));
    const gap = yearAgo.map((w, i) =>
      i === 3 ? { ...w, allContacts: 0, contacts: 0, failureDemand: 0 } : w,
    );
    expect(comparisonOf({ before, after, yearBefore: gap, implementedOn: '2026-06-01', cycle: null })).toBe(
      'other_contacts',
    );
    expect(
      comparisonOf({ before, after, yearBefore: gap, implementedOn: '2026-06-01', cycle: INVOICE_CYCLE }),
    ).toBe('cycle');
    // A year-before week after the change (an after period longer than a year) is no comparison.
    expect(
      comparisonOf({ before, after, yearBefore: yearAgo, implementedOn: '2025-06-01', cycle: null }),
    ).toBe('other_contacts');
  });
});

describe('improvementVerdict: normalised by the other contacts', () => {
  // Everything doubles from spring to autumn (a growing municipality, a busy season).
  const busy = (i: number) => 1 + i / 27;
  const before = weeks(
    '2026-03-02',
    12,
    (i) => 50 * busy(i),
    (i) => 2000 * busy(i),
  );

  it('finds no change when the targeted failure demand grows with all the rest', () => {
    const after = weeks(
      '2026-06-01',
      16,
      (i) => 50 * busy(i + 13),
      (i) => 2000 * busy(i + 13),
    );
    const result = verdictOf({ before, after });
    expect(result.volume.comparison).toBe('other_contacts');
    expect(result.verdict).toBe('no_change');
    expect(result.volume.estimate!.ratio).toBeCloseTo(1, 1);
  });

  it('finds a known effect: half the failure demand per other contact', () => {
    const after = weeks(
      '2026-06-01',
      16,
      (i) => 25 * busy(i + 13),
      (i) => 2000 * busy(i + 13),
    );
    const result = verdictOf({ before, after });
    expect(result.verdict).toBe('improved');
    expect(result.volume.estimate!.ratio).toBeCloseTo(0.5, 1);
  });
});

describe('improvementVerdict: too little data', () => {
  const before = weeks('2026-03-02', 12, () => 50);

  it('waits for 4 after weeks', () => {
    const after = weeks('2026-06-01', 3, () => 5);
    const result = verdictOf({ before, after });
    expect(result.verdict).toBe('not_enough_data');
    expect(result.volume.reason).toBe('too_few_after_weeks');
    expect(result.volume.estimate).toBeNull();
  });

  it('needs 10 targeted failure-demand contacts to compare with', () => {
    const few = weeks('2026-03-02', 12, (i) => (i < 8 ? 1 : 0));
    const after = weeks('2026-06-01', 8, () => 1);
    const result = verdictOf({ before: few, after });
    expect(result.volume.comparedFailureDemand).toBe(8);
    expect(result.verdict).toBe('not_enough_data');
    expect(result.volume.reason).toBe('too_few_compared');
  });

  it('needs weeks enough to measure the variation', () => {
    // Year-before pairs: 4 after weeks, 4 weeks a year before, 4 strata: 8 - 4 - 1 = 3 degrees
    // of freedom, the least that is enough.
    const after = weeks('2026-06-01', 4, () => 20);
    const yearBefore = weeks('2025-06-02', 4, () => 40);
    expect(verdictOf({ before, after, yearBefore }).volume.estimate!.degreesOfFreedom).toBe(3);
    // An 8-week cycle: the before weeks are in places 0-3, the after weeks (13 weeks on) in
    // places 5, 6, 7 and 0: one place in common, 2 weeks, no degrees of freedom left.
    const shortBefore = weeks('2026-03-02', 4, () => 40);
    const cycled = verdictOf({ before: shortBefore, after, cycle: { weeks: 8, startsOn: '2026-03-02' } });
    expect(cycled.volume.reason).toBe('too_few_weeks');
  });
});
