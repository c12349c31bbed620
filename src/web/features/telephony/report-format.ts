/**
 * Numbers of the telephony pages in the interface language, through the one format module
 * (src/core/text/format.ts): shares as
 * percentages with one decimal ("86,3 %"), times as whole seconds ("55 s"), counts as whole
 * numbers ("1 234"), days as "tisdag 3 mars". Null (no value: nothing offered that day) is null
 * here; the table shows it as a dash with a text for screen readers.
 */
import {
  formatDayLong,
  formatDayShort,
  formatDecimal,
  formatInteger,
  formatLocaleOf,
  formatPercent,
  formatSeconds as formatSecondsIn,
  formatWeekdayLong,
} from '../../../core/text/format.js';
import type { ReportLocale } from '../../../core/telephony/report-labels.js';
import type { MeasureUnit } from '../../../core/telephony/weekly-report.js';

/** The labels' language of src/core/telephony/report-labels.ts for an interface language. */
export function reportLocaleOf(lang: string): ReportLocale {
  return lang.startsWith('en') ? 'en' : 'sv';
}

export function formatShare(value: number, lang: string): string {
  return formatPercent(value, formatLocaleOf(lang));
}

export function formatCount(value: number, lang: string): string {
  return formatInteger(value, formatLocaleOf(lang));
}

export function formatSeconds(value: number, lang: string): string {
  return formatSecondsIn(value, formatLocaleOf(lang));
}

/** A measure's value as the report shows it; null when there is no value. */
export function formatMeasure(value: number | null, unit: MeasureUnit, lang: string): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (unit === 'share') return formatShare(value, lang);
  if (unit === 'seconds') return formatSeconds(value, lang);
  return formatCount(value, lang);
}

/** "tisdag 3 mars" / "Tuesday 3 March" of a 'YYYY-MM-DD' day (the day as written, no time zone shift). */
export function formatWeekday(day: string, lang: string): string {
  return formatWeekdayLong(day, formatLocaleOf(lang));
}

/** "3 mars 2026" / "3 March 2026" of a 'YYYY-MM-DD' day. */
export function formatDay(day: string, lang: string): string {
  return formatDayLong(day, formatLocaleOf(lang));
}

/** A day in a table: "2026-03-03" in Swedish, "3 Mar 2026" in English. */
export function formatShortDay(day: string, lang: string): string {
  return formatDayShort(day, formatLocaleOf(lang));
}

/** Minutes after midnight as "HH:MM" (1440 is "24:00", the end of the day). */
export function minutesToTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "08:00", "8:00" or "08.00" as minutes after midnight; "24:00" is 1440; null for anything else. */
export function timeToMinutes(text: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** A byte count as "12 kB" / "3,4 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${formatDecimal(value, digits, formatLocaleOf(lang))}\u00a0${units[unit]}`;
}
