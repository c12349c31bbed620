/**
 * /telephony: the weekly report managers read (issue #4). The choices live in the address
 * (?scope=&from=&to=) so a view can be bookmarked; the report below them, its legend and notes,
 * the downloads, and for those who count visitors the day's count.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiGet } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { localDay } from './iso-week.js';
import { ReportControls } from './report-controls.js';
import { ReportExport } from './report-export.js';
import { reportQueryOf, reportSearchParams, type ReportQuery } from './report-query.js';
import type { Scopes, WeeklyReportDocument } from './types.js';
import { VisitorsForm } from './visitors-form.js';
import { ReportNotes, WeeklyReportTable } from './weekly-report-table.js';

/** Whether the report on screen is the one the address asks for (not the previous choice's). */
function isReportFor(report: WeeklyReportDocument, query: ReportQuery): boolean {
  return (
    report.from === query.from && report.to === query.to && report.scope.key === query.scope.toLowerCase()
  );
}

/** True when no call at all was offered in the period: the page then says where calls come from. */
function hasNoCalls(report: WeeklyReportDocument): boolean {
  const offered = report.measures.find((m) => m.measure === 'offered');
  const week = offered?.rows.find((r) => r.key === 'week');
  return !week || week.cells.every((c) => !c.value);
}

export function WeeklyReportPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [today] = useState(() => localDay(new Date()));
  const [params, setParams] = useSearchParams();
  const query = reportQueryOf(params, today);
  const scopes = useApiGet<Scopes>('/api/telephony/scopes');
  const { resource: report, reload } = useApiGet<WeeklyReportDocument>(
    `/api/reports/weekly?${reportSearchParams(query).toString()}`,
  );
  const current = report.status === 'ready' && isReportFor(report.data, query) ? report.data : null;
  return (
    <Page title={t('telephony.report.title')}>
      <p className="lead">{t('telephony.report.intro')}</p>
      {can('visitors:write') && (
        <p>
          <a href="#visitors-heading">{t('telephony.visitors.jump')}</a>
        </p>
      )}
      <ReportControls
        key={reportSearchParams(query).toString()}
        query={query}
        scopes={scopes.resource.status === 'ready' ? scopes.resource.data : null}
        onApply={(q) => setParams(reportSearchParams(q))}
      />
      {scopes.resource.status === 'error' && <LoadError error={scopes.resource.error} />}
      <ReportExport query={query} />
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t('telephony.report.resultHeading')}</h2>
        {report.status === 'error' && <LoadError error={report.error} />}
        {report.status !== 'error' && !current && <Loading />}
        {current && (
          <>
            {hasNoCalls(current) && (
              <p className="notice">
                {t('telephony.report.noCalls')}{' '}
                {can('telephony:import') && <Link to="/telephony/import">{t('telephony.nav.import')}</Link>}
              </p>
            )}
            <WeeklyReportTable report={current} />
            <ReportNotes report={current} />
          </>
        )}
      </section>
      {can('visitors:write') && <VisitorsForm today={today} onSaved={reload} />}
    </Page>
  );
}
