/**
 * The Förbättringar area (issue #6): the board meeting, a new improvement, one improvement.
 * Mounted at /improvements/* by app.tsx, loaded when first opened.
 */
import { Route, Routes } from 'react-router';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import '../goals/goals.css';
import { BoardPage } from './board-page.js';
import { ImprovementFormPage } from './improvement-form-page.js';
import { ImprovementPage } from './improvement-page.js';
import './improvements.css';

export function ImprovementsArea() {
  const can = useCan();
  if (!can('improvements:read')) return <ForbiddenPage />;
  return (
    <Routes>
      <Route index element={<BoardPage />} />
      <Route path="new" element={<ImprovementFormPage />} />
      <Route path=":id" element={<ImprovementPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
