import { describe, expect, it } from 'vitest';
import { parseIsoWeek } from './iso-week.js';
import {
  measureParts,
  measureValues,
  weeklyReport,
  type DayCounts,
  type DayInput,
  type ReportRow,
  type WeeklyMeasure,
  type WeeklyReport,
} from './weekly-report.js';

/** offered, answered, abandoned, total answered wait, <60, 60-120, >120, within 2 min. */
function counts(
  offered: number,
  answered: number,
  abandoned: number,
  answeredWaitSeconds: number,
  under60: number,
  from60To120: number,
  over120: number,
  within: number,
): DayCounts {
  return {
    offered,
    answered,
    abandoned,
    answeredWaitSeconds,
    answeredWaitUnder60: under60,
    answeredWait60To120: from60To120,
    answeredWaitOver120: over120,
    answeredWithin: within,
  };
}

// 2026-W14 (30 March - 5 April) holds långfredagen (3 April); 2026-W15 (6-12 April) annandag påsk (6 April).
const EASTER = new Map<string, DayCounts>([
  ['2026-03-30', counts(100, 90, 10, 3600, 60, 20, 10, 80)],
  ['2026-03-31', counts(80, 60, 20, 6000, 30, 20, 10, 50)],
  ['2026-04-01', counts(50, 50, 0, 1500, 50, 0, 0, 50)],
  // 2026-04-02 (Thursday, open): no calls at all.
  ['2026-04-03', counts(4, 2, 2, 100, 1, 1, 0, 2)], // Good Friday: closed, yet traffic.
  // 2026-04-06 (Easter Monday, closed): nothing.
  ['2026-04-07', counts(120, 96, 30, 9600, 46, 30, 20, 76)],
  ['2026-04-08', counts(40, 42, 0, 840, 42, 0, 0, 42)], // an aggregate export: answered > offered.
  ['2026-04-09', counts(60, 45, 15, 2700, 20, 20, 5, 40)],
  ['2026-04-10', counts(90, 72, 18, 4320, 40, 22, 10, 62)],
  ['2026-04-11', counts(3, 3, 0, 30, 3, 0, 0, 3)], // a Saturday with traffic.
]);

function easterReport(extraClosedDays?: string[]): WeeklyReport {
  return weeklyReport({
    from: parseIsoWeek('2026-W14'),
    to: parseIsoWeek('2026-W15'),
    measures: EASTER,
    ...(extraClosedDays ? { extraClosedDays } : {}),
  });
}

function row(report: WeeklyReport, measure: WeeklyMeasure, key: ReportRow['key']): ReportRow {
  const table = report.measures.find((m) => m.measure === measure);
  const found = table?.rows.find((r) => r.key === key);
  if (!found) throw new Error(`no ${measure} ${key} row`);
  return found;
}

function values(r: ReportRow): (number | null)[] {
  return r.cells.map((c) => c.value);
}

