/**
 * The import form: the file, its format (a CSV needs a saved column mapping) and a dry run. The
 * file goes as the raw request body with a progress bar; the answer is the import's summary, or
 * a 422 that lists every line that cannot be read (then nothing was imported).
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUpload } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import { CheckboxField, SelectField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { useCan } from '../../session/session.js';
import { formatCount } from './report-format.js';
import { ImportResult } from './import-result.js';
import { lineErrorsOf, type LineError } from './import-summary.js';
import { CallExplanation } from './call-explanation.js';
import {
  CALL_FILE_FORMATS,
  type CallFileExplanation,
  type CallFileFormat,
  type CallImportSummary,
  type CallMapping,
} from './types.js';

export type MappingChoice =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; mappings: CallMapping[] };

/** Announced to screen readers at these steps only, so the progress does not talk over itself. */
const ANNOUNCE_EVERY = 25;

type Phase = { kind: 'idle' } | { kind: 'sending'; percent: number } | { kind: 'reading' };

function FormatChoice({
  value,
  onChange,
  csvHint,
  csvDisabled,
}: {
  value: CallFileFormat;
  onChange: (format: CallFileFormat) => void;
  csvHint: ReactNode;
  csvDisabled: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field-group" aria-describedby={csvHint ? `${id}-csv-hint` : undefined}>
      <legend>{t('telephony.import.format')}</legend>
      <div className="choices choices-column">
        {CALL_FILE_FORMATS.map((format) => {
          const disabled = format === 'csv' && csvDisabled;
          return (
            <div className="choice" key={format}>
              <input
                type="radio"
                id={`${id}-${format}`}
                name="format"
                value={format}
                checked={value === format}
                disabled={disabled}
                onChange={() => onChange(format)}
              />
              <label htmlFor={`${id}-${format}`}>{t(`telephony.import.formats.${format}`)}</label>
            </div>
          );
        })}
      </div>
      {csvHint && (
        <p className="field-hint" id={`${id}-csv-hint`}>
          {csvHint}
        </p>
      )}
    </fieldset>
  );
}

