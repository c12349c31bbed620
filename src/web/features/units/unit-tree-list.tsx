import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import type { UnitTree } from './unit-view-model.js';
import type { UnitActions } from './use-units.js';

export interface UnitTreeListProps {
  nodes: UnitTree;
  canWrite: boolean;
  actions: UnitActions;
  /** Archive and restore go through the page's shared submission, so their errors show in one place. */
  onArchive: (unit: Unit, archived: boolean) => void;
  onRenamed: (unit: Unit) => void;
}

function RenameForm({
  unit,
  rename,
  onDone,
  onCancel,
}: {
  unit: Unit;
  rename: UnitActions['rename'];
  onDone: (u: Unit) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, ['name']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let renamed: Unit | undefined;
    if ((await run(async () => (renamed = await rename(unit.id, name.trim())))) && renamed) onDone(renamed);
  };
  return (
    <form className="form form-inline" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TextField
        name="name"
        label={t('units.newName', { name: unit.name })}
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

/** The organisation as a nested list: departments, their units, and the actions on each. */
export function UnitTreeList(props: UnitTreeListProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const { nodes, canWrite, actions, onArchive, onRenamed } = props;
  return (
    <ul className="unit-tree">
      {nodes.map(({ unit, children }) => {
        const archived = unit.archivedAt !== null;
        return (
          <li key={unit.id}>
            <div className={archived ? 'unit-row unit-archived' : 'unit-row'}>
              <span className="unit-name">{unit.name}</span>
              <span className="tag">{t(`units.kind.${unit.kind}`)}</span>
              {archived && <span className="tag tag-muted">{t('units.archived')}</span>}
              {canWrite && renaming !== unit.id && (
                <span className="row-actions">
                  {!archived && (
                    <button type="button" className="button-link" onClick={() => setRenaming(unit.id)}>
                      {t('units.rename')}
                      <span className="visually-hidden"> {unit.name}</span>
                    </button>
                  )}
                  <button type="button" className="button-link" onClick={() => onArchive(unit, !archived)}>
                    {archived ? t('units.restore') : t('units.archive')}
                    <span className="visually-hidden"> {unit.name}</span>
                  </button>
                </span>
              )}
            </div>
            {renaming === unit.id && (
              <RenameForm
                unit={unit}
                rename={actions.rename}
                onCancel={() => setRenaming(null)}
                onDone={(u) => {
                  setRenaming(null);
                  onRenamed(u);
                }}
              />
            )}
            {children.length > 0 && <UnitTreeList {...props} nodes={children} />}
          </li>
        );
      })}
    </ul>
  );
}
