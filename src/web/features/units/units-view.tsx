import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import { CheckboxField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import { UnitCreateForm } from './unit-create-form.js';
import { UnitTreeList } from './unit-tree-list.js';
import { visibleUnitTree } from './unit-view-model.js';
import type { UnitActions } from './use-units.js';

export interface UnitsViewProps {
  units: readonly Unit[];
  canWrite: boolean;
  actions: UnitActions;
}

/** The organisation of the municipality: create, rename, archive and restore units. */
export function UnitsView({ units, canWrite, actions }: UnitsViewProps) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const [status, setStatus] = useStatus();
  const archiving = useSubmission();
  const tree = visibleUnitTree(units, showArchived);
  const archive = async (unit: Unit, archived: boolean) => {
    setStatus(null);
    if (await archiving.run(() => actions.setArchived(unit.id, archived))) {
      setStatus(t(archived ? 'units.archivedDone' : 'units.restoredDone', { name: unit.name }));
    }
  };
  return (
    <>
      <StatusMessage text={status} />
      {canWrite && (
        <section aria-labelledby="units-create">
          <h2 id="units-create">{t('units.createHeading')}</h2>
          <UnitCreateForm
            units={units}
            create={actions.create}
            onDone={(u) => setStatus(t('units.created', { name: u.name }))}
          />
        </section>
      )}
      <section aria-labelledby="units-tree">
        <h2 id="units-tree">{t('units.treeHeading')}</h2>
        <CheckboxField
          name="showArchived"
          label={t('units.showArchived')}
          checked={showArchived}
          onChange={setShowArchived}
        />
        <FormAlert error={archiving.error} />
        {tree.length === 0 ? (
          <p>{t('units.empty')}</p>
        ) : (
          <UnitTreeList
            nodes={tree}
            canWrite={canWrite}
            actions={actions}
            onArchive={(unit, archived) => void archive(unit, archived)}
            onRenamed={(u) => setStatus(t('units.renamed', { name: u.name }))}
          />
        )}
      </section>
    </>
  );
}