describe('weeklyReport', () => {
  const report = easterReport();

  it('has the weeks, every measure and Monday-Friday rows, Saturday only because it had traffic', () => {
    expect(report.weeks).toEqual(['2026-W14', '2026-W15']);
    expect(report.measures.map((m) => [m.measure, m.unit])).toEqual([
      ['offered', 'count'],
      ['answered', 'count'],
      ['abandoned', 'count'],
      ['turnedAway', 'count'],
      ['availability', 'share'],
      ['meanQueueSeconds', 'seconds'],
      ['meanAbandonedWaitSeconds', 'seconds'],
      ['answeredUnder60', 'count'],
      ['answered60To120', 'count'],
      ['answeredOver120', 'count'],
      ['answeredWithin', 'count'],
      ['answeredWithinShare', 'share'],
      ['phoneContacts', 'count'],
      ['resolutionRate', 'share'],
      ['resolvedHandlingShare', 'share'],
      ['resolvedSpecialistShare', 'share'],
      ['forwardedShare', 'share'],
      ['unresolvedShare', 'share'],
      ['visitors', 'count'],
      ['emailsDue', 'count'],
      ['emailsWithinShare', 'share'],
    ]);
    expect(report.rowKeys).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'week',
    ]);
    for (const table of report.measures) {
      expect(table.rows.map((r) => r.key)).toEqual(report.rowKeys);
      for (const r of table.rows) expect(r.goal).toBeNull();
    }
  });

  it('leaves closed days out of a weekday mean: Easter Monday is not a zero Monday', () => {
    const monday = row(report, 'offered', 'monday');
    expect(monday.cells).toEqual([
      { week: '2026-W14', day: '2026-03-30', value: 100, closed: false, incomplete: false, dataIssues: [] },
      { week: '2026-W15', day: '2026-04-06', value: 0, closed: true, incomplete: false, dataIssues: [] },
    ]);
    expect([monday.mean, monday.lowest, monday.highest]).toEqual([100, 100, 100]);
  });

  it('takes mean, lowest and highest of a weekday over the open days', () => {
    const tuesday = row(report, 'offered', 'tuesday');
    expect(values(tuesday)).toEqual([80, 120]);
    expect([tuesday.mean, tuesday.lowest, tuesday.highest]).toEqual([100, 80, 120]);
    // 60/80 = 0.75 and 96/120 = 0.8: the mean of the two days' shares.
    const availability = row(report, 'availability', 'tuesday');
    expect(values(availability)).toEqual([0.75, 0.8]);
    expect(availability.mean).toBeCloseTo(0.775, 12);
    expect([availability.lowest, availability.highest]).toEqual([0.75, 0.8]);
    // 50/80 = 0.625 and 76/120 = 0.6333...
    const within = row(report, 'answeredWithinShare', 'tuesday');
    expect(within.mean).toBeCloseTo((0.625 + 76 / 120) / 2, 12);
    // 6000/60 = 100 s and 9600/96 = 100 s.
    expect(values(row(report, 'meanQueueSeconds', 'tuesday'))).toEqual([100, 100]);
    expect(values(row(report, 'answered60To120', 'tuesday'))).toEqual([20, 30]);
  });

  it('counts an open day without calls as 0, but has no share or queue time for it', () => {
    const offered = row(report, 'offered', 'thursday');
    expect(values(offered)).toEqual([0, 60]);
    expect([offered.mean, offered.lowest, offered.highest]).toEqual([30, 0, 60]);
    const availability = row(report, 'availability', 'thursday');
    expect(values(availability)).toEqual([null, 0.75]);
    expect([availability.mean, availability.lowest, availability.highest]).toEqual([0.75, 0.75, 0.75]);
    expect(values(row(report, 'meanQueueSeconds', 'thursday'))).toEqual([null, 60]);
  });

  it('flags traffic on a closed day and leaves it out of the variation', () => {
    const friday = row(report, 'offered', 'friday');
    expect(friday.cells[0]).toEqual({
      week: '2026-W14',
      day: '2026-04-03',
      value: 4,
      closed: true,
      incomplete: false,
      dataIssues: ['closed_day_traffic'],
    });
    expect([friday.mean, friday.lowest, friday.highest]).toEqual([90, 90, 90]);
    const saturday = row(report, 'answered', 'saturday');
    expect(values(saturday)).toEqual([0, 3]);
    expect(saturday.cells.map((c) => c.closed)).toEqual([true, true]);
    expect([saturday.mean, saturday.lowest, saturday.highest]).toEqual([null, null, null]);
  });

  it('flags more answered than offered and never shows a share above 1', () => {
    const wednesday = row(report, 'availability', 'wednesday');
    expect(wednesday.cells[1]).toEqual({
      week: '2026-W15',
      day: '2026-04-08',
      value: null,
      closed: false,
      incomplete: false,
      dataIssues: ['answered_exceeds_offered'],
    });
    expect([wednesday.mean, wednesday.lowest, wednesday.highest]).toEqual([1, 1, 1]);
    expect(values(row(report, 'answeredWithinShare', 'wednesday'))).toEqual([1, null]);
    // The counts are shown as recorded and count in the variation.
    const answered = row(report, 'answered', 'wednesday');
    expect(values(answered)).toEqual([50, 42]);
    expect(answered.mean).toBe(46);
    expect(values(row(report, 'meanQueueSeconds', 'wednesday'))).toEqual([30, 20]);
    for (const table of report.measures)
      if (table.unit === 'share')
        for (const r of table.rows)
          for (const c of r.cells) if (c.value !== null) expect(c.value).toBeLessThanOrEqual(1);
  });

  it('lists the data issues by week and day', () => {
    expect(report.dataIssues).toEqual([
      { kind: 'closed_day_traffic', week: '2026-W14', day: '2026-04-03' },
      { kind: 'answered_exceeds_offered', week: '2026-W15', day: '2026-04-08' },
      { kind: 'closed_day_traffic', week: '2026-W15', day: '2026-04-11' },
    ]);
  });

  it("sums a week's seven days, closed days included, and recomputes its shares from the sums", () => {
    // W14: 100 + 80 + 50 + 0 + 4 offered; 90 + 60 + 50 + 0 + 2 answered.
    // W15: 0 + 120 + 40 + 60 + 90 + 3 offered; 96 + 42 + 45 + 72 + 3 answered.
    const offered = row(report, 'offered', 'week');
    expect(values(offered)).toEqual([234, 313]);
    expect([offered.mean, offered.lowest, offered.highest]).toEqual([273.5, 234, 313]);
    expect(values(row(report, 'answered', 'week'))).toEqual([202, 258]);
    expect(values(row(report, 'abandoned', 'week'))).toEqual([32, 63]);
    expect(values(row(report, 'answeredUnder60', 'week'))).toEqual([141, 151]);
    expect(values(row(report, 'answered60To120', 'week'))).toEqual([41, 72]);
    expect(values(row(report, 'answeredOver120', 'week'))).toEqual([20, 35]);
    expect(values(row(report, 'answeredWithin', 'week'))).toEqual([182, 223]);

    const availability = row(report, 'availability', 'week');
    expect(values(availability)).toEqual([202 / 234, 258 / 313]);
    expect(availability.cells[0]?.value).toBeCloseTo(0.863248, 6);
    expect(availability.cells[1]?.value).toBeCloseTo(0.824281, 6);
    // Not the mean of the days' shares (W14 open days: 0.9, 0.75, 1 → 0.8833).
    expect(availability.mean).toBeCloseTo((202 / 234 + 258 / 313) / 2, 12);
    expect([availability.lowest, availability.highest]).toEqual([258 / 313, 202 / 234]);
    expect(availability.cells.map((c) => c.dataIssues)).toEqual([[], []]);

    // Total wait / answered: 11200 / 202 and 17490 / 258 seconds.
    const queue = row(report, 'meanQueueSeconds', 'week');
    expect(values(queue)).toEqual([11200 / 202, 17490 / 258]);
    expect(queue.cells[0]?.value).toBeCloseTo(55.4455, 4);
    expect(queue.cells[1]?.value).toBeCloseTo(67.7907, 4);
    expect(values(row(report, 'answeredWithinShare', 'week'))).toEqual([182 / 234, 223 / 313]);
    expect(row(report, 'offered', 'week').cells.map((c) => [c.day, c.closed])).toEqual([
      [null, false],
      [null, false],
    ]);
  });

  it("leaves the tenant's own closed days out too", () => {
    const withClosedTuesday = easterReport(['2026-03-31']);
    const tuesday = row(withClosedTuesday, 'offered', 'tuesday');
    expect(tuesday.cells[0]?.closed).toBe(true);
    expect([tuesday.mean, tuesday.lowest, tuesday.highest]).toEqual([120, 120, 120]);
    expect(withClosedTuesday.dataIssues[0]).toEqual({
      kind: 'closed_day_traffic',
      week: '2026-W14',
      day: '2026-03-31',
    });
  });

  it('flags a week whose summed answered exceed offered and gives its shares no value', () => {
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W10'),
      measures: (day) => (day === '2026-03-02' ? counts(10, 12, 0, 120, 12, 0, 0, 12) : undefined),
    });
    const week = row(r, 'availability', 'week');
    expect(week.cells).toEqual([
      {
        week: '2026-W10',
        day: null,
        value: null,
        closed: false,
        incomplete: false,
        dataIssues: ['answered_exceeds_offered'],
      },
    ]);
    expect([week.mean, week.lowest, week.highest]).toEqual([null, null, null]);
    expect(values(row(r, 'meanQueueSeconds', 'week'))).toEqual([10]);
    expect(r.dataIssues).toEqual([
      { kind: 'answered_exceeds_offered', week: '2026-W10', day: '2026-03-02' },
      { kind: 'answered_exceeds_offered', week: '2026-W10', day: null },
    ]);
    expect(r.rowKeys).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'week']);
  });

  it('gives ten week columns for 2026-W10..2026-W19, and no values when there were no calls', () => {
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W19'),
      measures: new Map(),
    });
    expect(r.weeks).toHaveLength(10);
    expect(r.weeks[9]).toBe('2026-W19');
    // 1 May 2026 (första maj) is the Friday of W18, 14 May (Kristi himmelsfärd) the Thursday of W20.
    const friday = row(r, 'offered', 'friday');
    expect(friday.cells.filter((c) => c.closed).map((c) => c.day)).toEqual(['2026-04-03', '2026-05-01']);
    expect([friday.mean, friday.lowest, friday.highest]).toEqual([0, 0, 0]);
    expect(row(r, 'availability', 'week').mean).toBeNull();
    expect(r.dataIssues).toEqual([]);
  });

  it('resolution, visitors and e-mails: shares of the days and of the summed week, with each day’s visitor source', () => {
    const none = counts(0, 0, 0, 0, 0, 0, 0, 0);
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W10'),
      measures: new Map<string, DayInput>([
        // Monday: 40 phone contacts, 28 resolved by the guide alone (0.7), 4 forwarded (0.1).
        [
          '2026-03-02',
          {
            ...counts(10, 8, 2, 400, 6, 2, 0, 8),
            abandonedWaitSeconds: 90,
            phoneContacts: 40,
            resolvedSelf: 28,
            resolvedHandling: 6,
            resolvedSpecialist: 1,
            forwarded: 4,
            unresolved: 1,
            visitors: 35,
            visitorSource: 'entered',
            emailsDue: 20,
            emailsWithin: 17,
          },
        ],
        // Tuesday: 10 phone contacts, 8 resolved_self (0.8); visitors from 12 logged visits.
        [
          '2026-03-03',
          {
            ...none,
            phoneContacts: 10,
            resolvedSelf: 8,
            forwarded: 2,
            visitors: 12,
            visitorSource: 'logged',
          },
        ],
        // Saturday: e-mails arrive on a closed day; no calls, so no Saturday row.
        ['2026-03-07', { ...none, emailsDue: 5, emailsWithin: 1 }],
      ]),
    });
    expect(values(row(r, 'resolutionRate', 'monday'))).toEqual([0.7]);
    expect(values(row(r, 'forwardedShare', 'monday'))).toEqual([0.1]);
    expect(values(row(r, 'resolutionRate', 'tuesday'))).toEqual([0.8]);
    expect(values(row(r, 'resolutionRate', 'wednesday'))).toEqual([null]);
    // The week: (28 + 8) / 50 = 0.72, not the mean of 0.7 and 0.8.
    expect(values(row(r, 'resolutionRate', 'week'))).toEqual([36 / 50]);
    expect(values(row(r, 'forwardedShare', 'week'))).toEqual([6 / 50]);
    expect(values(row(r, 'phoneContacts', 'week'))).toEqual([50]);
    // 90 s of waiting over 2 abandoned calls.
    expect(values(row(r, 'meanAbandonedWaitSeconds', 'monday'))).toEqual([45]);
    expect(values(row(r, 'visitors', 'monday'))).toEqual([35]);
    expect(values(row(r, 'visitors', 'week'))).toEqual([47]);
    expect(r.visitorSources).toEqual({ entered: 1, logged: 1 });
    expect(values(row(r, 'emailsWithinShare', 'monday'))).toEqual([0.85]);
    // (17 + 0 + 1) / (20 + 5): Saturday's e-mails count in the week.
    expect(values(row(r, 'emailsWithinShare', 'week'))).toEqual([18 / 25]);
    expect(r.rowKeys).not.toContain('saturday');
  });

  it('the current week: today and the days to come are incomplete and left out of the variation', () => {
    const day = counts(10, 9, 1, 300, 9, 0, 0, 9);
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W11'),
      // Wednesday 11 March of W11 is today; its calls so far are imported.
      measures: (d) => (d <= '2026-03-11' && !['2026-03-07', '2026-03-08'].includes(d) ? day : undefined),
      today: '2026-03-11',
      telephonyData: { first: '2026-03-02', last: '2026-03-11' },
    });
    const wednesday = row(r, 'offered', 'wednesday');
    expect(wednesday.cells.map((c) => [c.value, c.incomplete])).toEqual([
      [10, false],
      [10, true],
    ]);
    // Thursday of W11 has not come: no value, and no zero dragging the lowest down.
    const thursday = row(r, 'offered', 'thursday');
    expect(thursday.cells.map((c) => [c.value, c.incomplete])).toEqual([
      [10, false],
      [null, true],
    ]);
    expect([thursday.mean, thursday.lowest, thursday.highest]).toEqual([10, 10, 10]);
    expect(values(row(r, 'resolutionRate', 'friday'))).toEqual([null, null]);
    // The week so far is shown (30 offered) but is not part of the weeks' variation.
    const week = row(r, 'offered', 'week');
    expect(week.cells.map((c) => [c.value, c.incomplete])).toEqual([
      [50, false],
      [30, true],
    ]);
    expect([week.mean, week.lowest, week.highest]).toEqual([50, 50, 50]);
  });

  it('days before the first import and after the latest have no telephony value (not imported is not zero)', () => {
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W10'),
      measures: new Map<string, DayInput>([
        ['2026-03-03', { ...counts(10, 8, 2, 200, 8, 0, 0, 8), phoneContacts: 4, resolvedSelf: 3 }],
        ['2026-03-04', { ...counts(12, 12, 0, 120, 12, 0, 0, 12), phoneContacts: 2, resolvedSelf: 2 }],
        // Thursday: contacts were logged, but the call file has not come yet.
        ['2026-03-05', { ...counts(0, 0, 0, 0, 0, 0, 0, 0), phoneContacts: 5, resolvedSelf: 5 }],
      ]),
      today: '2026-03-20',
      telephonyData: { first: '2026-03-03', last: '2026-03-04' },
    });
    expect(row(r, 'offered', 'monday').cells[0]).toMatchObject({ value: null, incomplete: true });
    expect(row(r, 'offered', 'thursday').cells[0]).toMatchObject({ value: null, incomplete: true });
    // Logging is Lots' own: Thursday's resolution is known and whole, and counts in the variation.
    const resolution = row(r, 'resolutionRate', 'thursday');
    expect(resolution.cells[0]).toMatchObject({ value: 1, incomplete: false });
    expect(resolution.mean).toBe(1);
    expect(row(r, 'offered', 'week').cells[0]).toMatchObject({ value: 22, incomplete: true });
    expect(row(r, 'phoneContacts', 'week').cells[0]).toMatchObject({ value: 11, incomplete: false });
  });

  it('a quiet day inside an imported file is 0; a day between two files is no data (issue 12.10)', () => {
    const day = counts(10, 9, 1, 300, 9, 0, 0, 9);
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W10'),
      // One file Monday to Wednesday (Tuesday without calls), the next file Friday.
      measures: (d) => (['2026-03-02', '2026-03-04', '2026-03-06'].includes(d) ? day : undefined),
      today: '2026-03-20',
      telephonyData: {
        first: '2026-03-02',
        last: '2026-03-06',
        spans: [
          { first: '2026-03-02', last: '2026-03-04' },
          { first: '2026-03-06', last: '2026-03-06' },
        ],
      },
    });
    expect(row(r, 'offered', 'tuesday').cells[0]).toMatchObject({ value: 0, incomplete: false });
    expect(row(r, 'offered', 'thursday').cells[0]).toMatchObject({ value: null, incomplete: true });
    expect(row(r, 'offered', 'friday').cells[0]).toMatchObject({ value: 10, incomplete: false });
    expect(row(r, 'offered', 'week').cells[0]).toMatchObject({ value: 30, incomplete: true });
  });

  it('a municipality without telephony imports still gets the variation of its own measures', () => {
    const r = weeklyReport({
      from: parseIsoWeek('2026-W10'),
      to: parseIsoWeek('2026-W11'),
      measures: (d) =>
        d === '2026-03-02' || d === '2026-03-09'
          ? { ...counts(0, 0, 0, 0, 0, 0, 0, 0), visitors: d === '2026-03-02' ? 30 : 50 }
          : undefined,
      today: '2026-03-20',
      telephonyData: null,
    });
    const monday = row(r, 'visitors', 'monday');
    expect([monday.mean, monday.lowest, monday.highest]).toEqual([40, 30, 50]);
    expect(row(r, 'offered', 'monday').cells.map((c) => c.value)).toEqual([null, null]);
  });

  it('shows the goals’ targets: the day goal in the weekday rows, the week goal in the weekly row, null elsewhere', () => {
    const r = weeklyReport({
      from: parseIsoWeek('2026-W14'),
      to: parseIsoWeek('2026-W15'),
      measures: EASTER,
      goals: { availability: { day: 0.9, week: 0.85 }, meanQueueSeconds: { week: 60 } },
    });
    expect(row(r, 'availability', 'monday').goal).toBe(0.9);
    expect(row(r, 'availability', 'week').goal).toBe(0.85);
    expect(row(r, 'meanQueueSeconds', 'monday').goal).toBeNull();
    expect(row(r, 'meanQueueSeconds', 'week').goal).toBe(60);
    expect(row(r, 'offered', 'week').goal).toBeNull();
  });
});

