import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import type { Integration } from './types.js';
import type { IntegrationActions } from './use-integrations.js';

/** Adds an integration by name; its tokens are made afterwards, one at a time. */
export function IntegrationCreateForm({
  create,
  onDone,
}: {
  create: IntegrationActions['create'];
  onDone: (integration: Integration) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, ['name']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: Integration | undefined;
    if ((await run(async () => (created = await create(name.trim())))) && created) {
      setName('');
      onDone(created);
    }
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="name"
        label={t('integrations.name')}
        hint={t('integrations.nameHint')}
        value={name}
        onChange={setName}
        required
        error={errors.byField.get('name')}
      />
      <button type="submit" className="button-primary" disabled={pending}>
        {t('integrations.create')}
      </button>
    </form>
  );
}
