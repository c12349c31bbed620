import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { SelectField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { PreviewResult } from './import-results.js';
import { draftOf, emptyDraft } from './mapping-draft.js';
import { MappingForm } from './mapping-form.js';
import type { DryRunResult, SavedMapping } from './types.js';
import { useContactImport, type ContactImportActions } from './use-contact-import.js';
import './contact-import.css';

/** 20 MB, as the server takes (server/intake/schema.ts CSV_BODY_LIMIT). */
const CSV_MAX_BYTES = 20 * 1024 * 1024;

/** /admin/contact-import: choose or write a column mapping, try a file, then import it. */
export function ContactImportPage() {
  const { t } = useTranslation();
  const { mappings, actions } = useContactImport();
  return (
    <Page title={t('contactImport.title')}>
      <div className="contact-import">
        <p className="lead">{t('contactImport.intro')}</p>
        {mappings.status === 'loading' && <Loading />}
        {mappings.status === 'error' && <LoadError error={mappings.error} />}
        {mappings.status === 'ready' && <ImportView mappings={mappings.data.mappings} actions={actions} />}
      </div>
    </Page>
  );
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; mapping: SavedMapping };

function ImportView({ mappings, actions }: { mappings: SavedMapping[]; actions: ContactImportActions }) {
  const { t } = useTranslation();
  const [chosenId, setChosenId] = useState(mappings[0]?.id ?? '');
  const [editing, setEditing] = useState<Editing>(mappings.length === 0 ? { kind: 'new' } : { kind: 'none' });
  const [status, setStatus] = useStatus();
  const chosen = mappings.find((m) => m.id === chosenId) ?? mappings[0] ?? null;

  if (editing.kind !== 'none')
    return (
      <section aria-labelledby="mapping-heading">
        <h2 id="mapping-heading">
          {editing.kind === 'new'
            ? t('contactImport.mapping.newHeading')
            : t('contactImport.mapping.editHeading', { name: editing.mapping.name })}
        </h2>
        <MappingForm
          initial={editing.kind === 'new' ? emptyDraft() : draftOf(editing.mapping)}
          onCancel={() => setEditing({ kind: 'none' })}
          onSave={async (body) => {
            const saved =
              editing.kind === 'new'
                ? await actions.createMapping(body)
                : await actions.updateMapping(editing.mapping.id, body);
            setChosenId(saved.id);
            setEditing({ kind: 'none' });
            setStatus(t('contactImport.mapping.saved', { name: saved.name }));
          }}
        />
      </section>
    );

  return (
    <>
      <StatusMessage text={status} />
      <section aria-labelledby="mappings-heading">
        <h2 id="mappings-heading">{t('contactImport.mappingsHeading')}</h2>
        {chosen ? (
          <SelectField
            label={t('contactImport.chooseMapping')}
            name="mapping"
            value={chosen.id}
            onChange={(id) => {
              setChosenId(id);
              setStatus(null);
            }}
            options={mappings.map((m) => ({ value: m.id, label: `${m.name} (${m.source})` }))}
          />
        ) : (
          <p>{t('contactImport.noMappings')}</p>
        )}
        <div className="form-actions">
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            {t('contactImport.newMapping')}
          </button>
          {chosen && (
            <button type="button" onClick={() => setEditing({ kind: 'edit', mapping: chosen })}>
              {t('contactImport.editMapping')}
            </button>
          )}
        </div>
      </section>
      {chosen && <FileImport key={chosen.id} mapping={chosen} actions={actions} />}
    </>
  );
}

/** The file: a dry run first, then the import of exactly that file once nothing is rejected. */
function FileImport({ mapping, actions }: { mapping: SavedMapping; actions: ContactImportActions }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [missing, setMissing] = useState(false);
  const [preview, setPreview] = useState<DryRunResult | null>(null);
  const [done, setDone] = useStatus();
  const { pending, error, run } = useSubmission();

  const readFile = async (chosen: File | undefined) => {
    setPreview(null);
    setDone(null);
    setMissing(false);
    if (!chosen) return setFile(null);
    await run(async () => {
      if (chosen.size > CSV_MAX_BYTES) throw new ApiError(413, 'body_too_large', t('contactImport.tooLarge'));
      setFile({ name: chosen.name, text: await chosen.text() });
    });
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!file) return setMissing(true);
    await run(async () => setPreview(await actions.preview(mapping.name, file.text)));
  };

  const importNow = async () => {
    if (!file) return;
    const ok = await run(async () => {
      const result = await actions.importFile(mapping.name, file.text);
      setDone(t('contactImport.done', { imported: result.imported, duplicates: result.duplicates }));
    });
    if (ok) {
      setPreview(null);
      setFile(null);
    }
  };

  const canImport = preview !== null && preview.rejected.length === 0 && preview.wouldImport > 0;
  const fieldError = missing ? t('contactImport.chooseFile') : null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('contactImport.fileHeading')}</h2>
      <StatusMessage text={done} />
      <form className="form" noValidate onSubmit={(e) => void check(e)}>
        <FormAlert error={error} />
        <div className="field">
          <label htmlFor={id}>{t('contactImport.file')}</label>
          <p className="field-hint" id={`${id}-hint`}>
            {t('contactImport.fileHint', { name: mapping.name })}
          </p>
          {fieldError && (
            <p className="field-error" id={`${id}-error`}>
              {fieldError}
            </p>
          )}
          <input
            id={id}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={[`${id}-hint`, fieldError && `${id}-error`].filter(Boolean).join(' ')}
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className={canImport ? undefined : 'button-primary'} disabled={pending}>
            {t('contactImport.check')}
          </button>
          {canImport && (
            <button
              type="button"
              className="button-primary"
              disabled={pending}
              onClick={() => void importNow()}
            >
              {t('contactImport.import', { count: preview.wouldImport })}
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite">{preview && <PreviewResult result={preview} id={`${id}-preview`} />}</div>
    </section>
  );
}
