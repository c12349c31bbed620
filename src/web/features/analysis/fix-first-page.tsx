/**
 * /analysis/fix-first: the topics ranked by avoidable contacts (failure-demand volume, and the
 * guide time it costs from logged durations), each with its owning department: where the
 * improvement board starts. It ranks topics, never guides.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FixFirstAnalysis } from '../../../core/analysis/types.js';
import { formatCount } from './analysis-format.js';
import { ResultView, useLocale, useTables } from './analysis-parts.js';
import { analysisCsvPath, analysisPath, type AnalysisFilters } from './analysis-query.js';
import { BarsSection, type BarRow } from './bars-section.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';
import { useCan } from '../../session/session.js';

/** The way from a ranked topic to the improvement board: a new improvement about it. */
function StartImprovement({ data }: { data: FixFirstAnalysis }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('improvements:write') || data.rows.length === 0) return null;
  return (
    <section aria-labelledby="fix-first-start">
      <h3 id="fix-first-start">{t('analysis.fixFirst.startHeading')}</h3>
      <ul>
        {data.rows.slice(0, 10).map((r) => (
          <li key={r.topicId}>
            <Link
              to={`/improvements/new?${new URLSearchParams({
                source: 'fix_first',
                topicId: r.topicId,
                ...(r.departmentId ? { unitId: r.departmentId } : {}),
              }).toString()}`}
            >
              {t('analysis.fixFirst.start', { topic: r.topicPath })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FixFirstList({
  data,
  filters,
  csvPath,
}: {
  data: FixFirstAnalysis;
  filters: AnalysisFilters;
  csvPath: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tables = useTables('fix-first', data);
  const rows = useMemo<BarRow[]>(
    () =>
      data.rows.map((r) => ({
        key: r.topicId,
        label: `${r.rank}. ${r.topicPath}\n${r.departmentName}`,
        value: r.failureDemand.numerator,
        target: { kind: 'fixFirst', topicId: r.topicId },
      })),
    [data.rows],
  );
  return (
    <>
      <p className="headline-figure">
        {t('analysis.fixFirst.total', {
          count: data.totalFailureDemand,
          n: formatCount(data.totalFailureDemand, locale),
          minutes: formatCount(data.totalFailureDemandMinutes, locale),
        })}
      </p>
      {data.rows.length === 0 && <p className="notice">{t('analysis.fixFirst.none')}</p>}
      <BarsSection
        id="fix-first"
        title={t('analysis.fixFirst.chartTitle')}
        intro={<p>{t('analysis.fixFirst.chartIntro')}</p>}
        seriesName={t('analysis.fixFirst.failureContacts')}
        unit="count"
        rows={rows}
        horizontal
        filters={filters}
        table={tables.get('rows')}
        rowHeader={1}
        csvPath={csvPath}
      />
      <StartImprovement data={data} />
    </>
  );
}

export function FixFirstPage({ query }: { query: AnalysisQueryState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useAnalysis<FixFirstAnalysis>(analysisPath('fix-first', query.filters));
  return (
    <section aria-labelledby="analysis-fix-first-heading">
      <h2 id="analysis-fix-first-heading">{t('analysis.fixFirst.heading')}</h2>
      <p>{t('analysis.fixFirst.intro')}</p>
      <ResultView resource={result}>
        {(data) => (
          <FixFirstList
            data={data}
            filters={query.filters}
            csvPath={analysisCsvPath('fix-first', query.filters, {}, 'rows', locale)}
          />
        )}
      </ResultView>
    </section>
  );
}
