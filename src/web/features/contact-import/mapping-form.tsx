import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DURATION_UNITS } from '../../../core/contacts/intake-cells.js';
import { FIXABLE_FIELDS, INTAKE_FIELDS, type FixableField } from '../../../core/contacts/intake-mapping.js';
import { DATE_FORMATS, type DateFormat } from '../../../core/contacts/intake-time.js';
import { useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import {
  mappingBodyOf,
  mappingFieldErrors,
  VALUE_MAP_FIELDS,
  type MappingDraft,
  type ValueMapField,
} from './mapping-draft.js';
import type { MappingBody } from './use-contact-import.js';

const isFixable = (field: string): field is FixableField =>
  (FIXABLE_FIELDS as readonly string[]).includes(field);

/** A value map edited as "their value = our code" lines, with its label, hint and error tied to it. */
function ValueMapField({
  field,
  value,
  error,
  onChange,
}: {
  field: ValueMapField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`contactImport.fields.${field}`)}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t(field === 'topic' ? 'contactImport.mapping.topicValuesHint' : 'contactImport.mapping.valuesHint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={`values.${field}`}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
      />
    </div>
  );
}

/**
 * Creates or changes a column mapping: which column holds each field (or one fixed value for
 * every row), the source's codes for ours, and how its dates and lengths are written.
 */
export function MappingForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: MappingDraft;
  onSave: (body: MappingBody) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [badLines, setBadLines] = useState<Partial<Record<ValueMapField, number[]>>>({});
  const { pending, error, run } = useSubmission();
  const errors = mappingFieldErrors(error?.fieldErrors ?? []);
  const set = (change: Partial<MappingDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = mappingBodyOf(draft);
    if ('badLines' in result) {
      setBadLines(result.badLines);
      return;
    }
    setBadLines({});
    await run(() => onSave(result.body));
  };

  const valueError = (field: ValueMapField) => {
    const lines = badLines[field];
    if (lines) return t('contactImport.mapping.badLines', { lines: lines.join(', ') });
    return errors[`values.${field}`];
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} />
      <TextField
        label={t('contactImport.mapping.name')}
        name="name"
        value={draft.name}
        onChange={(name) => set({ name })}
        error={errors['name']}
        required
      />
      <TextField
        label={t('contactImport.mapping.source')}
        hint={t('contactImport.mapping.sourceHint')}
        name="source"
        value={draft.source}
        onChange={(source) => set({ source })}
        error={errors['source']}
        required
      />
      <fieldset className="field-group">
        <legend>{t('contactImport.mapping.columnsLegend')}</legend>
        <p className="field-hint">{t('contactImport.mapping.columnsHint')}</p>
        {INTAKE_FIELDS.map((field) => (
          <div key={field} className="field-row">
            <TextField
              label={t('contactImport.mapping.columnFor', { field: t(`contactImport.fields.${field}`) })}
              name={`columns.${field}`}
              value={draft.columns[field]}
              onChange={(v) => set({ columns: { ...draft.columns, [field]: v } })}
              error={errors[`columns.${field}`]}
            />
            {isFixable(field) && (
              <TextField
                label={t('contactImport.mapping.fixedFor', { field: t(`contactImport.fields.${field}`) })}
                name={`fixed.${field}`}
                value={draft.fixed[field]}
                onChange={(v) => set({ fixed: { ...draft.fixed, [field]: v } })}
                error={errors[`fixed.${field}`]}
              />
            )}
          </div>
        ))}
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('contactImport.mapping.valuesLegend')}</legend>
        {VALUE_MAP_FIELDS.map((field) => (
          <ValueMapField
            key={field}
            field={field}
            value={draft.values[field]}
            error={valueError(field)}
            onChange={(v) => set({ values: { ...draft.values, [field]: v } })}
          />
        ))}
      </fieldset>
      <SelectField
        label={t('contactImport.mapping.dateFormat')}
        hint={t('contactImport.mapping.dateFormatHint')}
        name="dateFormat"
        value={draft.dateFormat}
        onChange={(v) => set({ dateFormat: v as DateFormat })}
        options={DATE_FORMATS.map((f) => ({ value: f, label: f }))}
        error={errors['dateFormat']}
      />
      <TextField
        label={t('contactImport.mapping.timeZone')}
        name="timeZone"
        value={draft.timeZone}
        onChange={(timeZone) => set({ timeZone })}
        error={errors['timeZone']}
      />
      <SelectField
        label={t('contactImport.mapping.durationUnit')}
        name="durationUnit"
        value={draft.durationUnit}
        onChange={(v) => set({ durationUnit: v as MappingDraft['durationUnit'] })}
        options={DURATION_UNITS.map((u) => ({ value: u, label: t(`contactImport.durationUnits.${u}`) }))}
        error={errors['durationUnit']}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('contactImport.mapping.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
