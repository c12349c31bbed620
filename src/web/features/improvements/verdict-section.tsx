/**
 * The verdict on an improvement, in words and a small chart (core/improvements/improvement-verdict.ts):
 * how many targeted failure-demand contacts the after weeks held, how many were expected there
 * without the change and from what, the change with its 95% interval and why that makes the
 * verdict; then the secondary share of all contacts. The week tables below the chart hold its
 * figures.
 */
import { useTranslation } from 'react-i18next';
import { isoWeekNumber, verdictChartRows } from '../../../core/improvements/verdict-chart.js';
import { Chart } from '../analysis/chart.js';
import { formatPoints, tableLocaleOf } from '../analysis/analysis-format.js';
import { formatCount, formatDay, formatShare } from '../telephony/report-format.js';
import type { Improvement, ImprovementVerdictJson, Verdict as VerdictKey } from './types.js';
import { verdictChartOption } from './verdict-chart-option.js';

/** A ratio as a signed percent change: 0.41 -> "−59 %", 1.2 -> "+20 %". */
export function percentChange(ratio: number, lang: string): string {
  const change = Math.round((ratio - 1) * 100);
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '±';
  const digits = formatCount(Math.abs(change), lang);
  return lang.startsWith('en') ? `${sign}${digits}%` : `${sign}${digits}\u00a0%`;
}

export function VerdictSection({ improvement }: { improvement: Improvement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const v = improvement.verdict;
  if (!v) return null;
  const word = (verdict: VerdictKey) => t(`improvements.verdicts.${verdict}`);
  return (
    <section aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('improvements.detail.verdictHeading')}</h2>
      <p>
        <span className={`verdict verdict-${v.verdict}`}>{word(v.verdict)}</span>
      </p>
      <VolumeWords improvement={improvement} verdict={v} />
      <ShareWords verdict={v} />
      {v.volume.comparison === 'other_contacts' && improvement.cycle === null && (
        <p className="muted">{t('improvements.verdict.cycleHint')}</p>
      )}
      {v.volume.estimate && improvement.after && (
        <Chart
          option={verdictChartOption(
            verdictChartRows({
              before: improvement.before.weeks,
              after: improvement.after.weeks,
              verdict: v,
            }),
            {
              before: t('improvements.verdict.chartBefore'),
              after: t('improvements.verdict.chartAfter'),
              expected: t('improvements.verdict.chartExpected'),
              yearBefore: t('improvements.verdict.chartYearBefore'),
              change: t('improvements.verdict.chartChange'),
              week: (week) => t('improvements.verdict.weekLabel', { week: isoWeekNumber(week) }),
              count: (value) => formatCount(value, lang),
            },
          )}
          label={t('improvements.verdict.chartLabel', {
            observed: formatCount(v.volume.estimate.observed, lang),
            expected: formatCount(v.volume.estimate.expected, lang),
          })}
          height={260}
        />
      )}
    </section>
  );
}

function VolumeWords({
  improvement,
  verdict: v,
}: {
  improvement: Improvement;
  verdict: ImprovementVerdictJson;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const volume = v.volume;
  const estimate = volume.estimate;
  if (volume.reason !== null || estimate === null) {
    return (
      <p>
        {t(`improvements.verdict.reasons.${volume.reason ?? 'too_few_weeks'}`, {
          min: volume.reason === 'too_few_compared' ? volume.minComparedFailureDemand : volume.minAfterWeeks,
          n: volume.reason === 'too_few_compared' ? volume.comparedFailureDemand : volume.afterWeeks,
        })}
      </p>
    );
  }
  const basis =
    volume.comparison === 'year_before' && v.yearBefore && v.yearBefore.length > 0
      ? t('improvements.verdict.basis.year_before', {
          from: formatDay(v.yearBefore[0]!.week, lang),
          compared: formatCount(estimate.compared, lang),
        })
      : volume.comparison === 'cycle' && improvement.cycle
        ? t('improvements.verdict.basis.cycle', {
            cycle: improvement.cycle.weeks,
            startsOn: formatDay(improvement.cycle.startsOn, lang),
            compared: formatCount(estimate.compared, lang),
            weeks: volume.comparedWeeks,
          })
        : t('improvements.verdict.basis.other_contacts', {
            compared: formatCount(estimate.compared, lang),
            weeks: volume.comparedWeeks,
          });
  return (
    <>
      <p>
        {t('improvements.verdict.volume', {
          observed: formatCount(estimate.observed, lang),
          weeks: volume.afterWeeks,
          expected: formatCount(estimate.expected, lang),
          change: percentChange(estimate.ratio, lang),
          low: percentChange(estimate.interval.low, lang),
          high: percentChange(estimate.interval.high, lang),
        })}
      </p>
      <p>{basis}</p>
      <p>{t(`improvements.verdict.why.${v.volume.verdict}`)}</p>
    </>
  );
}

function ShareWords({ verdict: v }: { verdict: ImprovementVerdictJson }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const share = v.share;
  const points = (x: number) => `${x > 0 ? '+' : ''}${formatPoints(x, tableLocaleOf(lang))}`;
  if (share.verdict === 'not_enough_data' || share.interval === null || share.difference === null)
    return null;
  return (
    <>
      <p className="muted">
        {t('improvements.verdict.share', {
          before: formatShare(share.before.share ?? 0, lang),
          after: formatShare(share.after.share ?? 0, lang),
          difference: points(share.difference),
          low: points(share.interval.low),
          high: points(share.interval.high),
        })}
      </p>
      {v.shareDisagrees && <p>{t('improvements.verdict.shareDisagrees')}</p>}
    </>
  );
}
