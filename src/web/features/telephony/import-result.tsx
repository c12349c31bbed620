/** What one import did, as a person reads it: the counts that matter, the rest compactly. */
import { useTranslation } from 'react-i18next';
import { formatBytes, formatCount, formatDay } from './report-format.js';
import { importOutcome, summaryCounts, type SummaryCount } from './import-summary.js';
import type { CallImportSummary } from './types.js';

const SKIP_REASONS = ['not_a_queue_call', 'no_queue_name', 'queue_name_too_long', 'failed_call'];

export function ImportResult({ summary }: { summary: CallImportSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const outcome = importOutcome(summary);
  const counts = summaryCounts(summary);
  const label = (key: SummaryCount) =>
    key === 'imported' && outcome === 'dryRun'
      ? t('telephony.import.counts.wouldImport')
      : t(`telephony.import.counts.${key}`);
  return (
    <section aria-labelledby="import-result-heading" className="import-result">
      <h3 id="import-result-heading">{t(`telephony.import.outcome.${outcome}`)}</h3>
      {summary.fileName && <p>{t('telephony.import.resultFile', { name: summary.fileName })}</p>}
      <dl className="summary-list">
        {counts.shown.map(({ key, count }) => (
          <div key={key}>
            <dt>{label(key)}</dt>
            <dd>{formatCount(count, lang)}</dd>
          </div>
        ))}
        {counts.skipped.map(({ reason, count }) => (
          <div key={reason}>
            <dt>
              {SKIP_REASONS.includes(reason)
                ? t(`telephony.import.skipped.${reason as 'failed_call'}`)
                : t('telephony.import.skipped.other', { reason })}
            </dt>
            <dd>{formatCount(count, lang)}</dd>
          </div>
        ))}
      </dl>
      {counts.zero.length > 0 && (
        <p className="summary-zero">
          {t('telephony.import.zero', { list: counts.zero.map((key) => label(key)).join(', ') })}
        </p>
      )}
      {summary.firstDay && summary.lastDay && (
        <p>
          {summary.firstDay === summary.lastDay
            ? t('telephony.import.oneDay', { day: formatDay(summary.firstDay, lang) })
            : t('telephony.import.period', {
                first: formatDay(summary.firstDay, lang),
                last: formatDay(summary.lastDay, lang),
              })}
        </p>
      )}
      <p className="summary-zero">
        {t('telephony.import.read', {
          size: formatBytes(summary.bytes, lang),
          seconds: new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
            maximumFractionDigits: 1,
          }).format(summary.durationMs / 1000),
        })}
      </p>
      {summary.rejected.length > 0 && (
        <>
          <h4>{t('telephony.import.rejectedHeading', { count: summary.rejectedCount })}</h4>
          <ul>
            {summary.rejected.map((r) => (
              <li key={r.line}>{t('telephony.import.lineError', { line: r.line, detail: r.reason })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
