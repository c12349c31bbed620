import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import type { Integration } from './types.js';
import type { IntegrationActions } from './use-integrations.js';

export function IntegrationRenameForm({
  integration,
  update,
  onDone,
  onCancel,
}: {
  integration: Integration;
  update: IntegrationActions['update'];
  onDone: (renamed: Integration) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(integration.name);
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, ['name']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let renamed: Integration | undefined;
    if ((await run(async () => (renamed = await update(integration.id, { name: name.trim() })))) && renamed) {
      onDone(renamed);
    }
  };
  return (
    <form className="form form-inline" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="name"
        label={t('integrations.newName', { name: integration.name })}
        value={name}
        onChange={setName}
        required
        error={errors.byField.get('name')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
