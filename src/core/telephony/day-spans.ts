/**
 * The days a municipality's telephony data covers, as spans of days (docs/metrics.md, "A day
 * without measures"): each imported file covers the days from its first call to its last, and every
 * day with stored measures is covered. A day inside a span without calls had no calls (0); a day
 * outside every span has no data (no value), however many files came before and after it. Pure.
 */
import { nextCalendarDay, type CalendarDay } from '../contacts/calendar-day.js';

export interface DaySpan {
  first: CalendarDay;
  last: CalendarDay;
}

/** The spans merged where they overlap or touch, in order. */
export function mergeDaySpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = [...spans]
    .filter((s) => s.first <= s.last)
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.first <= nextCalendarDay(last.last)) {
      if (span.last > last.last) last.last = span.last;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** Whether a day lies in one of the (merged) spans. */
export function inDaySpans(day: CalendarDay, spans: readonly DaySpan[]): boolean {
  return spans.some((s) => day >= s.first && day <= s.last);
}
