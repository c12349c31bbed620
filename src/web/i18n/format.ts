/** Dates and times in the interface language (Intl, no library). */
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string | null, lang: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
