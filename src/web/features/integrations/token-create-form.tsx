import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { DEFAULT_EXPIRY_DAYS, EXPIRY_CHOICES } from './integration-view-model.js';
import type { CreatedToken, Integration } from './types.js';
import type { IntegrationActions } from './use-integrations.js';

const FIELDS = ['name', 'expiresInDays'] as const;

/** Makes a token for the integration; the page then shows it once. */
export function TokenCreateForm({
  integration,
  createToken,
  onDone,
}: {
  integration: Integration;
  createToken: IntegrationActions['createToken'];
  onDone: (created: CreatedToken) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [days, setDays] = useState(String(DEFAULT_EXPIRY_DAYS));
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: CreatedToken | undefined;
    const ok = await run(async () => {
      created = await createToken(integration.id, { name: name.trim(), expiresInDays: Number(days) });
    });
    if (ok && created) {
      setName('');
      onDone(created);
    }
  };
  return (
    <form
      className="form form-inline"
      noValidate
      aria-label={t('integrations.token.createFor', { name: integration.name })}
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="name"
        label={t('integrations.token.name')}
        hint={t('integrations.token.nameHint')}
        value={name}
        onChange={setName}
        required
        error={errors.byField.get('name')}
      />
      <SelectField
        name="expiresInDays"
        label={t('integrations.token.validity')}
        value={days}
        onChange={setDays}
        options={EXPIRY_CHOICES.map((d) => ({ value: String(d), label: t(`integrations.token.days.${d}`) }))}
        error={errors.byField.get('expiresInDays')}
      />
      <button type="submit" className="button-primary" disabled={pending}>
        {t('integrations.token.create')}
      </button>
    </form>
  );
}
