/**
 * The Swedish calendar of a municipal contact centre: which days it is closed, so that volumes,
 * means and minimums leave those days out (DOMAIN.md: "public holidays and closed days show 0
 * and must not drag down a mean or a minimum").
 *
 * A closed day is
 * - a Saturday or a Sunday;
 * - a Swedish public holiday (allmän helgdag, Lag (1989:253) om allmänna helgdagar: nyårsdagen,
 *   trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag,
 *   nationaldagen, pingstdagen, midsommardagen, alla helgons dag, juldagen, annandag jul);
 * - midsommarafton, julafton and nyårsafton: not public holidays by law, but days off under the
 *   collective agreements of municipal employers (date-holidays calls them 'bank' days);
 * - any day the municipality adds (a tenant's own closed days, passed as extraClosedDays).
 *
 * The phone line and the service office follow this calendar. Channels nobody has to staff for
 * the citizen to use them (e-mail, e-services) receive contacts on every day; a closed day only
 * means nobody answers them until the next open day.
 *
 * Holiday dates come from date-holidays (its Swedish rules: Easter, midsummer on the Saturday
 * between 20 and 26 June, All Saints' Day on the Saturday between 31 October and 6 November).
 * Eves that are half days in some workplaces (trettondagsafton, valborgsmässoafton,
 * allhelgonaafton, 'optional' in date-holidays) are open days here.
 */
import Holidays from 'date-holidays';
import { isCalendarDay, type CalendarDay } from '../contacts/calendar-day.js';

export interface SwedishHoliday {
  date: CalendarDay;
  /** The Swedish name in lower case, as the almanac writes it ("annandag påsk"). */
  name: string;
  nameEn: string;
  /** 'public': allmän helgdag by law; 'bank': an eve off by agreement (midsommarafton, julafton, nyårsafton). */
  kind: 'public' | 'bank';
}

export interface ClosedDayOptions {
  /** The municipality's own closed days ('YYYY-MM-DD'), on top of weekends and holidays. */
  extraClosedDays?: Iterable<CalendarDay>;
}

const holidayCache = new Map<number, readonly SwedishHoliday[]>();
let swedishRules: { sv: Holidays; en: Holidays } | undefined;

function rules(): { sv: Holidays; en: Holidays } {
  swedishRules ??= {
    sv: new Holidays('SE', { languages: 'sv', types: ['public', 'bank'] }),
    en: new Holidays('SE', { languages: 'en', types: ['public', 'bank'] }),
  };
  return swedishRules;
}

/**
 * The year's holidays on which a Swedish contact centre is closed, in date order. Whit Sunday,
 * midsommardagen, alla helgons dag and nationaldagen some years fall on a weekend; they are listed
 * all the same.
 */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`not a year: ${year}`);
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const { sv, en } = rules();
  const english = new Map(en.getHolidays(year).map((h) => [h.date.slice(0, 10), h.name]));
  const holidays: SwedishHoliday[] = [];
  for (const h of sv.getHolidays(year)) {
    if (h.type !== 'public' && h.type !== 'bank') continue;
    const date = h.date.slice(0, 10);
    // Easter Sunday and Whit Sunday are Sundays: closed anyway, but still holidays by name.
    if (holidays.some((known) => known.date === date)) continue;
    holidays.push({ date, name: h.name, nameEn: english.get(date) ?? h.name, kind: h.type });
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  holidayCache.set(year, holidays);
  return holidays;
}

/** Day of the week of a calendar day: 0 Sunday ... 6 Saturday, like Date.getUTCDay(). */
export function weekdayOf(day: CalendarDay): number {
  return utcDate(day).getUTCDay();
}

/** Saturday or Sunday. */
export function isWeekend(day: CalendarDay): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** A Swedish public holiday or one of the eves off (midsommarafton, julafton, nyårsafton). */
export function isHoliday(day: CalendarDay): boolean {
  return holidayOn(day) !== null;
}

/** The holiday on that day, or null. */
export function holidayOn(day: CalendarDay): SwedishHoliday | null {
  return swedishHolidays(yearOf(day)).find((h) => h.date === day) ?? null;
}

/** Whether the contact centre is closed that day: weekend, holiday or one of the extra closed days. */
export function isClosedDay(day: CalendarDay, options: ClosedDayOptions = {}): boolean {
  if (isWeekend(day) || isHoliday(day)) return true;
  if (!options.extraClosedDays) return false;
  for (const extra of options.extraClosedDays) if (extra === day) return true;
  return false;
}

/**
 * The last day before `day` that the contact centre was open (issue #13): on a Monday the
 * Friday, after Easter the Thursday before Långfredag, skipping the municipality's own closed
 * days too. A day goal is judged on it, not on a closed Sunday that had no calls.
 */
export function lastOpenDayBefore(day: CalendarDay, options: ClosedDayOptions = {}): CalendarDay {
  let candidate = addDays(day, -1);
  // A year holds at most about 130 closed days; a longer run means the options are wrong.
  for (let guard = 0; guard < 366 && isClosedDay(candidate, options); guard++)
    candidate = addDays(candidate, -1);
  return candidate;
}

/** Every closed day of the year in date order: weekends, holidays and the extra closed days. */
export function closedDays(year: number, options: ClosedDayOptions = {}): CalendarDay[] {
  const extra = new Set(options.extraClosedDays ?? []);
  return daysBetween(`${year}-01-01`, `${year}-12-31`).filter((day) => extra.has(day) || isClosedDay(day));
}

/** The open days from `from` to `to`, both included, in date order. */
export function openDays(from: CalendarDay, to: CalendarDay, options: ClosedDayOptions = {}): CalendarDay[] {
  const extra = new Set(options.extraClosedDays ?? []);
  return daysBetween(from, to).filter((day) => !extra.has(day) && !isClosedDay(day));
}

/**
 * A squeeze day (klämdag): an open weekday with a closed day on either side, such as the Friday
 * after Kristi himmelsfärdsdag. Many people take it off, so few contacts come in.
 */
export function isSqueezeDay(day: CalendarDay, options: ClosedDayOptions = {}): boolean {
  const extra = [...(options.extraClosedDays ?? [])];
  const closed = (d: CalendarDay) => isClosedDay(d, { extraClosedDays: extra });
  return !closed(day) && closed(addDays(day, -1)) && closed(addDays(day, 1));
}

/** Every calendar day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysBetween(from: CalendarDay, to: CalendarDay): CalendarDay[] {
  const days: CalendarDay[] = [];
  const end = utcDate(to).getTime();
  for (let t = utcDate(from).getTime(); t <= end; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** The calendar day `n` days later (earlier for negative n). */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  return new Date(utcDate(day).getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday), as Swedish calendars print it. */
export function isoWeekOf(day: CalendarDay): number {
  const date = utcDate(day);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
}

function yearOf(day: CalendarDay): number {
  return utcDate(day).getUTCFullYear();
}

function utcDate(day: CalendarDay): Date {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}
