/**
 * A contact's audit trail: who logged it, every correction with its reason and what changed,
 * and a deletion with its reason. Read by the guide who logged it and by those who read all
 * contacts (the API decides: canSeeRevisions).
 */
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.js';
import { useApiGet } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { formatDateTime } from '../../i18n/format.js';
import type { ContactRevision, Topic } from './contact-types.js';
import { formatDuration } from './duration.js';
import { REVISION_FIELDS, revisionChanges, type RevisionField } from './revision-changes.js';

const CODE_LABELS: Partial<Record<RevisionField, string>> = {
  channel: 'contacts.channels',
  need: 'contacts.needs',
  problemKind: 'contacts.problemKinds',
  resolution: 'contacts.resolutions',
  failureReason: 'contacts.failureReasons',
  citizenGender: 'contacts.genders',
};

export function ContactRevisionTrail({
  contactId,
  topics,
  units,
}: {
  contactId: string;
  topics: readonly Topic[];
  units: readonly Unit[];
}) {
  const { t, i18n } = useTranslation();
  const { resource } = useApiGet<{ revisions: ContactRevision[] }>(
    `/api/contacts/${encodeURIComponent(contactId)}/revisions`,
  );
  const topicPath = new Map(topics.map((topic) => [topic.id, topic.path]));
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));

  const show = (field: RevisionField, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('contacts.revisions.empty');
    if (typeof value === 'boolean') return value ? t('contacts.today.yes') : t('contacts.today.no');
    if (typeof value === 'number') return field === 'durationSeconds' ? formatDuration(value) : String(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (field === 'topicId') return topicPath.get(value) ?? value;
    if (field === 'ownerUnitId' || field === 'forwardedToUnitId') return unitName.get(value) ?? value;
    if (field === 'startedAt' || field === 'receivedAt') return formatDateTime(value, i18n.language);
    const codes = CODE_LABELS[field];
    return codes ? t(`${codes}.${value}`, { defaultValue: value }) : value;
  };

  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') return <LoadError error={resource.error} />;
  return (
    <ol className="revision-trail">
      {resource.data.revisions.map((r) => {
        const changes = revisionChanges(r);
        return (
          <li key={r.revision}>
            <p>
              <strong>{t(`contacts.revisions.${r.action}`, { name: r.changedByName })}</strong>{' '}
              <time dateTime={r.changedAt}>{formatDateTime(r.changedAt, i18n.language)}</time>
            </p>
            {r.reason && <p>{t('contacts.revisions.reason', { reason: r.reason })}</p>}
            {changes.known.length > 0 && (
              <dl>
                {changes.known.map((c) => (
                  <div key={c.field}>
                    <dt>{t(REVISION_FIELDS[c.field])}</dt>
                    <dd>
                      {t('contacts.revisions.change', {
                        before: show(c.field, c.before),
                        after: show(c.field, c.after),
                      })}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {changes.unknown.length > 0 && (
              <p>{t('contacts.revisions.other', { fields: changes.unknown.join(', ') })}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
