/**
 * The start page's telephony at a glance, read from the weekly report of the current week: today's
 * figures so far (today is never a whole day: the report marks it incomplete), the week's so far
 * and, when today has no calls yet (the PBX files usually arrive at night), the latest day up to
 * today that had some. Days to come and days without telephony data have no value in the report,
 * so they never count as a day with calls.
 */
import type { MeasureUnit, WeeklyMeasure } from '../../../core/telephony/weekly-report.js';
import type { WeeklyReportDocument } from './types.js';

export const GLANCE_MEASURES = [
  'offered',
  'answered',
  'availability',
  'meanQueueSeconds',
  'answeredWithinShare',
  'turnedAway',
  'resolutionRate',
  'visitors',
] as const satisfies readonly WeeklyMeasure[];

export interface GlanceFigure {
  measure: (typeof GLANCE_MEASURES)[number];
  unit: MeasureUnit;
  today: number | null;
  /** On the latest day with calls; null when there is no such day (or today has calls). */
  latest: number | null;
  week: number | null;
}

export interface Glance {
  /** Whether calls have arrived for today. */
  todayHasCalls: boolean;
  /** The latest day of the week, not after today, with calls offered; null when today has calls. */
  latestDay: string | null;
  /** Many callers were turned away this week (a day or the week: the report's data issue). */
  manyTurnedAway: boolean;
  figures: GlanceFigure[];
}

/** `report` covers one week (from = to = the week of `today`). */
export function telephonyGlance(report: WeeklyReportDocument, today: string): Glance {
  const cellOn = (measure: WeeklyMeasure, day: string | null) => {
    if (day === null) return null;
    const table = report.measures.find((m) => m.measure === measure);
    for (const row of table?.rows ?? []) {
      if (row.key === 'week') continue;
      const cell = row.cells.find((c) => c.day === day);
      if (cell) return cell.value;
    }
    return null;
  };
  const offeredRows = report.measures.find((m) => m.measure === 'offered')?.rows ?? [];
  // The latest day that is not to come and had calls offered; when that is today, today has calls.
  let latestWithCalls: string | null = null;
  for (const row of offeredRows) {
    if (row.key === 'week') continue;
    for (const { day, value } of row.cells) {
      // A day to come has no value anyway; the date check also keeps a browser whose clock is
      // behind the server's from taking the server's today for a day with calls.
      if (day === null || day > today || (value ?? 0) === 0) continue;
      if (!latestWithCalls || day > latestWithCalls) latestWithCalls = day;
    }
  }
  const todayHasCalls = latestWithCalls === today;
  const latestDay = todayHasCalls ? null : latestWithCalls;
  const figures = GLANCE_MEASURES.flatMap((measure): GlanceFigure[] => {
    const table = report.measures.find((m) => m.measure === measure);
    if (!table) return [];
    const weekRow = table.rows.find((r) => r.key === 'week');
    return [
      {
        measure,
        unit: table.unit,
        today: cellOn(measure, today),
        latest: cellOn(measure, latestDay),
        week: weekRow?.cells.at(-1)?.value ?? null,
      },
    ];
  });
  const manyTurnedAway = report.dataIssues.some((i) => i.kind === 'many_turned_away');
  return { todayHasCalls, latestDay, manyTurnedAway, figures };
}
