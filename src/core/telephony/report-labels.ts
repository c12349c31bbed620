/**
 * The weekly report's words in both interface languages: one source for the web page, the CSV,
 * Excel and PDF exports (the web app's i18n files hold the page's other strings).
 */
import { formatWeek } from '../text/format.js';
import type { RowKey, WeeklyMeasure } from './weekly-report.js';

export type ReportLocale = 'sv' | 'en';

export const MEASURE_LABELS: Record<WeeklyMeasure, Record<ReportLocale, string>> = {
  offered: { sv: 'Erbjudna samtal', en: 'Calls offered' },
  answered: { sv: 'Besvarade samtal', en: 'Calls answered' },
  abandoned: { sv: 'Avbrutna samtal', en: 'Calls abandoned' },
  turnedAway: { sv: 'Avvisade samtal', en: 'Callers turned away' },
  availability: { sv: 'Tillgänglighet', en: 'Availability' },
  meanQueueSeconds: { sv: 'Medelkötid, besvarade (s)', en: 'Mean queue time, answered (s)' },
  meanAbandonedWaitSeconds: { sv: 'Medelkötid, avbrutna (s)', en: 'Mean wait, abandoned (s)' },
  answeredUnder60: { sv: 'Besvarade inom < 60 s', en: 'Answered < 60 s' },
  answered60To120: { sv: 'Besvarade inom 60–120 s', en: 'Answered 60–120 s' },
  answeredOver120: { sv: 'Besvarade efter > 120 s', en: 'Answered > 120 s' },
  answeredWithin: { sv: 'Besvarade inom 2 minuter', en: 'Answered within 2 minutes' },
  answeredWithinShare: { sv: 'Andel besvarade inom 2 minuter', en: 'Share answered within 2 minutes' },
  phoneContacts: { sv: 'Loggade telefonkontakter', en: 'Phone contacts logged' },
  resolutionRate: { sv: 'Lösningsgrad (löst direkt)', en: 'Resolution rate (resolved by the guide)' },
  resolvedHandlingShare: { sv: 'Löst med efterarbete', en: 'Resolved with handling' },
  resolvedSpecialistShare: { sv: 'Löst med specialist', en: 'Resolved with a specialist' },
  forwardedShare: { sv: 'Skickat vidare', en: 'Forwarded' },
  unresolvedShare: { sv: 'Ej löst', en: 'Unresolved' },
  visitors: { sv: 'Besökare i servicecenter', en: 'Visitors to the service office' },
  emailsDue: { sv: 'E-post att besvara', en: 'E-mails due' },
  emailsWithinShare: {
    sv: 'Andel e-post besvarad inom en arbetsdag',
    en: 'Share of e-mails answered within one working day',
  },
};

export const ROW_LABELS: Record<RowKey, Record<ReportLocale, string>> = {
  monday: { sv: 'Måndag', en: 'Monday' },
  tuesday: { sv: 'Tisdag', en: 'Tuesday' },
  wednesday: { sv: 'Onsdag', en: 'Wednesday' },
  thursday: { sv: 'Torsdag', en: 'Thursday' },
  friday: { sv: 'Fredag', en: 'Friday' },
  saturday: { sv: 'Lördag', en: 'Saturday' },
  sunday: { sv: 'Söndag', en: 'Sunday' },
  week: { sv: 'Veckan', en: 'Week' },
};

export const COLUMN_LABELS = {
  measure: { sv: 'Mått', en: 'Measure' },
  row: { sv: 'Dag', en: 'Day' },
  mean: { sv: 'Medel', en: 'Mean' },
  goal: { sv: 'Mål', en: 'Goal' },
  lowest: { sv: 'Lägst', en: 'Lowest' },
  highest: { sv: 'Högst', en: 'Highest' },
} as const;

export const DATA_ISSUE_LABELS = {
  closed_day_traffic: { sv: 'Trafik en stängd dag', en: 'Traffic on a closed day' },
  answered_exceeds_offered: { sv: 'Fler besvarade än erbjudna', en: 'More answered than offered' },
  many_turned_away: {
    sv: 'Många avvisade samtal (över 5 % av de som ringde)',
    en: 'Many callers turned away (over 5 % of those who called)',
  },
} as const;

/** "v. 10 2026" / "W10 2026" from '2026-W10' (src/core/text/format.ts). */
export function weekLabel(week: string, locale: ReportLocale): string {
  return formatWeek(week, locale);
}
