/** Queue groups: create, rename, and remove one that no queue belongs to. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import type { Queue, QueueGroup } from './types.js';
import type { TelephonySettingsActions } from './use-telephony-settings.js';

function NameForm({
  label,
  initial,
  submitText,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  submitText: string;
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, ['name']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    setEmpty(trimmed === '');
    if (trimmed === '') return;
    if (await run(() => onSubmit(trimmed))) setName(initial);
  };
  return (
    <form className={onCancel ? 'form form-inline' : 'form'} noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="name"
        label={label}
        value={name}
        onChange={setName}
        required
        error={empty ? t('telephony.settings.groups.nameRequired') : errors.byField.get('name')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {submitText}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function QueueGroupsSection({
  groups,
  queues,
  actions,
}: {
  groups: readonly QueueGroup[];
  queues: readonly Queue[];
  actions: Pick<TelephonySettingsActions, 'createGroup' | 'renameGroup' | 'deleteGroup'>;
}) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [status, setStatus] = useStatus();
  const removing = useSubmission();
  const queueCount = (id: string) => queues.filter((q) => q.groupId === id).length;
  const remove = async (group: QueueGroup) => {
    setStatus(null);
    if (await removing.run(() => actions.deleteGroup(group.id)))
      setStatus(t('telephony.settings.groups.removed', { name: group.name }));
  };
  return (
    <section aria-labelledby="queue-groups-heading">
      <h2 id="queue-groups-heading">{t('telephony.settings.groups.heading')}</h2>
      <p>{t('telephony.settings.groups.intro')}</p>
      <StatusMessage text={status} />
      <FormAlert error={removing.error} />
      {groups.length === 0 ? (
        <p>{t('telephony.settings.groups.none')}</p>
      ) : (
        <ul className="plain-list setting-list">
          {groups.map((group) => (
            <li key={group.id}>
              <div className="setting-row">
                <span className="setting-name">{group.name}</span>
                <span className="tag">
                  {t('telephony.settings.groups.queues', { count: queueCount(group.id) })}
                </span>
                {renaming !== group.id && (
                  <span className="row-actions">
                    <button type="button" className="button-link" onClick={() => setRenaming(group.id)}>
                      {t('telephony.settings.groups.rename')}
                      <span className="visually-hidden"> {group.name}</span>
                    </button>
                    <button type="button" className="button-link" onClick={() => void remove(group)}>
                      {t('telephony.settings.groups.remove')}
                      <span className="visually-hidden"> {group.name}</span>
                    </button>
                  </span>
                )}
              </div>
              {renaming === group.id && (
                <NameForm
                  label={t('telephony.settings.groups.newName', { name: group.name })}
                  initial={group.name}
                  submitText={t('common.save')}
                  onCancel={() => setRenaming(null)}
                  onSubmit={async (name) => {
                    const renamed = await actions.renameGroup(group.id, name);
                    setRenaming(null);
                    setStatus(t('telephony.settings.groups.renamed', { name: renamed.name }));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('telephony.settings.groups.createHeading')}</h3>
      <NameForm
        label={t('telephony.settings.groups.name')}
        initial=""
        submitText={t('telephony.settings.groups.create')}
        onSubmit={async (name) => {
          setStatus(null);
          const group = await actions.createGroup(name);
          setStatus(t('telephony.settings.groups.created', { name: group.name }));
        }}
      />
    </section>
  );
}
