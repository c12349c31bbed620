/**
 * How Lots writes numbers, weeks, days and moments for people: one module for the web pages, the
 * PDF reports, the e-mails and the CSV files meant for people (issue #13). Intl, no library.
 *
 * Swedish (sv-SE, the default):
 * - whole numbers with a no-break space (U+00A0) between thousands: "12 345";
 * - a decimal comma and a true minus sign (U+2212): "−4,1";
 * - percent after a no-break space: "12,3 %";
 * - a week as "v. 50 2026" (no-break space after "v."), never "2026-W50";
 * - a day in running text as "30 november 2026"; a day in a table, a list or an input as
 *   ÅÅÅÅ-MM-DD ("2026-11-30"), the Swedish standard form (SS-ISO 8601) that sorts as it reads;
 * - a moment as "2026-11-30 14:05" (24-hour clock).
 *
 * English (en-GB: day before month, 24-hour clock, the conventions of a European reader):
 * "12,345", "−4.1", "12.3%", "W50 2026", "30 November 2026" in text and "30 Nov 2026" in tables
 * (an unambiguous form; 30/11/2026 would be read as a month 30 in the United States), moments
 * "30 Nov 2026, 14:05".
 *
 * Files for machines (the JSON API, the contact export for systems) keep ISO 8601 and plain
 * numbers; CSV for a spreadsheet uses formatPlainDecimal (no thousands separator, so that the
 * spreadsheet reads a number, and a decimal comma in Swedish); Excel cells hold numbers and dates.
 */

export type FormatLocale = 'sv' | 'en';

/** The format locale of an interface language ('sv', 'en', 'en-GB'...): Swedish unless English. */
export function formatLocaleOf(language: string): FormatLocale {
  return language.startsWith('en') ? 'en' : 'sv';
}

const INTL_LOCALE: Record<FormatLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: FormatLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    // 'negative': a value that rounds to zero is "0,0", never "−0,0".
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { signDisplay: 'negative', ...options });
    cache.set(key, format);
  }
  return format;
}

function dateFormat(locale: FormatLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format;
}

/** A true minus sign (U+2212), as Swedish typography and screen readers want it, in both languages. */
function withMinus(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/** A whole number with thousands separators: "12 345" (sv), "12,345" (en). Rounds half away from zero. */
export function formatInteger(value: number, locale: FormatLocale): string {
  return withMinus(numberFormat(locale, { maximumFractionDigits: 0 }).format(value));
}

/** A number with exactly `digits` decimals and thousands separators: "1 234,5" (sv), "1,234.5" (en). */
export function formatDecimal(value: number, digits: number, locale: FormatLocale): string {
  return withMinus(
    numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  );
}

/** A share (0-1) in percent: "12,3 %" (sv, no-break space), "12.3%" (en). One decimal unless told. */
export function formatPercent(share: number, locale: FormatLocale, digits = 1): string {
  // Intl's percent style scales by 100 in decimal, so 0.8765 is "87,7 %", not 87.649999... "87,6 %".
  return withMinus(
    numberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(share),
  );
}

/** A difference of two shares in percentage points, one decimal, no sign when positive: "−4,1". */
export function formatPoints(difference: number, locale: FormatLocale): string {
  return formatPercent(difference, locale).replace(/\s?%$/, '');
}

/** Seconds as whole seconds: "55 s", "1 234 s". */
export function formatSeconds(seconds: number, locale: FormatLocale): string {
  return `${formatInteger(Math.round(seconds), locale)}\u00a0s`;
}

/**
 * A number for a spreadsheet's cell in a CSV file: no thousands separator (the spreadsheet would
 * read "1 234" as text), a decimal comma in Swedish, a hyphen-minus: "1234,5", "-0,3". A share
 * with `percent` is written in percent without the sign ("86,3" for 0.863; the column's label
 * says "(%)"). Rounds as the screen does (Intl, half away from zero, in decimal).
 */
export function formatPlainDecimal(
  value: number,
  digits: number,
  locale: FormatLocale,
  options: { percent?: boolean } = {},
): string {
  return numberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(options.percent ? { style: 'percent' } : {}),
  })
    .format(value)
    .replace(/[%\s]/g, '')
    .replace('\u2212', '-');
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcOfDay(day: string): number {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a day 'YYYY-MM-DD': ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** An ISO week '2026-W50' as "v. 50 2026" (sv) or "W50 2026" (en). */
export function formatWeek(week: string, locale: FormatLocale): string {
  const match = WEEK.exec(week);
  if (!match) throw new RangeError(`not an ISO week 'YYYY-Www': ${week}`);
  const n = Number(match[2]);
  return locale === 'sv' ? `v.\u00a0${n} ${match[1]}` : `W${n} ${match[1]}`;
}

/** A month '2026-05' as "maj 2026" (sv) or "May 2026" (en), the month abbreviated where it has one. */
export function formatMonth(month: string, locale: FormatLocale): string {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month 'YYYY-MM': ${month}`);
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, 1),
  );
}

/** A day 'YYYY-MM-DD' in running text: "30 november 2026" (sv), "30 November 2026" (en). */
export function formatDayLong(day: string, locale: FormatLocale): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcOfDay(day),
  );
}

/** A day with its weekday and no year: "måndag 30 november" (sv), "Monday 30 November" (en). */
export function formatWeekdayLong(day: string, locale: FormatLocale): string {
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    utcOfDay(day),
  );
}

/** A day without its year, where the year is said once beside it: "2 mars" (sv), "2 Mar" (en). */
export function formatDayMonth(day: string, locale: FormatLocale): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(utcOfDay(day));
}

/** A day in a table or a list: "2026-11-30" (sv, ÅÅÅÅ-MM-DD), "30 Nov 2026" (en). */
export function formatDayShort(day: string, locale: FormatLocale): string {
  if (locale === 'sv') {
    utcOfDay(day);
    return day;
  }
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcOfDay(day));
}

/**
 * A period key as people read it: a week '2026-W50', a month '2026-05' or a day '2026-11-30'
 * (short form); anything else as it is.
 */
export function formatPeriodKey(key: string, locale: FormatLocale): string {
  if (WEEK.test(key)) return formatWeek(key, locale);
  if (MONTH.test(key)) return formatMonth(key, locale);
  if (DAY.test(key)) return formatDayShort(key, locale);
  return key;
}

/**
 * A moment (an ISO 8601 timestamp or a Date) in a time zone (the runtime's own when not given:
 * the browser's, which is what the person reads the clock by).
 * `date` only: "2026-11-30" (sv), "30 Nov 2026" (en); with the time: "2026-11-30 14:05",
 * "30 Nov 2026, 14:05".
 */
export function formatMoment(
  moment: string | Date,
  locale: FormatLocale,
  options: { timeZone?: string; dateOnly?: boolean } = {},
): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a moment: ${String(moment)}`);
  const style: Intl.DateTimeFormatOptions = {
    dateStyle: locale === 'sv' ? 'short' : 'medium',
    ...(options.dateOnly ? {} : { timeStyle: 'short' }),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  };
  return dateFormat(locale, style).format(date);
}

/**
 * The wall-clock time of a moment in a time zone as a Date whose UTC fields hold it, for a
 * spreadsheet cell (Excel's dates have no time zone: 14:05 in Stockholm is written 14:05).
 */
export function wallClockDate(moment: string | Date, timeZone: string): Date {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return new Date(
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')),
  );
}

/** A day 'YYYY-MM-DD' as a Date at midnight UTC, for a spreadsheet's date cell. */
export function dayAsDate(day: string): Date {
  return new Date(utcOfDay(day));
}
