import { useTranslation } from 'react-i18next';
import { PERSON_ROLES } from '../../../core/auth/roles.js';
import type { Unit } from '../../api/types.js';
import { CheckboxField, FieldGroup, SelectField } from '../../components/fields.js';
import { unitOptions } from '../units/unit-view-model.js';
import { toggleRole, type RoleSelection } from './user-roles.js';

/** Role checkboxes; ticking Förvaltningskontakt brings up the unit the contact speaks for. */
export function RoleFields({
  value,
  onChange,
  units,
  rolesError,
  unitError,
}: {
  value: RoleSelection;
  onChange: (value: RoleSelection) => void;
  units: readonly Unit[];
  rolesError?: string | undefined;
  unitError?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <FieldGroup legend={t('users.roles')} error={rolesError}>
      {PERSON_ROLES.map((role) => (
        <CheckboxField
          key={role}
          name="roles"
          value={role}
          label={t(`roles.${role}`)}
          checked={value.roles.includes(role)}
          onChange={(on) => onChange(toggleRole(value, role, on))}
        />
      ))}
      {value.roles.includes('department_contact') && (
        <SelectField
          name="unitId"
          label={t('users.contactUnit')}
          value={value.unitId}
          onChange={(unitId) => onChange({ ...value, unitId })}
          options={[{ value: '', label: t('users.chooseUnit') }, ...unitOptions(units)]}
          error={unitError}
        />
      )}
    </FieldGroup>
  );
}