describe('measureParts', () => {
  it('gives each measure as two sums that measureValues reads: 90 of 100 answered, 3600 s over 90 calls', () => {
    const day = { ...counts(100, 90, 10, 3600, 60, 20, 10, 80), phoneContacts: 4, resolvedSelf: 3 };
    const parts = measureParts(day);
    expect(parts.availability).toEqual({ numerator: 90, denominator: 100 });
    expect(parts.meanQueueSeconds).toEqual({ numerator: 3600, denominator: 90 });
    // A call count stands on the calls offered (its n); contacts on themselves.
    expect(parts.answered).toEqual({ numerator: 90, denominator: 100 });
    expect(parts.phoneContacts).toEqual({ numerator: 4, denominator: 4 });
    expect(parts.resolutionRate).toEqual({ numerator: 3, denominator: 4 });
    const v = measureValues(day);
    expect([v.availability, v.meanQueueSeconds, v.answered, v.resolutionRate]).toEqual([0.9, 40, 90, 0.75]);
  });
});

describe('callers turned away in the weekly report (issue 12.8, hand-worked)', () => {
  // 2026-W11: Monday 100 offered and 6 turned away (6 of 106 callers = 5.7 % > 5 %: flagged);
  // Tuesday 100 offered and 5 turned away (5 of 105 = 4.8 %: not flagged); Saturday (closed) 0
  // offered and 9 turned away (CLOSED: what a closed queue does, not flagged). The week: 20 turned
  // away; over its open days 11 of 211 = 5.2 %: flagged.
  const day = (offered: number, turnedAway: number): DayInput => ({
    ...counts(offered, offered, 0, 0, offered, 0, 0, offered),
    turnedAway,
  });
  const report = weeklyReport({
    from: parseIsoWeek('2026-W11'),
    to: parseIsoWeek('2026-W11'),
    measures: new Map([
      ['2026-03-09', day(100, 6)],
      ['2026-03-10', day(100, 5)],
      ['2026-03-14', day(0, 9)],
    ]),
  });

  it('is a count row per weekday and for the week; availability stays answered over offered', () => {
    expect(values(row(report, 'turnedAway', 'monday'))).toEqual([6]);
    expect(values(row(report, 'turnedAway', 'tuesday'))).toEqual([5]);
    expect(values(row(report, 'turnedAway', 'week'))).toEqual([20]);
    expect(values(row(report, 'availability', 'week'))).toEqual([1]);
  });

  it('flags more than 5 % of the callers turned away on an open day and in the week', () => {
    expect(report.dataIssues).toEqual([
      { kind: 'many_turned_away', week: '2026-W11', day: '2026-03-09' },
      { kind: 'many_turned_away', week: '2026-W11', day: null },
    ]);
    expect(row(report, 'turnedAway', 'tuesday').cells[0]?.dataIssues).toEqual([]);
  });

  it('as two sums: the callers turned away out of all who called', () => {
    expect(measureParts(day(100, 6)).turnedAway).toEqual({ numerator: 6, denominator: 106 });
  });
});
