/**
 * Says whose contacts the figures and lists are made of (issue #13): a department contact sees
 * their department's name, a guide that the list is their own. Nothing for those who see all.
 */
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types.js';
import { contactScopeViewOf, scopeUnitNames } from '../session/contact-scope.js';
import { useSignedIn } from '../session/session.js';

export function ScopeNote({ units }: { units: readonly Unit[] | null }) {
  const { t } = useTranslation();
  const session = useSignedIn();
  const scope = contactScopeViewOf(session.user);
  if (scope.kind === 'all') return null;
  if (scope.kind === 'own') return <p className="scope-note">{t('scope.own')}</p>;
  const names = units ? scopeUnitNames(units, scope) : '';
  if (!names) return null;
  return <p className="scope-note">{t('scope.units', { units: names })}</p>;
}
