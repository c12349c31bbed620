import { describe, expect, it } from 'vitest';
import type { ReportCell, ReportRow } from '../../../core/telephony/weekly-report.js';
import { telephonyGlance } from './telephony-glance.js';
import type { WeeklyReportDocument } from './types.js';

const WEEK = '2026-W10';
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'] as const;
const KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/**
 * One week's rows of a measure from its five weekdays' values and the week's, as the server
 * builds them on `today`: today and the days after it are incomplete, and so is the week.
 */
function rows(days: (number | null)[], week: number | null, today: string): ReportRow[] {
  const cell = (value: number | null, day: string | null): ReportCell => ({
    week: WEEK,
    day,
    value,
    closed: false,
    incomplete: day === null ? today <= (DAYS.at(-1) as string) : day >= today,
    dataIssues: [],
  });
  return [
    ...KEYS.map((key, i) => ({
      key,
      mean: null,
      goal: null,
      lowest: null,
      highest: null,
      cells: [cell(days[i] ?? null, DAYS[i] ?? null)],
    })),
    { key: 'week' as const, mean: null, goal: null, lowest: null, highest: null, cells: [cell(week, null)] },
  ];
}

function report(
  today: string,
  offered: (number | null)[],
  availability: (number | null)[],
): WeeklyReportDocument {
  return {
    scope: { key: 'all', kind: 'all', name: null },
    from: WEEK,
    to: WEEK,
    generatedAt: `${today}T10:00:00.000Z`,
    timeZone: 'Europe/Stockholm',
    thresholds: { shortAbandonSeconds: 0, answeredWithinSeconds: 120, emailLimitHours: 9 },
    closedDays: [],
    weeks: [WEEK],
    visitorSources: { entered: 0, logged: 0 },
    rowKeys: [...KEYS, 'week'],
    measures: [
      { measure: 'offered', unit: 'count', rows: rows(offered, 900, today) },
      { measure: 'availability', unit: 'share', rows: rows(availability, 0.85, today) },
    ],
    dataIssues: [],
  };
}

describe('telephony at a glance', () => {
  it('today has calls (so far): today and the week, no latest day', () => {
    const glance = telephonyGlance(
      report('2026-03-04', [450, 430, 20, null, null], [0.8, 0.9, 1, null, null]),
      '2026-03-04',
    );
    expect(glance.todayHasCalls).toBe(true);
    expect(glance.latestDay).toBeNull();
    expect(glance.figures).toEqual([
      { measure: 'offered', unit: 'count', today: 20, latest: null, week: 900 },
      { measure: 'availability', unit: 'share', today: 1, latest: null, week: 0.85 },
    ]);
  });

  it('nothing yet today (the files come at night, so today has no telephony value): the latest day with calls', () => {
    const glance = telephonyGlance(
      report('2026-03-04', [450, 430, null, null, null], [0.8, 0.9, null, null, null]),
      '2026-03-04',
    );
    expect(glance.todayHasCalls).toBe(false);
    expect(glance.latestDay).toBe('2026-03-03');
    expect(glance.figures[1]).toMatchObject({ today: null, latest: 0.9 });
  });

  it('an open day without calls before today is passed over: the latest day is the one with calls', () => {
    const glance = telephonyGlance(
      report('2026-03-05', [450, 430, 0, 0, null], [0.8, 0.9, null, null, null]),
      '2026-03-05',
    );
    expect(glance.latestDay).toBe('2026-03-03');
  });

  it('a day after today never counts, even with a value (a browser clock behind the server’s)', () => {
    const glance = telephonyGlance(
      report('2026-03-03', [450, 430, 12, null, null], [0.8, 0.9, 1, null, null]),
      '2026-03-03',
    );
    expect(glance.todayHasCalls).toBe(true);
    expect(glance.latestDay).toBeNull();
    expect(glance.figures[0]).toMatchObject({ today: 430 });
  });

  it('Monday morning before any file: no latest day in the week', () => {
    const glance = telephonyGlance(
      report('2026-03-02', [null, null, null, null, null], [null, null, null, null, null]),
      '2026-03-02',
    );
    expect(glance.todayHasCalls).toBe(false);
    expect(glance.latestDay).toBeNull();
    expect(glance.figures[0]).toMatchObject({ today: null, latest: null, week: 900 });
  });

  it('a Saturday without a row (no weekend traffic): today has no value, Friday is the latest', () => {
    const glance = telephonyGlance(
      report('2026-03-07', [450, 430, 410, 400, 380], [1, 1, 1, 1, 1]),
      '2026-03-07',
    );
    expect(glance.figures[0]).toMatchObject({ today: null, latest: 380 });
    expect(glance.latestDay).toBe('2026-03-06');
  });

  it('says when many callers were turned away this week (the report’s data issue), and shows their count', () => {
    const base = report('2026-03-04', [450, 430, 20, null, null], [0.8, 0.9, 1, null, null]);
    expect(telephonyGlance(base, '2026-03-04').manyTurnedAway).toBe(false);
    const flagged: WeeklyReportDocument = {
      ...base,
      measures: [
        ...base.measures,
        { measure: 'turnedAway', unit: 'count', rows: rows([40, 2, 0, null, null], 42, '2026-03-04') },
      ],
      dataIssues: [{ kind: 'many_turned_away', week: WEEK, day: '2026-03-02' }],
    };
    const glance = telephonyGlance(flagged, '2026-03-04');
    expect(glance.manyTurnedAway).toBe(true);
    expect(glance.figures.find((f) => f.measure === 'turnedAway')).toEqual({
      measure: 'turnedAway',
      unit: 'count',
      today: 0,
      latest: null,
      week: 42,
    });
  });
});
