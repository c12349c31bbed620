import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../core/telephony/weekly-report.js';
import { telephonyGlance } from './telephony-glance.js';
import type { WeeklyReportDocument } from './types.js';

const WEEK = '2026-W10';
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'] as const;
const KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** One week's rows of a measure from its five weekdays' values and the week's. */
function rows(days: (number | null)[], week: number | null): ReportRow[] {
  const cell = (value: number | null, day: string | null) => ({
    week: WEEK,
    day,
    value,
    closed: false,
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
    { key: 'week' as const, mean: week, goal: null, lowest: week, highest: week, cells: [cell(week, null)] },
  ];
}

function report(offered: (number | null)[], availability: (number | null)[]): WeeklyReportDocument {
  return {
    scope: { key: 'all', kind: 'all', name: null },
    from: WEEK,
    to: WEEK,
    generatedAt: '2026-03-04T10:00:00.000Z',
    timeZone: 'Europe/Stockholm',
    thresholds: { shortAbandonSeconds: 0, answeredWithinSeconds: 120, emailLimitHours: 9 },
    closedDays: [],
    weeks: [WEEK],
    visitorSources: { entered: 0, logged: 0 },
    rowKeys: [...KEYS, 'week'],
    measures: [
      { measure: 'offered', unit: 'count', rows: rows(offered, 900) },
      { measure: 'availability', unit: 'share', rows: rows(availability, 0.85) },
    ],
    dataIssues: [],
  };
}

describe('telephony at a glance', () => {
  it('today has calls: today and the week, no latest day', () => {
    const glance = telephonyGlance(report([450, 430, 20, 0, 0], [0.8, 0.9, 1, null, null]), '2026-03-04');
    expect(glance.todayHasCalls).toBe(true);
    expect(glance.latestDay).toBeNull();
    expect(glance.figures).toEqual([
      { measure: 'offered', unit: 'count', today: 20, latest: null, week: 900 },
      { measure: 'availability', unit: 'share', today: 1, latest: null, week: 0.85 },
    ]);
  });

  it('nothing yet today (the files come at night): the latest earlier day with calls', () => {
    const glance = telephonyGlance(report([450, 430, 0, 0, 0], [0.8, 0.9, null, null, null]), '2026-03-04');
    expect(glance.todayHasCalls).toBe(false);
    expect(glance.latestDay).toBe('2026-03-03');
    expect(glance.figures[1]).toMatchObject({ today: null, latest: 0.9 });
  });

  it('Monday morning before any file: no latest day in the week', () => {
    const glance = telephonyGlance(report([0, 0, 0, 0, 0], [null, null, null, null, null]), '2026-03-02');
    expect(glance.latestDay).toBeNull();
    expect(glance.figures[0]).toMatchObject({ today: 0, latest: null, week: 900 });
  });

  it('a Saturday without a row (no weekend traffic): today has no value, Friday is the latest', () => {
    const glance = telephonyGlance(report([450, 430, 410, 400, 380], [1, 1, 1, 1, 1]), '2026-03-07');
    expect(glance.figures[0]).toMatchObject({ today: null, latest: 380 });
    expect(glance.latestDay).toBe('2026-03-06');
  });
});
