/**
 * Local date and time as another system writes it ("2026-03-29 09:15", "29.03.2026 9:15") turned
 * into the instant it means in the source's time zone. Europe/Stockholm is an hour ahead of UTC
 * in winter and two in summer; the clock goes from 02:00 to 03:00 on the last Sunday of March
 * and from 03:00 back to 02:00 on the last Sunday of October (EU Directive 2000/84/EC). So a
 * local time can be missing (02:30 in March) or happen twice (02:30 in October). Uses only the
 * time zone data of Intl. Pure.
 */

import { zonedInstant } from '../calendar/local-time.js';

export { zonedInstant, type LocalDateTime } from '../calendar/local-time.js';

export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD.MM.YYYY', 'MM/DD/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type TimeProblem = 'invalid_date_format' | 'invalid_time' | 'time_nonexistent';

const DATE_PATTERNS: Record<
  DateFormat,
  { re: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }
> = {
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ['y', 'm', 'd'] },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'DD.MM.YYYY': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
};

const TIME_PATTERN = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
/** ISO 8601 with an offset or Z: already an instant, whatever the mapping's format. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Whether Intl knows the time zone ("Europe/Stockholm", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Year, month and day of a date cell in the format, or null when it is not a real day. */
export function parseDate(
  text: string,
  format: DateFormat,
): { year: number; month: number; day: number } | null {
  const { re, order } = DATE_PATTERNS[format];
  const m = re.exec(text.trim());
  if (!m) return null;
  const parts = { y: 0, m: 0, d: 0 };
  order.forEach((key, i) => (parts[key] = Number(m[i + 1])));
  const date = new Date(Date.UTC(parts.y, parts.m - 1, parts.d));
  if (
    date.getUTCFullYear() !== parts.y ||
    date.getUTCMonth() !== parts.m - 1 ||
    date.getUTCDate() !== parts.d
  )
    return null;
  return { year: parts.y, month: parts.m, day: parts.d };
}

/** Hours, minutes and seconds of "9:15", "09.15" or "09:15:30"; null when out of range. */
export function parseTime(text: string): { hour: number; minute: number; second: number } | null {
  const m = TIME_PATTERN.exec(text.trim());
  if (!m) return null;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/**
 * The instant of a date cell and, when the source keeps it apart, a time cell. Without a time
 * cell the date cell holds both ("2026-03-29 09:15" or "2026-03-29T09:15"). A cell in ISO 8601
 * with an offset ("2026-03-29T07:15:00Z") is an instant already and is taken as it is.
 */
export function readLocalDateTime(
  dateText: string,
  timeText: string | null,
  format: DateFormat,
  timeZone: string,
): Date | TimeProblem {
  const trimmed = dateText.trim();
  if (timeText === null && ISO_INSTANT.test(trimmed)) {
    const instant = new Date(trimmed);
    return Number.isNaN(instant.getTime()) ? 'invalid_date_format' : instant;
  }
  let datePart = trimmed;
  let timePart = timeText?.trim() ?? '';
  if (timeText === null) {
    const at = trimmed.search(/[ T]/);
    if (at < 0) return 'invalid_time';
    datePart = trimmed.slice(0, at);
    timePart = trimmed.slice(at + 1).trim();
  }
  const date = parseDate(datePart, format);
  if (!date) return 'invalid_date_format';
  const time = parseTime(timePart);
  if (!time) return 'invalid_time';
  return zonedInstant({ ...date, ...time }, timeZone) ?? 'time_nonexistent';
}
