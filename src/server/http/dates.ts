/**
 * The request schemas of dates and weeks, shared by every route: a calendar day is YYYY-MM-DD, a
 * real day, and within Lots's supported range (2000-01-01 to 2099-12-31, core/contacts/
 * calendar-day.ts), so nothing a client sends reaches the calendar arithmetic or the database
 * out of range (issue #11). Field errors: invalid_date, date_out_of_range, invalid_week.
 */
import { z } from 'zod';
import {
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  isCalendarDay,
  isSupportedDay,
} from '../../core/contacts/calendar-day.js';
import { parseIsoWeek } from '../../core/telephony/iso-week.js';

export { isSupportedDay };

/** A calendar day the API accepts. */
export const Day = z.string().superRefine((text, ctx) => {
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(text)?.[1];
  const outside =
    year !== undefined && (year < FIRST_SUPPORTED_DAY.slice(0, 4) || year > LAST_SUPPORTED_DAY.slice(0, 4));
  if (outside) ctx.addIssue({ code: 'custom', params: { code: 'date_out_of_range' } });
  else if (!isCalendarDay(text)) ctx.addIssue({ code: 'custom', params: { code: 'invalid_date' } });
  else if (!isSupportedDay(text)) ctx.addIssue({ code: 'custom', params: { code: 'date_out_of_range' } });
});

/** An ISO week, "2026-W10": a week the year has, in the supported range. */
export const IsoWeekText = z.string().superRefine((text, ctx) => {
  let valid: boolean;
  try {
    const { year } = parseIsoWeek(text);
    valid = year >= Number(FIRST_SUPPORTED_DAY.slice(0, 4)) && year <= Number(LAST_SUPPORTED_DAY.slice(0, 4));
  } catch {
    valid = false;
  }
  if (!valid) ctx.addIssue({ code: 'custom', params: { code: 'invalid_week' } });
});
