/**
 * The queues the imports have met: each one's name in the telephony system, the label people
 * know it by and its group. Changing a group recomputes the group rollups.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import type { Queue, QueueGroup } from './types.js';
import type { TelephonySettingsActions } from './use-telephony-settings.js';

function QueueForm({
  queue,
  groups,
  changeQueue,
  onSaved,
}: {
  queue: Queue;
  groups: readonly QueueGroup[];
  changeQueue: TelephonySettingsActions['changeQueue'];
  onSaved: (queue: Queue) => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(queue.label ?? '');
  const [groupId, setGroupId] = useState(queue.groupId ?? '');
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, ['label', 'groupId']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let saved: Queue | null = null;
    const ok = await run(
      async () =>
        (saved = await changeQueue(queue.id, { label: label.trim() || null, groupId: groupId || null })),
    );
    if (ok && saved) onSaved(saved);
  };
  return (
    <form
      className="queue-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`queue-${queue.id}`}
    >
      <h3 id={`queue-${queue.id}`} className="queue-name">
        <span className="visually-hidden">{t('telephony.settings.queues.queue')} </span>
        {queue.name}
      </h3>
      <FormAlert error={error} other={errors.other} />
      <div className="field-row">
        <TextField
          name="label"
          label={t('telephony.settings.queues.label', { name: queue.name })}
          hint={t('telephony.settings.queues.labelHint')}
          value={label}
          onChange={setLabel}
          error={errors.byField.get('label')}
        />
        <SelectField
          name="groupId"
          label={t('telephony.settings.queues.group', { name: queue.name })}
          value={groupId}
          onChange={setGroupId}
          options={[
            { value: '', label: t('telephony.settings.queues.noGroup') },
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
          error={errors.byField.get('groupId')}
        />
      </div>
      <button type="submit" className="button-secondary" disabled={pending}>
        {t('common.save')}
        <span className="visually-hidden"> {queue.name}</span>
      </button>
    </form>
  );
}

export function QueuesSection({
  queues,
  groups,
  changeQueue,
}: {
  queues: readonly Queue[];
  groups: readonly QueueGroup[];
  changeQueue: TelephonySettingsActions['changeQueue'];
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useStatus();
  return (
    <section aria-labelledby="queues-heading">
      <h2 id="queues-heading">{t('telephony.settings.queues.heading')}</h2>
      <p>{t('telephony.settings.queues.intro')}</p>
      <StatusMessage text={status} />
      {queues.length === 0 ? (
        <p>{t('telephony.settings.queues.none')}</p>
      ) : (
        <ul className="plain-list queue-list">
          {queues.map((queue) => (
            <li key={queue.id}>
              <QueueForm
                queue={queue}
                groups={groups}
                changeQueue={changeQueue}
                onSaved={(q) => setStatus(t('telephony.settings.queues.saved', { name: q.label ?? q.name }))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