function LineErrors({ lines }: { lines: readonly LineError[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-lines-heading" className="import-lines">
      <h3 id="import-lines-heading">{t('telephony.import.linesHeading')}</h3>
      <ul>
        {lines.map((l, index) => (
          <li key={`${l.line ?? 'file'}-${index}`}>
            {l.line === null ? l.detail : t('telephony.import.lineError', { line: l.line, detail: l.detail })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CallImportForm({
  mappings,
  onImported,
}: {
  mappings: MappingChoice;
  onImported: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<CallFileFormat>('asterisk-queue-log');
  const [mappingName, setMappingName] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [missing, setMissing] = useState<{ file?: boolean; mapping?: boolean }>({});
  const [result, setResult] = useState<CallImportSummary | null>(null);
  const [explanation, setExplanation] = useState<CallFileExplanation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const canConfigure = useCan()('telephony:configure');
  const available = mappings.status === 'ready' ? mappings.mappings : [];
  const csvDisabled = available.length === 0;
  // Without a mapping, CSV cannot be chosen: say why, and where an administrator creates one.
  const csvHint =
    mappings.status === 'unavailable' ? (
      t('telephony.import.csvUnavailable')
    ) : mappings.status === 'ready' && available.length === 0 ? (
      <>
        {t('telephony.import.csvNoMappings')}{' '}
        {canConfigure ? (
          <Link to="/telephony/mappings">{t('telephony.import.createMapping')}</Link>
        ) : (
          t('telephony.import.csvAskAdmin')
        )}
      </>
    ) : null;
  const chosenMapping = mappingName || available[0]?.name || '';
  const busy = phase.kind !== 'idle';

  const submit = async (e: FormEvent | null, explain = false) => {
    e?.preventDefault();
    const found = { file: !file, mapping: format === 'csv' && !chosenMapping };
    setMissing(found);
    if (!file || found.mapping) return;
    setResult(null);
    setExplanation(null);
    setError(null);
    setPhase({ kind: 'sending', percent: 0 });
    const params = new URLSearchParams({ format, fileName: file.name.slice(0, 255) });
    if (!explain) params.set('dryRun', String(dryRun));
    if (format === 'csv') params.set('mapping', chosenMapping);
    try {
      const answer = await apiUpload<CallImportSummary | CallFileExplanation>(
        'POST',
        `/api/telephony/imports${explain ? '/explain' : ''}?${params.toString()}`,
        file,
        {
          onProgress: (sent, total) => {
            const percent = total > 0 ? Math.min(100, Math.round((sent / total) * 100)) : 0;
            setPhase(percent >= 100 ? { kind: 'reading' } : { kind: 'sending', percent });
          },
        },
      );
      if ('calls' in answer.body && Array.isArray(answer.body.calls)) {
        setExplanation(answer.body as CallFileExplanation);
      } else {
        const summary = answer.body as CallImportSummary;
        setResult(summary);
        if (!summary.dryRun) onImported();
      }
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, HTTP_ERROR, ''));
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const lines = error?.code === 'call_import_invalid' ? lineErrorsOf(error) : [];
  const announced =
    phase.kind === 'sending'
      ? t('telephony.import.sending', {
          percent: Math.floor(phase.percent / ANNOUNCE_EVERY) * ANNOUNCE_EVERY,
        })
      : phase.kind === 'reading'
        ? t('telephony.import.reading')
        : explanation
          ? t('telephony.import.explain.heading')
          : result
            ? t(
                `telephony.import.done.${result.dryRun ? 'dryRun' : result.alreadyImportedAs ? 'alreadyImported' : 'imported'}`,
                {
                  count: result.imported,
                  formatted: formatCount(result.imported, i18n.language),
                },
              )
            : '';
  const fileError = missing.file ? t('telephony.import.chooseFile') : undefined;
  const describedBy = [`${id}-file-hint`, fileError && `${id}-file-error`].filter(Boolean).join(' ');

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('telephony.import.fileHeading')}</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert error={error} />
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('telephony.import.file')}</label>
          <p className="field-hint" id={`${id}-file-hint`}>
            {t('telephony.import.fileHint')}
          </p>
          {fileError && (
            <p className="field-error" id={`${id}-file-error`}>
              {fileError}
            </p>
          )}
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing((m) => ({ ...m, file: false }));
            }}
          />
        </div>
        <FormatChoice value={format} onChange={setFormat} csvHint={csvHint} csvDisabled={csvDisabled} />
        {format === 'csv' && !csvDisabled && (
          <SelectField
            name="mapping"
            label={t('telephony.import.mapping')}
            value={chosenMapping}
            onChange={setMappingName}
            options={available.map((m) => ({
              value: m.name,
              label: t('telephony.import.mappingOption', {
                name: m.name,
                source: m.source,
                kind:
                  m.kind === 'intervals'
                    ? t('telephony.import.mappingKinds.intervals')
                    : t('telephony.import.mappingKinds.calls'),
              }),
            }))}
            error={missing.mapping ? t('telephony.import.chooseMapping') : undefined}
          />
        )}
        {format === 'csv' && !csvDisabled && canConfigure && (
          <p className="field-hint">
            <Link to="/telephony/mappings">{t('telephony.import.mappingsLink')}</Link>
          </p>
        )}
        <CheckboxField
          name="dryRun"
          label={t('telephony.import.dryRun')}
          checked={dryRun}
          onChange={setDryRun}
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {dryRun ? t('telephony.import.submitDryRun') : t('telephony.import.submit')}
          </button>
          <button type="button" disabled={busy} onClick={() => void submit(null, true)}>
            {t('telephony.import.explainButton')}
          </button>
        </div>
        {phase.kind === 'sending' && (
          <div className="upload-progress">
            <label htmlFor={`${id}-progress`}>{t('telephony.import.progress')}</label>
            <progress id={`${id}-progress`} max={100} value={phase.percent}>
              {phase.percent} %
            </progress>
            <span aria-hidden="true">{phase.percent} %</span>
          </div>
        )}
        <p role="status" className={result && !busy ? 'alert alert-success' : undefined}>
          {announced}
        </p>
      </form>
      {lines.length > 0 && <LineErrors lines={lines} />}
      {result && !busy && <ImportResult summary={result} />}
      {explanation && !busy && <CallExplanation explanation={explanation} />}
    </section>
  );
}
