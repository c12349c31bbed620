/**
 * /telephony/mappings (administrators): the saved column mappings for CSV files of calls, with a
 * form to create or change one and a removal that asks first. The import page lists what is
 * saved here (GET /api/telephony/call-mappings) under "CSV med kolumnmappning".
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSubmission } from '../../api/use-api-get.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { formatDateTime } from '../../i18n/format.js';
import { callMappingDraftOf, emptyCallMappingDraft } from './call-mapping-draft.js';
import { CallMappingForm } from './call-mapping-form.js';
import type { SavedCallMapping } from './types.js';
import { useCallMappings, type CallMappingActions } from './use-call-mappings.js';
import { TableWrap } from '../../components/table-wrap.js';

export function CallMappingsPage() {
  const { t } = useTranslation();
  const { mappings, actions } = useCallMappings();
  return (
    <Page title={t('telephony.mappings.title')}>
      <p className="lead">{t('telephony.mappings.intro')}</p>
      {mappings.status === 'loading' && <Loading />}
      {mappings.status === 'error' && <LoadError error={mappings.error} />}
      {mappings.status === 'ready' && <MappingsView mappings={mappings.data.mappings} actions={actions} />}
    </Page>
  );
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; mapping: SavedCallMapping };

/**
 * The list, or the form in its place. Focus follows: to the form's heading when it opens, back
 * to the list's heading when it closes, so a keyboard or screen reader user is never left on a
 * button that has gone.
 */
function MappingsView({
  mappings,
  actions,
}: {
  mappings: readonly SavedCallMapping[];
  actions: CallMappingActions;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [status, setStatus] = useStatus();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  // Where the focus goes once the change is on screen.
  const focusNext = useRef<'list' | 'form' | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === 'list') listHeading.current?.focus();
    if (next === 'form') formHeading.current?.focus();
  });

  const open = (next: Editing) => {
    focusNext.current = 'form';
    setStatus(null);
    setEditing(next);
  };
  const close = (text: string | null) => {
    focusNext.current = 'list';
    setEditing({ kind: 'none' });
    setStatus(text);
  };

  return (
    <>
      <StatusMessage text={status} />
      {editing.kind === 'none' ? (
        <section aria-labelledby="call-mappings-heading">
          <h2 id="call-mappings-heading" ref={listHeading} tabIndex={-1}>
            {t('telephony.mappings.listHeading')}
          </h2>
          {mappings.length === 0 ? (
            <p>{t('telephony.mappings.none')}</p>
          ) : (
            <MappingTable
              mappings={mappings}
              remove={actions.remove}
              onEdit={(mapping) => open({ kind: 'edit', mapping })}
              onRemoved={(name) => {
                focusNext.current = 'list';
                setStatus(t('telephony.mappings.removed', { name }));
              }}
            />
          )}
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => open({ kind: 'new' })}>
              {t('telephony.mappings.new')}
            </button>
          </div>
          <p>
            <Link to="/telephony/import">{t('telephony.mappings.toImport')}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="call-mapping-form-heading">
          <h2 id="call-mapping-form-heading" ref={formHeading} tabIndex={-1}>
            {editing.kind === 'new'
              ? t('telephony.mappings.newHeading')
              : t('telephony.mappings.editHeading', { name: editing.mapping.name })}
          </h2>
          <CallMappingForm
            initial={editing.kind === 'new' ? emptyCallMappingDraft() : callMappingDraftOf(editing.mapping)}
            onCancel={() => close(null)}
            onSave={async (body) => {
              const saved =
                editing.kind === 'new'
                  ? await actions.create(body)
                  : await actions.update(editing.mapping.id, body);
              close(t('telephony.mappings.saved', { name: saved.name }));
            }}
          />
        </section>
      )}
    </>
  );
}

function MappingTable({
  mappings,
  remove,
  onEdit,
  onRemoved,
}: {
  mappings: readonly SavedCallMapping[];
  remove: CallMappingActions['remove'];
  onEdit: (mapping: SavedCallMapping) => void;
  onRemoved: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const removing = useSubmission();
  // The question takes the place of the row's buttons: focus goes to it, and back on cancel.
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (confirming !== null) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    const id = returnTo.current;
    returnTo.current = null;
    if (id !== null) removeButtons.current.get(id)?.focus();
  });
  const sorted = [...mappings].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const confirmRemove = async (mapping: SavedCallMapping) => {
    if (await removing.run(() => remove(mapping.id))) {
      setConfirming(null);
      onRemoved(mapping.name);
    }
  };
  return (
    <>
      <FormAlert error={removing.error} />
      <TableWrap>
        <table>
          <caption className="visually-hidden">{t('telephony.mappings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('telephony.mappings.columns.name')}</th>
              <th scope="col">{t('telephony.mappings.columns.source')}</th>
              <th scope="col">{t('telephony.mappings.columns.kind')}</th>
              <th scope="col">{t('telephony.mappings.columns.updatedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('telephony.mappings.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((mapping) => (
              <tr key={mapping.id}>
                <th scope="row">{mapping.name}</th>
                <td>{mapping.source}</td>
                <td>{t(`telephony.mappings.kinds.${mapping.kind}`)}</td>
                <td>{formatDateTime(mapping.updatedAt, i18n.language)}</td>
                <td>
                  {confirming === mapping.id ? (
                    <div
                      role="group"
                      aria-label={t('telephony.mappings.confirmLabel', { name: mapping.name })}
                    >
                      <p>{t('telephony.mappings.confirmText', { name: mapping.name })}</p>
                      <div className="actions">
                        <button
                          ref={confirmButton}
                          type="button"
                          className="button-primary"
                          disabled={removing.pending}
                          onClick={() => void confirmRemove(mapping)}
                        >
                          {t('telephony.mappings.confirmRemove')}
                        </button>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => {
                            returnTo.current = mapping.id;
                            removing.reset();
                            setConfirming(null);
                          }}
                        >
                          {t('common.cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <span className="row-actions">
                      <button type="button" className="button-link" onClick={() => onEdit(mapping)}>
                        {t('telephony.mappings.edit')} <span className="visually-hidden">{mapping.name}</span>
                      </button>
                      <button
                        ref={(button) => {
                          if (button) removeButtons.current.set(mapping.id, button);
                          else removeButtons.current.delete(mapping.id);
                        }}
                        type="button"
                        className="button-link"
                        onClick={() => {
                          removing.reset();
                          setConfirming(mapping.id);
                        }}
                      >
                        {t('telephony.mappings.remove')}{' '}
                        <span className="visually-hidden">{mapping.name}</span>
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
