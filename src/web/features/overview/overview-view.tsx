import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../api/types.js';
import { Page } from '../../components/page.js';
import { areaSummaryKey, type Area } from '../../layout/areas.js';
import { roleNamesOf } from '../users/user-roles.js';

export interface OverviewViewProps {
  session: Session;
  /** The areas the person may open, apart from this page. */
  areas: readonly Area[];
  /** Whose contacts the person sees, for a department contact. */
  scope?: ReactNode;
  /** A guide's own day, the logging screen's doorway: first, before the team's figures. */
  myDay?: ReactNode;
  /** Telephony at a glance, for those who read reports. */
  telephony?: ReactNode;
  /** Goals and open signals, for those who read the team's goals. */
  goals?: ReactNode;
}

/** The start page: who you are, where, in which roles, and the way to each area. */
export function OverviewView({ session, areas, scope, myDay, telephony, goals }: OverviewViewProps) {
  const { t } = useTranslation();
  const roles = roleNamesOf(session.user.roles, session.user.isPlatformAdmin);
  return (
    <Page title={t('nav.overview')} heading={t('overview.welcome', { name: session.user.displayName })}>
      <p className="lead">{t('overview.municipality', { municipality: session.tenant.name })}</p>
      {scope}
      {myDay}
      {goals}
      {telephony}
      <section aria-labelledby="overview-roles">
        <h2 id="overview-roles">{t('overview.rolesHeading')}</h2>
        {roles.length === 0 ? (
          <p>{t('overview.noRoles')}</p>
        ) : (
          <ul className="role-list">
            {roles.map((role) => (
              <li key={role}>{t(`roles.${role}`)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overview-areas">
        <h2 id="overview-areas">{t('overview.areasHeading')}</h2>
        <ul className="cards">
          {areas.map((area) => (
            <li key={area.key} className="card">
              <h3>
                <Link to={area.path}>{t(`nav.${area.key}`)}</Link>
              </h3>
              <p>{t(areaSummaryKey(area.key, session.user.permissions))}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
