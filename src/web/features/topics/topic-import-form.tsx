import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOPIC_CSV_MAX_BYTES } from '../../../core/topics/topic-tree.js';
import { ApiError } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { FormAlert } from '../../components/messages.js';
import { importErrorsOf } from './topic-view-model.js';
import type { ImportResult } from './types.js';
import type { TopicActions } from './use-topics.js';

/**
 * Reads a catalogue CSV file into the catalogue. The import is all or nothing; when the file is
 * refused, every rejected line is listed with its column and reason, tied to the file field.
 */
export function TopicImportForm({
  importCsv,
  onDone,
}: {
  importCsv: TopicActions['importCsv'];
  onDone: (result: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const { pending, error, run } = useSubmission();
  const lines = importErrorsOf(error);
  const fieldError = missing ? t('topics.import.chooseFile') : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!file);
    if (!file) return;
    let result: ImportResult | undefined;
    const ok = await run(async () => {
      // Checked here too so that a large file is refused before it is uploaded.
      if (file.size > TOPIC_CSV_MAX_BYTES)
        throw new ApiError(400, 'file_too_large', t('topics.import.tooLarge'));
      result = await importCsv(await file.text());
    });
    if (ok && result) onDone(result);
  };
  const describedBy = [`${id}-hint`, fieldError && `${id}-error`, lines.length > 0 && `${id}-lines`]
    .filter(Boolean)
    .join(' ');
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} />
      <div className="field">
        <label htmlFor={id}>{t('topics.import.file')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('topics.import.hint')}
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
          aria-invalid={fieldError || lines.length > 0 ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setMissing(false);
          }}
        />
      </div>
      {lines.length > 0 && (
        <div id={`${id}-lines`}>
          <h3>{t('topics.import.rejectedHeading', { count: lines.length })}</h3>
          <ul className="field-error">
            {lines.map((l, index) => (
              <li key={`${l.line}-${l.column ?? ''}-${index}`}>
                {l.line > 0
                  ? t(l.column ? 'topics.import.lineColumn' : 'topics.import.line', {
                      line: l.line,
                      column: l.column ?? '',
                      detail: l.detail,
                    })
                  : l.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="button-primary" disabled={pending}>
        {t('topics.import.submit')}
      </button>
    </form>
  );
}
