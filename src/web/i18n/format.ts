/** Moments in the interface language, through the one format module (src/core/text/format.ts). */
import { formatLocaleOf, formatMoment } from '../../core/text/format.js';

/** The day of a moment: "2026-11-30" (sv), "30 Nov 2026" (en). */
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  return formatMoment(iso, formatLocaleOf(lang), { dateOnly: true });
}

/** A moment to the minute: "2026-11-30 14:05" (sv), "30 Nov 2026, 14:05" (en). */
export function formatDateTime(iso: string | null, lang: string): string {
  if (!iso) return '';
  return formatMoment(iso, formatLocaleOf(lang));
}
