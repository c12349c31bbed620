/** The routes of the web app. Every signed-in page shares AppLayout; /login stands alone. */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AdminIndexPage, AdminLayout, RequirePermission } from './features/admin/admin-pages.js';
import { IntegrationsPage } from './features/integrations/integrations-page.js';
import { ContactImportPage } from './features/contact-import/contact-import-page.js';
import { ContactsArea } from './features/contacts/contacts-area.js';
import { LoginPage } from './features/login/login-page.js';
import { MunicipalitiesPage } from './features/municipalities/municipalities-page.js';
import { NotFoundPage } from './features/not-found/not-found-page.js';
import { OverviewPage } from './features/overview/overview-page.js';
import { TopicsPage } from './features/topics/topics-page.js';
import { UnitsPage } from './features/units/units-page.js';
import { UsersPage } from './features/users/users-page.js';
import { Loading } from './components/messages.js';
import { AppLayout, PublicLayout, RequireSession } from './layout/layouts.js';

// The Telefoni area is loaded when it is first opened: its pages are most of a report's code,
// and the people who log contacts all day seldom open them.
const TelephonyArea = lazy(async () => ({
  default: (await import('./features/telephony/telephony-area.js')).TelephonyArea,
}));
// Goals and signals, and the improvement board, likewise (the board shows the goals' table too).
const GoalsArea = lazy(async () => ({
  default: (await import('./features/goals/goals-area.js')).GoalsArea,
}));
const ImprovementsArea = lazy(async () => ({
  default: (await import('./features/improvements/improvements-area.js')).ImprovementsArea,
}));
// The Enkäter area likewise.
const SurveysArea = lazy(async () => ({
  default: (await import('./features/surveys/surveys-area.js')).SurveysArea,
}));
const DepartmentSurveysArea = lazy(async () => ({
  default: (await import('./features/department-surveys/department-surveys-area.js')).DepartmentSurveysArea,
}));
// The Analys area likewise. Its charts (ECharts) are a chunk of their own, fetched beside the
// area's so that they are ready when the figures arrive.
const AnalysisArea = lazy(async () => {
  void import('./features/analysis/chart.js');
  return { default: (await import('./features/analysis/analysis-area.js')).AnalysisArea };
});

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <PublicLayout>
            <LoginPage />
          </PublicLayout>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<OverviewPage />} />
        <Route path="/contacts/*" element={<ContactsArea />} />
        <Route
          path="/telephony/*"
          element={
            <Suspense fallback={<Loading />}>
              <TelephonyArea />
            </Suspense>
          }
        />
        <Route
          path="/analysis/*"
          element={
            <Suspense fallback={<Loading />}>
              <AnalysisArea />
            </Suspense>
          }
        />
        <Route
          path="/goals/*"
          element={
            <Suspense fallback={<Loading />}>
              <GoalsArea />
            </Suspense>
          }
        />
        <Route
          path="/improvements/*"
          element={
            <Suspense fallback={<Loading />}>
              <ImprovementsArea />
            </Suspense>
          }
        />
        <Route
          path="/surveys/*"
          element={
            <Suspense fallback={<Loading />}>
              <SurveysArea />
            </Suspense>
          }
        />
        <Route
          path="/department-surveys/*"
          element={
            <Suspense fallback={<Loading />}>
              <DepartmentSurveysArea />
            </Suspense>
          }
        />
        <Route path="/admin" element={<AdminLayout />}>
          <Route index element={<AdminIndexPage />} />
          <Route
            path="units"
            element={
              <RequirePermission permission="units:read">
                <UnitsPage />
              </RequirePermission>
            }
          />
          <Route
            path="topics"
            element={
              <RequirePermission permission="topics:read">
                <TopicsPage />
              </RequirePermission>
            }
          />
          <Route
            path="users"
            element={
              <RequirePermission permission="users:read">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="integrations"
            element={
              <RequirePermission permission="integrations:manage">
                <IntegrationsPage />
              </RequirePermission>
            }
          />
          <Route
            path="contact-import"
            element={
              <RequirePermission permission="contacts:import">
                <ContactImportPage />
              </RequirePermission>
            }
          />
          <Route
            path="municipalities"
            element={
              <RequirePermission permission="tenants:read">
                <MunicipalitiesPage />
              </RequirePermission>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
