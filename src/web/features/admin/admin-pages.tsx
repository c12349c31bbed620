/** Administration: its index, its sub-navigation and the permission gate of each section. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import type { Permission } from '../../api/types.js';
import { Page } from '../../components/page.js';
import { visibleAdminSections } from '../../layout/areas.js';
import { useCan, useSignedIn } from '../../session/session.js';
import { ForbiddenPage } from '../not-found/not-found-page.js';

export function AdminLayout() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const sections = visibleAdminSections(session.user.permissions);
  return (
    <>
      {sections.length > 0 && (
        <nav className="sub-nav" aria-label={t('nav.admin')}>
          <ul>
            <li>
              <NavLink to="/admin" end>
                {t('admin.home')}
              </NavLink>
            </li>
            {sections.map((s) => (
              <li key={s.key}>
                <NavLink to={s.path}>{t(`admin.sections.${s.key}.title`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Outlet />
    </>
  );
}

export function AdminIndexPage() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const sections = visibleAdminSections(session.user.permissions);
  return (
    <Page title={t('nav.admin')}>
      {sections.length === 0 ? (
        <p>{t('errors.forbiddenPage')}</p>
      ) : (
        <ul className="cards">
          {sections.map((s) => (
            <li key={s.key} className="card">
              <h2>
                <Link to={s.path}>{t(`admin.sections.${s.key}.title`)}</Link>
              </h2>
              <p>{t(`admin.sections.${s.key}.summary`)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** Renders the section only for someone with the permission; others get a clear refusal. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <ForbiddenPage />;
}
