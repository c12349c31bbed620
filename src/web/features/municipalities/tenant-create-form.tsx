import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../core/auth/password-policy.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import type { Municipality, Tenant, User } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { municipalityOptions } from './municipality-options.js';
import type { CreateTenant } from './use-tenants.js';

const FIELDS = [
  'municipalityCode',
  'emailDomains',
  // Each domain's own error (the API allows at most 20), shown on the one field.
  ...Array.from({ length: 20 }, (_, i) => `emailDomains.${i}`),
  'admin',
  'admin.email',
  'admin.displayName',
  'admin.password',
];

/** "jarfalla.se, skola.jarfalla.se" -> ['jarfalla.se', 'skola.jarfalla.se']; empty: none given. */
export function parseDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

/** The first error about one of the domains ("emailDomains.1"), if any. */
function firstDomainError(byField: ReadonlyMap<string, string>): string | undefined {
  for (const [field, message] of byField) if (field.startsWith('emailDomains.')) return message;
  return undefined;
}

/** Adds a municipality from the official list together with its first administrator. */
export function TenantCreateForm({
  municipalities,
  tenants,
  create,
  onDone,
}: {
  municipalities: readonly Municipality[];
  tenants: readonly Tenant[];
  create: CreateTenant;
  onDone: (created: { tenant: Tenant; admin: User }) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [domains, setDomains] = useState('');
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: { tenant: Tenant; admin: User } | undefined;
    const ok = await run(async () => {
      const emailDomains = parseDomains(domains);
      created = await create({
        municipalityCode: code,
        ...(emailDomains.length > 0 ? { emailDomains } : {}),
        admin: { email: email.trim(), displayName: displayName.trim(), password },
      });
    });
    if (ok && created) {
      setCode('');
      setEmail('');
      setDisplayName('');
      setPassword('');
      setDomains('');
      onDone(created);
    }
  };
  const options = [
    { value: '', label: t('municipalities.choose') },
    ...municipalityOptions(municipalities, tenants),
  ];
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <SelectField
        name="municipalityCode"
        label={t('municipalities.municipality')}
        hint={t('municipalities.municipalityHint')}
        value={code}
        onChange={setCode}
        options={options}
        required
        error={errors.byField.get('municipalityCode')}
      />
      <TextField
        name="emailDomains"
        label={t('municipalities.emailDomains')}
        hint={t('municipalities.emailDomainsHint')}
        value={domains}
        onChange={setDomains}
        autoComplete="off"
        error={errors.byField.get('emailDomains') ?? firstDomainError(errors.byField)}
      />
      <fieldset className="field-group">
        <legend>{t('municipalities.adminLegend')}</legend>
        <TextField
          name="adminEmail"
          type="email"
          label={t('users.email')}
          value={email}
          onChange={setEmail}
          autoComplete="off"
          required
          error={errors.byField.get('admin.email')}
        />
        <TextField
          name="adminName"
          label={t('users.displayName')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="off"
          required
          error={errors.byField.get('admin.displayName')}
        />
        <TextField
          name="adminPassword"
          type="password"
          label={t('users.password')}
          hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          error={errors.byField.get('admin.password') ?? errors.byField.get('admin')}
        />
      </fieldset>
      <button type="submit" className="button-primary" disabled={pending}>
        {t('municipalities.create')}
      </button>
    </form>
  );
}
