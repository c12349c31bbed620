import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type ApiError } from '../../api/problem.js';
import { TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { Page } from '../../components/page.js';

const FIELDS = ['email', 'password'] as const;

export interface LoginViewProps {
  pending: boolean;
  error: ApiError | null;
  onSubmit: (email: string, password: string) => void;
}

/** The sign-in form. Browser validation is off so that every message comes in the same voice. */
export function LoginView({ pending, error, onSubmit }: LoginViewProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = formErrorsOf(error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(email, password);
  };
  return (
    <div className="login">
      <Page title={t('login.title')}>
        <p>{t('login.intro')}</p>
        <form onSubmit={submit} noValidate className="form">
          <FormAlert error={error} other={errors.other} />
          <TextField
            name="email"
            type="email"
            label={t('login.email')}
            value={email}
            onChange={setEmail}
            autoComplete="username"
            required
            error={errors.byField.get('email')}
          />
          <TextField
            name="password"
            type="password"
            label={t('login.password')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
            error={errors.byField.get('password')}
          />
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </Page>
    </div>
  );
}
