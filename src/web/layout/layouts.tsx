/** Page frames: the public one (sign-in) and the signed-in one with header and navigation. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession, useSignedIn } from '../session/session.js';
import { visibleAreas } from './areas.js';
import { LanguageSwitch } from './language-switch.js';

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skipLink')}
    </a>
  );
}

/** The frame of the sign-in page: product name and language switch, no navigation. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="site-header-inner">
          <span className="brand">Lots</span>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main-public">
        {children}
      </main>
    </>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const onClick = async () => {
    await signOut();
    await navigate('/login', { replace: true });
  };
  return (
    <button type="button" className="button-header" onClick={() => void onClick()}>
      {t('layout.signOut')}
    </button>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const session = useSignedIn();
  return (
    <nav className="main-nav" aria-label={t('layout.mainNav')}>
      <ul>
        {visibleAreas(session.user.permissions).map((area) => (
          <li key={area.key}>
            <NavLink to={area.path} end={area.path === '/'}>
              {t(`nav.${area.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame of every signed-in page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSignedIn();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            Lots
          </Link>
          <span className="tenant-name">{session.tenant.name}</span>
          <div className="header-tools">
            <span className="user-name">
              <span className="visually-hidden">{t('layout.signedInAs')} </span>
              {session.user.displayName}
            </span>
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="app-body">
        <MainNav />
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}

/** Shows its children to a signed-in person; sends anyone else to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <main id="main" className="main-public">
        <p className="loading">{t('common.loading')}</p>
      </main>
    );
  }
  if (state.status === 'signedOut')
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
}
