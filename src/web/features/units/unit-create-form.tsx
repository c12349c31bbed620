import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { unitOptions } from './unit-view-model.js';
import type { UnitActions } from './use-units.js';

const FIELDS = ['name', 'parentId'] as const;

/** Adds a department (no parent) or a unit below an existing one. */
export function UnitCreateForm({
  units,
  create,
  onDone,
}: {
  units: readonly Unit[];
  create: UnitActions['create'];
  onDone: (unit: Unit) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: Unit | undefined;
    const ok = await run(async () => {
      created = await create({ name: name.trim(), parentId: parentId || null });
    });
    if (ok && created) {
      setName('');
      onDone(created);
    }
  };
  const options = [{ value: '', label: t('units.noParent') }, ...unitOptions(units)];
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="name"
        label={t('units.name')}
        value={name}
        onChange={setName}
        required
        error={errors.byField.get('name')}
      />
      <SelectField
        name="parentId"
        label={t('units.parent')}
        hint={t('units.parentHint')}
        value={parentId}
        onChange={setParentId}
        options={options}
        error={errors.byField.get('parentId')}
      />
      <button type="submit" className="button-primary" disabled={pending}>
        {t('units.create')}
      </button>
    </form>
  );
}
