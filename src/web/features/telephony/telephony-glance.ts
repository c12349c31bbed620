/**
 * The start page's telephony at a glance, read from the weekly report of the current week: today's
 * figures, the week's so far and, when today has no calls yet (the PBX files usually arrive at
 * night), the latest day of the week that had some.
 */
import type { MeasureUnit, WeeklyMeasure } from '../../../core/telephony/weekly-report.js';
import type { WeeklyReportDocument } from './types.js';

export const GLANCE_MEASURES = [
  'offered',
  'answered',
  'availability',
  'meanQueueSeconds',
  'answeredWithinShare',
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
  /** The latest earlier day of the week with calls offered, when today has none. */
  latestDay: string | null;
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
  const todayHasCalls = (cellOn('offered', today) ?? 0) > 0;
  let latestDay: string | null = null;
  if (!todayHasCalls) {
    for (const row of offeredRows) {
      if (row.key === 'week') continue;
      for (const cell of row.cells) {
        if (cell.day && cell.day < today && (cell.value ?? 0) > 0 && (!latestDay || cell.day > latestDay))
          latestDay = cell.day;
      }
    }
  }
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
  return { todayHasCalls, latestDay, figures };
}
