import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../core/auth/password-policy.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit, User } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { RoleFields } from './role-fields.js';
import { grantsOf, type RoleSelection } from './user-roles.js';
import type { UserActions } from './use-users.js';

const FIELDS = ['email', 'displayName', 'password', 'roles', 'roles.role', 'roles.unitId'] as const;
const EMPTY: RoleSelection = { roles: [], unitId: '' };

/** Creates a user with a first password and roles. */
export function UserCreateForm({
  units,
  create,
  onDone,
}: {
  units: readonly Unit[];
  create: UserActions['create'];
  onDone: (user: User) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<RoleSelection>(EMPTY);
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: User | undefined;
    const ok = await run(async () => {
      created = await create({
        email: email.trim(),
        displayName: displayName.trim(),
        password,
        roles: grantsOf(roles),
      });
    });
    if (ok && created) {
      setEmail('');
      setDisplayName('');
      setPassword('');
      setRoles(EMPTY);
      onDone(created);
    }
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="email"
        type="email"
        label={t('users.email')}
        value={email}
        onChange={setEmail}
        autoComplete="off"
        required
        error={errors.byField.get('email')}
      />
      <TextField
        name="displayName"
        label={t('users.displayName')}
        value={displayName}
        onChange={setDisplayName}
        autoComplete="off"
        required
        error={errors.byField.get('displayName')}
      />
      <TextField
        name="password"
        type="password"
        label={t('users.password')}
        hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        required
        error={errors.byField.get('password')}
      />
      <RoleFields
        value={roles}
        onChange={setRoles}
        units={units}
        rolesError={errors.byField.get('roles') ?? errors.byField.get('roles.role')}
        unitError={errors.byField.get('roles.unitId')}
      />
      <button type="submit" className="button-primary" disabled={pending}>
        {t('users.create')}
      </button>
    </form>
  );
}
