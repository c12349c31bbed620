/**
 * What a person types into a date field, read the same in every browser (issue #13): the field
 * is a text field, not <input type=date>, whose look and typing order follow the browser's own
 * locale (mm/dd/yyyy in an English Chromium, a picker or nothing elsewhere). A day is written
 * ÅÅÅÅ-MM-DD in both languages, the form every Swedish system and the API use; common variants
 * ("2026-1-5", "2026/01/05", "2026.01.05", "20260105") are tidied into it when the field is left.
 */
import { isCalendarDay, isIsoWeek, weeksInIsoYear } from '../features/telephony/iso-week.js';

/** The typed text as 'YYYY-MM-DD' when it names a real day in a known variant; else trimmed as typed. */
export function normalizeDayText(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(trimmed);
  if (!match) return trimmed;
  // Without separators the month and day must have two digits each ("20260105").
  if (!/[-/.]/.test(trimmed) && trimmed.length !== 8) return trimmed;
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : trimmed;
}

/** Whether the field's text is acceptable: empty (the form decides whether it is required) or a real day. */
export function isDayTextValid(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || isCalendarDay(normalizeDayText(trimmed));
}

/** An ISO week's year and number, or null when the text is not a week that exists. */
export function weekParts(week: string): { year: number; week: number } | null {
  if (!isIsoWeek(week)) return null;
  return { year: Number(week.slice(0, 4)), week: Number(week.slice(6)) };
}

/** 'YYYY-Www' of a year and a week number, the number kept within the year's 52 or 53 weeks. */
export function weekOf(year: number, week: number): string {
  const n = Math.min(Math.max(1, week), weeksInIsoYear(year));
  return `${year}-W${String(n).padStart(2, '0')}`;
}

/** The years a week picker offers: five before this year to one after, and the chosen one. */
export function pickerYears(thisYear: number, chosen: number | null): number[] {
  const years = new Set<number>();
  for (let y = thisYear - 5; y <= thisYear + 1; y += 1) years.add(y);
  if (chosen !== null && chosen >= 1900 && chosen <= 9999) years.add(chosen);
  return [...years].sort((a, b) => a - b);
}
