import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../core/auth/password-policy.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit, User } from '../../api/types.js';
import { CheckboxField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { RoleFields } from './role-fields.js';
import { grantsOf, selectionOf } from './user-roles.js';
import type { UserActions } from './use-users.js';

const FIELDS = ['displayName', 'roles', 'roles.role', 'roles.unitId', 'isActive'] as const;

export interface UserEditProps {
  user: User;
  units: readonly Unit[];
  actions: UserActions;
  onSaved: (user: User) => void;
  onPasswordReset: (user: User) => void;
  onClose: () => void;
}

/** Name, roles and whether the account is active, plus a new password for the user. */
export function UserEditForm({ user, units, actions, onSaved, onPasswordReset, onClose }: UserEditProps) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState(() => selectionOf(user.roles));
  const [isActive, setIsActive] = useState(user.isActive);
  const [password, setPassword] = useState('');
  const saving = useSubmission();
  const resetting = useSubmission();
  const errors = formErrorsOf(saving.error, FIELDS);
  const passwordErrors = formErrorsOf(resetting.error, ['password']);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    let saved: User | undefined;
    const ok = await saving.run(async () => {
      saved = await actions.update(user.id, {
        displayName: displayName.trim(),
        roles: grantsOf(roles),
        isActive,
      });
    });
    if (ok && saved) onSaved(saved);
  };
  const reset = async (e: FormEvent) => {
    e.preventDefault();
    if (await resetting.run(() => actions.resetPassword(user.id, password))) {
      setPassword('');
      onPasswordReset(user);
    }
  };
  return (
    <>
      <form className="form" noValidate onSubmit={(e) => void save(e)}>
        <FormAlert error={saving.error} other={errors.other} />
        <TextField
          name="displayName"
          label={t('users.displayName')}
          value={displayName}
          onChange={setDisplayName}
          required
          error={errors.byField.get('displayName')}
        />
        <RoleFields
          value={roles}
          onChange={setRoles}
          units={units}
          rolesError={errors.byField.get('roles') ?? errors.byField.get('roles.role')}
          unitError={errors.byField.get('roles.unitId')}
        />
        <CheckboxField
          name="isActive"
          label={t('users.isActive')}
          checked={isActive}
          onChange={setIsActive}
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={saving.pending}>
            {t('common.save')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
      <h3>{t('users.resetPasswordHeading')}</h3>
      <form className="form" noValidate onSubmit={(e) => void reset(e)}>
        <FormAlert error={resetting.error} other={passwordErrors.other} />
        <TextField
          name="password"
          type="password"
          label={t('users.newPassword')}
          hint={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          error={passwordErrors.byField.get('password')}
        />
        <button type="submit" className="button-secondary" disabled={resetting.pending}>
          {t('users.resetPassword')}
        </button>
      </form>
    </>
  );
}
