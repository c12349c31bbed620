/**
 * The Analys area (issue #5): when, from where and who, why, how it ended, trend and change, what
 * to fix first, and the per-department report. One filter bar above every sub-page, kept in the
 * address, so that switching sub-page keeps the choices and a view can be bookmarked. Loaded
 * lazily by app.tsx; the charts' code (ECharts) is a further chunk, loaded by the first chart.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeNote } from '../../components/scope-note.js';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { LoadError } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import { filterSearchParams } from './analysis-query.js';
import { preloadCharts } from './chart-section.js';
import { DepartmentPage } from './department-page.js';
import { FilterBar } from './filter-bar.js';
import { FixFirstPage } from './fix-first-page.js';
import { OutcomePage } from './outcome-page.js';
import { TrendPage } from './trend-page.js';
import { useAnalysisQuery } from './use-analysis-query.js';
import { useCatalogue } from './use-analysis.js';
import { WhenPage } from './when-page.js';
import { WhoPage } from './who-page.js';
import { WhyPage } from './why-page.js';
import './analysis.css';

export const SECTIONS = [
  { key: 'when', path: '' },
  { key: 'who', path: 'who' },
  { key: 'why', path: 'why' },
  { key: 'outcome', path: 'outcome' },
  { key: 'trend', path: 'trend' },
  { key: 'fixFirst', path: 'fix-first' },
  { key: 'departments', path: 'departments' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

/** The sub-page an address below /analysis shows. */
export function sectionOf(pathname: string): SectionKey | null {
  const rest = pathname.replace(/^\/analysis\/?/, '').split('/')[0] ?? '';
  return SECTIONS.find((s) => s.path === rest)?.key ?? null;
}

function SubNav() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <nav className="sub-nav analysis-nav" aria-label={t('analysis.nav.label')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <NavLink
              to={{ pathname: s.path ? `/analysis/${s.path}` : '/analysis', search }}
              end={s.path === ''}
            >
              {t(`analysis.nav.${s.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AnalysisPages() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const query = useAnalysisQuery();
  const catalogue = useCatalogue();
  const section = sectionOf(pathname);
  useEffect(preloadCharts, []);
  const units = catalogue.units.status === 'ready' ? catalogue.units.data.units : null;
  const topics = catalogue.topics.status === 'ready' ? catalogue.topics.data.topics : null;
  if (section === null) return <NotFoundPage />;
  const title = `${t(`analysis.nav.${section}`)} – ${t('analysis.title')}`;
  return (
    <Page title={title} heading={t('analysis.title')}>
      <p className="lead">{t('analysis.intro')}</p>
      <ScopeNote units={units} />
      <SubNav />
      <FilterBar
        key={filterSearchParams(query.filters).toString()}
        filters={query.filters}
        units={units}
        topics={topics}
        today={query.day}
        onApply={query.applyFilters}
      />
      {catalogue.units.status === 'error' && <LoadError error={catalogue.units.error} />}
      {catalogue.units.status !== 'error' && catalogue.topics.status === 'error' && (
        <LoadError error={catalogue.topics.error} />
      )}
      <Routes>
        <Route index element={<WhenPage query={query} />} />
        <Route path="who" element={<WhoPage query={query} />} />
        <Route path="why" element={<WhyPage query={query} />} />
        <Route path="outcome" element={<OutcomePage query={query} />} />
        <Route path="trend" element={<TrendPage query={query} />} />
        <Route path="fix-first" element={<FixFirstPage query={query} />} />
        <Route path="departments" element={<DepartmentPage query={query} units={units} />} />
        <Route path="departments/:unitId" element={<DepartmentPage query={query} units={units} />} />
      </Routes>
    </Page>
  );
}

/** Mounted at /analysis/* by app.tsx. */
export function AnalysisArea() {
  const can = useCan();
  return can('analysis:read') ? <AnalysisPages /> : <ForbiddenPage />;
}
