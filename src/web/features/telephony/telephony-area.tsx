/**
 * The Telefoni area (issue #4): the weekly report for everyone who reads reports, importing call
 * files for those who import them, the column mappings for CSV files of calls and the measuring
 * settings for administrators. Its own routes
 * below /telephony, with a sub-navigation when a person has more than the report.
 */
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import { CallImportPage } from './call-import-page.js';
import { CallMappingsPage } from './call-mappings-page.js';
import { TelephonySettingsPage } from './telephony-settings-page.js';
import { WeeklyReportPage } from './weekly-report-page.js';
import './telephony.css';

function SubNav() {
  const { t } = useTranslation();
  const can = useCan();
  const canImport = can('telephony:import');
  const canConfigure = can('telephony:configure');
  if (!canImport && !canConfigure) return null;
  return (
    <nav className="sub-nav" aria-label={t('telephony.nav.label')}>
      <ul>
        <li>
          <NavLink to="/telephony" end>
            {t('telephony.nav.report')}
          </NavLink>
        </li>
        {canImport && (
          <li>
            <NavLink to="/telephony/import">{t('telephony.nav.import')}</NavLink>
          </li>
        )}
        {canConfigure && (
          <li>
            <NavLink to="/telephony/mappings">{t('telephony.nav.mappings')}</NavLink>
          </li>
        )}
        {canConfigure && (
          <li>
            <NavLink to="/telephony/settings">{t('telephony.nav.settings')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Mounted at /telephony/* by app.tsx. */
export function TelephonyArea() {
  const can = useCan();
  return (
    <>
      <SubNav />
      <Routes>
        <Route index element={can('reports:read') ? <WeeklyReportPage /> : <ForbiddenPage />} />
        <Route path="import" element={can('telephony:import') ? <CallImportPage /> : <ForbiddenPage />} />
        <Route
          path="mappings"
          element={can('telephony:configure') ? <CallMappingsPage /> : <ForbiddenPage />}
        />
        <Route
          path="settings"
          element={can('telephony:configure') ? <TelephonySettingsPage /> : <ForbiddenPage />}
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
