export type Locale = 'sv' | 'en';

/**
 * The response language: Swedish unless the request prefers English (Accept-Language, RFC 9110
 * §12.5.4; quality values honoured, first supported language wins).
 */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'sv';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) if (r.lang === 'sv' || r.lang === 'en') return r.lang;
  return 'sv';
}
