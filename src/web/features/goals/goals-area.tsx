/**
 * The Mål och signaler area (issue #6): where we are on each goal and the open signals, the goals
 * themselves, and the control charts. Mounted at /goals/* by app.tsx, loaded when first opened.
 */
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import { ControlChartPage } from './control-chart-page.js';
import { GoalsListPage } from './goals-list-page.js';
import { GoalsStatusPage } from './goals-status-page.js';
import './goals.css';

function SubNav() {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t('goals.nav.label')}>
      <ul>
        <li>
          <NavLink to="/goals" end>
            {t('goals.nav.status')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/goals/manage">{t('goals.nav.goals')}</NavLink>
        </li>
        <li>
          <NavLink to="/goals/charts">{t('goals.nav.charts')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

export function GoalsArea() {
  const can = useCan();
  if (!can('goals:read')) return <ForbiddenPage />;
  return (
    <>
      <SubNav />
      <Routes>
        <Route index element={<GoalsStatusPage />} />
        <Route path="manage" element={<GoalsListPage />} />
        <Route path="charts" element={<ControlChartPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
