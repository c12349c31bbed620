/**
 * The Enkäter area (issue #15): the municipality's surveys, one survey's settings (status, rules,
 * questions, a link by hand), its results and the answers behind a figure. Mounted at /surveys/*
 * by app.tsx, loaded when first opened.
 */
import { Route, Routes } from 'react-router';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import { SurveyAnswersPage } from './survey-answers-page.js';
import { SurveyPage } from './survey-page.js';
import { SurveyResultsPage } from './survey-results-page.js';
import { SurveysListPage } from './surveys-list-page.js';
import './surveys.css';

export function SurveysArea() {
  const can = useCan();
  if (!can('surveys:read')) return <ForbiddenPage />;
  return (
    <Routes>
      <Route index element={<SurveysListPage />} />
      <Route path=":id" element={<SurveyPage />} />
      <Route path=":id/results" element={<SurveyResultsPage />} />
      <Route path=":id/answers" element={<SurveyAnswersPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
