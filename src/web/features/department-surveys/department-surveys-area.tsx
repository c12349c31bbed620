/**
 * The Förvaltningarnas nöjdhet area (issue #15): the departments' verdict. Mounted at
 * /department-surveys/* by app.tsx, loaded when first opened.
 */
import { Route, Routes } from 'react-router';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import '../goals/goals.css';
import '../improvements/improvements.css';
import { DepartmentSurveysPage } from './department-surveys-page.js';

export function DepartmentSurveysArea() {
  const can = useCan();
  if (!can('department_surveys:read')) return <ForbiddenPage />;
  return (
    <Routes>
      <Route index element={<DepartmentSurveysPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
