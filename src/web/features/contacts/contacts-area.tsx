/**
 * The Kontakter area: logging for those who log contacts (guides), the filtered list for
 * everyone who may read contacts. Its own routes below /contacts, with a sub-navigation when a
 * person has both.
 */
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useCan } from '../../session/session.js';
import { ForbiddenPage, NotFoundPage } from '../not-found/not-found-page.js';
import { ContactLoggingPage } from './contact-logging-page.js';
import { ContactsListPage } from './contacts-list-page.js';
import { MyFeedbackPage } from '../surveys/my-feedback-page.js';
import './contacts.css';

function SubNav() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('contacts:log')) return null;
  return (
    <nav className="sub-nav" aria-label={t('contacts.nav.label')}>
      <ul>
        <li>
          <NavLink to="/contacts" end>
            {t('contacts.nav.log')}
          </NavLink>
        </li>
        {can('contacts:read') && (
          <li>
            <NavLink to="/contacts/list">{t('contacts.nav.list')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/contacts/feedback">{t('contacts.nav.feedback')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

function ContactsIndex() {
  const can = useCan();
  if (can('contacts:log')) return <ContactLoggingPage />;
  if (can('contacts:read')) return <Navigate to="/contacts/list" replace />;
  return <ForbiddenPage />;
}

/** Mounted at /contacts/* by app.tsx. */
export function ContactsArea() {
  const can = useCan();
  return (
    <>
      <SubNav />
      <Routes>
        <Route index element={<ContactsIndex />} />
        <Route path="list" element={can('contacts:read') ? <ContactsListPage /> : <ForbiddenPage />} />
        <Route path="feedback" element={can('contacts:log') ? <MyFeedbackPage /> : <ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
