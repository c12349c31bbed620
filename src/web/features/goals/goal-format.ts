/**
 * The goals' numbers in the interface language: values by their unit (a share as a percentage, a
 * time in seconds, a count), a target typed by a person (a share in per cent) turned into the
 * API's value (a fraction), and back.
 */
import { formatDecimal, formatLocaleOf } from '../../../core/text/format.js';
import { formatMeasure } from '../telephony/report-format.js';
import type { MeasureUnit } from './types.js';

/** The value as the pages show it, or an en dash when there is none. */
export function formatGoalValue(value: number | null | undefined, unit: MeasureUnit, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  // A survey's index in points (84,0) and a mean grade (4,21).
  if (unit === 'index') return formatDecimal(value, 1, formatLocaleOf(lang));
  if (unit === 'grade') return formatDecimal(value, 2, formatLocaleOf(lang));
  return formatMeasure(value, unit, lang) ?? '–';
}

/**
 * A typed target as the API's value: "85" or "85,5" per cent for a share (0.85, 0.855), seconds
 * or a count as typed. null when it is not a number, or not a whole number where one is needed.
 */
export function parseTarget(text: string, unit: MeasureUnit): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace('%', '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  if (unit === 'share') return value > 100 ? null : Math.round(value * 1000) / 100000;
  if (unit === 'count' && !Number.isInteger(value)) return null;
  if (unit === 'index' && value > 100) return null;
  if (unit === 'grade' && (value < 1 || value > 5)) return null;
  return value;
}

/** The API's target as a person types it (a share in per cent). */
export function targetText(value: number, unit: MeasureUnit): string {
  return unit === 'share' ? String(Math.round(value * 100000) / 1000) : String(value);
}
