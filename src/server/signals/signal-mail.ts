/**
 * The e-mail of new signals to one subscriber: a subject with the count and the municipality, a
 * line per signal (the measure, the day, what happened), and a link to Lots. Plain text and a
 * simple HTML twin. Signals hold figures only, so the mail carries no personal data.
 */
import { MEASURE_NAMES } from '../../core/analysis/tables.js';
import { MEASURE_DEFINITIONS, type MeasureKey } from '../../core/signals/measures.js';
import { MEASURE_LABELS } from '../../core/telephony/report-labels.js';
import { formatDayLong, formatDecimal, formatPercent, formatPeriodKey } from '../../core/text/format.js';
import type { SignalRow } from './queries/signals.js';
import { escapeHtml } from '../http/escape-html.js';

export type MailLocale = 'sv' | 'en';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const RULE_TEXTS: Record<string, Record<MailLocale, string>> = {
  beyond_limits: { sv: 'en dag utanför styrgränserna', en: 'a day beyond the control limits' },
  run_one_side: {
    sv: '8 dagar i rad på samma sida om medellinjen',
    en: '8 days in a row on one side of the centre line',
  },
  trend: { sv: '6 dagar i rad stigande eller fallande', en: '6 days in a row rising or falling' },
  two_of_three_beyond_two_sigma: {
    sv: '2 av 3 dagar bortom 2 sigma på samma sida',
    en: '2 of 3 days beyond 2 sigma on one side',
  },
};

/** The measure's name in the language (the weekly report's and the analyses' labels). */
export function measureName(measure: string, locale: MailLocale): string {
  const labels: Record<string, Record<MailLocale, string>> = { ...MEASURE_LABELS, ...MEASURE_NAMES };
  return labels[measure]?.[locale] ?? measure;
}

function formatValue(value: unknown, measure: string, locale: MailLocale): string {
  if (typeof value !== 'number') return '–';
  const isShare = MEASURE_DEFINITIONS[measure as MeasureKey]?.unit === 'share';
  // One format module for every figure (src/core/text/format.ts): "87,7 %", "143,0".
  return isShare
    ? formatPercent(value, locale)
    : formatDecimal(value, Number.isInteger(value) ? 0 : 1, locale);
}

/** One line per signal, in the subscriber's language. */
export function signalLine(signal: SignalRow, locale: MailLocale): string {
  const name = measureName(signal.measure, locale);
  const where =
    signal.scope === 'all' ? '' : locale === 'sv' ? ' (en kö eller kögrupp)' : ' (a queue or group)';
  const value = formatValue(signal.details['value'], signal.measure, locale);
  if (signal.kind === 'rule') {
    const rule = RULE_TEXTS[signal.rule ?? '']?.[locale] ?? signal.rule;
    return `${name}${where}, ${signal.day ? formatDayLong(signal.day, locale) : ''}: ${rule} (${value})`;
  }
  const target = formatValue(signal.details['target'], signal.measure, locale);
  const period = signal.period ? formatPeriodKey(signal.period, locale) : '';
  return locale === 'sv'
    ? `${name}${where}, ${period}: målet ${target} nåddes inte (${value}, n = ${String(signal.details['n'])})`
    : `${name}${where}, ${period}: the goal ${target} was missed (${value}, n = ${String(signal.details['n'])})`;
}

/** The whole e-mail of a run's new signals for one subscriber. */
export function signalMail(options: {
  signals: readonly SignalRow[];
  tenantName: string;
  locale: MailLocale;
  publicUrl?: string | undefined;
}): MailContent {
  const { signals, tenantName, locale, publicUrl } = options;
  const n = signals.length;
  const subject =
    locale === 'sv'
      ? `Lots: ${n} ${n === 1 ? 'ny signal' : 'nya signaler'} – ${tenantName}`
      : `Lots: ${n} new ${n === 1 ? 'signal' : 'signals'} – ${tenantName}`;
  const intro =
    locale === 'sv'
      ? 'Lots har hittat nya signaler i era mått. Bekräfta varje signal med vad ni gjorde eller varför inget behövs.'
      : 'Lots found new signals in your measures. Acknowledge each one with what was done or why nothing is needed.';
  const lines = signals.map((s) => signalLine(s, locale));
  const link = publicUrl ? `${publicUrl}/` : null;
  const open = locale === 'sv' ? 'Öppna Lots' : 'Open Lots';
  const why =
    locale === 'sv'
      ? 'Du får det här brevet för att du prenumererar på signaler i Lots.'
      : 'You get this e-mail because you subscribe to signals in Lots.';
  const text = [
    intro,
    '',
    ...lines.map((l) => `- ${l}`),
    '',
    ...(link ? [`${open}: ${link}`, ''] : []),
    why,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html><body>',
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>` : '',
    `<p>${escapeHtml(why)}</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
