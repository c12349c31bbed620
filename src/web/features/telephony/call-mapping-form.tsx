/**
 * Creates or changes a column mapping for CSV files of calls or interval counts: its name and
 * source, what the file holds, the header of each field's column (the start as one column or as a
 * date and a time column; the queue as a column or one fixed queue), the source's codes for ours
 * as rows to add and remove, and how dates and times are written. The server checks what the
 * mapping means; its field errors are shown at the inputs (call-mapping-draft.ts puts them there).
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DURATION_UNITS, type DurationUnit } from '../../../core/contacts/intake-cells.js';
import { DATE_FORMATS, type DateFormat } from '../../../core/contacts/intake-time.js';
import {
  ANSWERED_ENDS,
  CALL_MAPPING_KINDS,
  CALL_OUTCOMES,
  START_FIELDS,
  type AnyField,
  type CallMappingKind,
} from '../../../core/telephony/call-mapping.js';
import { ApiError } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import {
  callMappingBodyOf,
  callMappingFieldErrors,
  withCodeRow,
  type CallMappingBody,
  type CallMappingDraft,
  type CodeRow,
  type CodeRowProblem,
  type CodeTable,
  type QueueMode,
  type StartMode,
} from './call-mapping-draft.js';

/** A fieldset of radio buttons with its legend and error, and what belongs to the choice below. */
function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
  children,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string | undefined;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="field-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="radio-list">
        {options.map((o) => (
          <div className="radio" key={o.value}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/** One line of a code table: the source's code, what it means, and its removal. */
function CodeRowFields({
  table,
  row,
  number,
  error,
  invalid,
  inputRef,
  onChange,
  onRemove,
}: {
  table: CodeTable;
  row: CodeRow;
  number: number;
  error: string | undefined;
  invalid: 'theirs' | 'ours' | null;
  inputRef: (input: HTMLInputElement | null) => void;
  onChange: (row: CodeRow) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const rowText = t('telephony.mappings.form.row', { row: number });
  const errorId = error ? `${id}-error` : undefined;
  const choices =
    table === 'outcomes'
      ? CALL_OUTCOMES.map((code) => ({ code, label: t(`telephony.mappings.form.outcomeValues.${code}`) }))
      : ANSWERED_ENDS.map((code) => ({
          code,
          label: t(`telephony.mappings.form.answeredEndValues.${code}`),
        }));
  return (
    <li className="code-row">
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-theirs`}>
          {t('telephony.mappings.form.code')} <span className="visually-hidden">{rowText}</span>
        </label>
        <input
          ref={inputRef}
          id={`${id}-theirs`}
          type="text"
          name={`${table}.${number}.code`}
          value={row.theirs}
          onChange={(e) => onChange({ ...row, theirs: e.target.value })}
          aria-invalid={invalid === 'theirs' ? true : undefined}
          aria-describedby={errorId}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ours`}>
          {t('telephony.mappings.form.ours')} <span className="visually-hidden">{rowText}</span>
        </label>
        <select
          id={`${id}-ours`}
          name={`${table}.${number}.ours`}
          value={row.ours}
          onChange={(e) => onChange({ ...row, ours: e.target.value })}
          aria-invalid={invalid === 'ours' ? true : undefined}
          aria-describedby={errorId}
        >
          <option value="">{t('telephony.mappings.form.choose')}</option>
          {choices.map(({ code, label }) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-link" onClick={onRemove}>
        {t('telephony.mappings.form.removeCode')} <span className="visually-hidden">{rowText}</span>
      </button>
    </li>
  );
}

/**
 * A code table: rows to add and remove. A new row gets the focus; after a removal the focus goes
 * to the add button, so the keyboard never lands on nothing.
 */
function CodeTableFields({
  table,
  rows,
  onChange,
  errorOf,
  groupError,
}: {
  table: CodeTable;
  rows: readonly CodeRow[];
  onChange: (rows: CodeRow[]) => void;
  errorOf: (row: CodeRow) => { text: string; on: 'theirs' | 'ours' } | null;
  groupError: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the rows have changed on screen.
  const focusNext = useRef<number | 'add' | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (next === null) return;
    focusNext.current = null;
    if (next === 'add') addButton.current?.focus();
    else inputs.current.get(next)?.focus();
  });
  const describedBy = [`${id}-hint`, groupError && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset className="field-group" aria-describedby={describedBy}>
      <legend>{t(`telephony.mappings.form.codes.${table}.legend`)}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t(`telephony.mappings.form.codes.${table}.hint`)}
      </p>
      {groupError && (
        <p className="field-error" id={`${id}-error`}>
          {groupError}
        </p>
      )}
      {rows.length > 0 && (
        <ol className="code-rows">
          {rows.map((row, index) => {
            const error = errorOf(row);
            return (
              <CodeRowFields
                key={row.id}
                table={table}
                row={row}
                number={index + 1}
                error={error?.text}
                invalid={error?.on ?? null}
                inputRef={(input) => {
                  if (input) inputs.current.set(row.id, input);
                  else inputs.current.delete(row.id);
                }}
                onChange={(changed) => onChange(rows.map((r) => (r.id === row.id ? changed : r)))}
                onRemove={() => {
                  focusNext.current = 'add';
                  onChange(rows.filter((r) => r.id !== row.id));
                }}
              />
            );
          })}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        className="button-secondary"
        onClick={() => {
          const added = withCodeRow(rows);
          focusNext.current = added[added.length - 1]?.id ?? null;
          onChange(added);
        }}
      >
        {t('telephony.mappings.form.addCode')}
      </button>
    </fieldset>
  );
}

const CALL_COLUMNS: readonly AnyField[] = ['outcome', 'waitSeconds', 'talkSeconds', 'answeredEnd'];
const INTERVAL_COLUMNS: readonly AnyField[] = [
  'offered',
  'answered',
  'abandoned',
  'answeredWaitSeconds',
  'answeredWaitUnder60',
  'answeredWaitMax120',
  'abandonedWaitSeconds',
];

export function CallMappingForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: CallMappingDraft;
  onSave: (body: CallMappingBody) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [rowProblems, setRowProblems] = useState<ReadonlyMap<string, CodeRowProblem>>(new Map());
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const { pending, error, run } = useSubmission();
  const errors = callMappingFieldErrors(error?.fieldErrors ?? [], draft);
  const set = (change: Partial<CallMappingDraft>) => setDraft((d) => ({ ...d, ...change }));
  const start = START_FIELDS[draft.kind];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = callMappingBodyOf(draft);
    if ('rowProblems' in result) {
      setRowProblems(result.rowProblems);
      setLocalError(new ApiError(0, 'code_rows', t('telephony.mappings.form.fixRows')));
      return;
    }
    setRowProblems(new Map());
    setLocalError(null);
    await run(() => onSave(result.body));
  };

  const column = (field: AnyField) => (
    <TextField
      key={field}
      label={t(`telephony.mappings.form.fields.${field}.label`)}
      hint={t(`telephony.mappings.form.fields.${field}.hint`)}
      name={`columns.${field}`}
      value={draft.columns[field]}
      onChange={(header) => setDraft((d) => ({ ...d, columns: { ...d.columns, [field]: header } }))}
      error={errors.byField.get(`columns.${field}`)}
    />
  );

  const codeError = (table: CodeTable) => (row: CodeRow) => {
    const problem = rowProblems.get(`${table}.${row.id}`);
    if (problem)
      return {
        text: t(`telephony.mappings.form.rowErrors.${problem.code}`, {
          row: problem.code === 'duplicate' ? problem.row : 0,
        }),
        on: problem.code === 'oursMissing' ? ('ours' as const) : ('theirs' as const),
      };
    const server = errors.byField.get(`${table}.${row.id}`);
    return server ? { text: server, on: 'theirs' as const } : null;
  };

  const showAnsweredEnds = draft.columns.answeredEnd.trim() !== '' || draft.answeredEnds.length > 0;

  return (
    <form className="form call-mapping-form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={localError ?? error} other={localError ? [] : errors.other} />
      <TextField
        label={t('telephony.mappings.form.name')}
        hint={t('telephony.mappings.form.nameHint')}
        name="name"
        value={draft.name}
        onChange={(name) => set({ name })}
        error={errors.byField.get('name')}
        required
      />
      <TextField
        label={t('telephony.mappings.form.source')}
        hint={t('telephony.mappings.form.sourceHint')}
        name="source"
        value={draft.source}
        onChange={(source) => set({ source })}
        error={errors.byField.get('source')}
        required
      />
      <RadioGroup<CallMappingKind>
        legend={t('telephony.mappings.form.kind')}
        name="kind"
        value={draft.kind}
        options={CALL_MAPPING_KINDS.map((kind) => ({
          value: kind,
          label: t(`telephony.mappings.form.kinds.${kind}`),
        }))}
        onChange={(kind) => set({ kind })}
        error={errors.byField.get('kind')}
      />
      <fieldset className="field-group">
        <legend>{t('telephony.mappings.form.columnsLegend')}</legend>
        <p className="field-hint">{t('telephony.mappings.form.columnsHint')}</p>
        {draft.kind === 'calls' && column('callId')}
        <RadioGroup<StartMode>
          legend={t(`telephony.mappings.form.startLegend.${draft.kind}`)}
          name="start"
          value={draft.start}
          options={[
            {
              value: 'one',
              label: t(
                draft.kind === 'calls'
                  ? 'telephony.mappings.form.start.one'
                  : 'telephony.mappings.form.start.oneIntervals',
              ),
            },
            { value: 'two', label: t('telephony.mappings.form.start.two') },
          ]}
          onChange={(mode) => set({ start: mode })}
        >
          {draft.start === 'one' ? column(start.at) : [column(start.date), column(start.time)]}
        </RadioGroup>
        <RadioGroup<QueueMode>
          legend={t('telephony.mappings.form.queueLegend')}
          name="queueMode"
          value={draft.queue}
          options={[
            { value: 'column', label: t('telephony.mappings.form.queueModes.column') },
            { value: 'fixed', label: t('telephony.mappings.form.queueModes.fixed') },
          ]}
          onChange={(queue) => set({ queue })}
        >
          {draft.queue === 'column' ? (
            column('queue')
          ) : (
            <TextField
              label={t('telephony.mappings.form.fixedQueue')}
              hint={t('telephony.mappings.form.fixedQueueHint')}
              name="fixedQueue"
              value={draft.fixedQueue}
              onChange={(fixedQueue) => set({ fixedQueue })}
              error={errors.byField.get('fixedQueue')}
            />
          )}
        </RadioGroup>
        {(draft.kind === 'calls' ? CALL_COLUMNS : INTERVAL_COLUMNS).map(column)}
      </fieldset>
      {draft.kind === 'calls' && (
        <>
          <CodeTableFields
            table="outcomes"
            rows={draft.outcomes}
            onChange={(outcomes) => set({ outcomes })}
            errorOf={codeError('outcomes')}
            groupError={errors.byField.get('outcomes')}
          />
          {showAnsweredEnds && (
            <CodeTableFields
              table="answeredEnds"
              rows={draft.answeredEnds}
              onChange={(answeredEnds) => set({ answeredEnds })}
              errorOf={codeError('answeredEnds')}
              groupError={errors.byField.get('answeredEnds')}
            />
          )}
        </>
      )}
      <SelectField
        label={t('telephony.mappings.form.dateFormat')}
        hint={t('telephony.mappings.form.dateFormatHint')}
        name="dateFormat"
        value={draft.dateFormat}
        onChange={(v) => set({ dateFormat: v as DateFormat })}
        options={DATE_FORMATS.map((f) => ({
          value: f,
          label: t(`telephony.mappings.form.dateFormats.${f}`),
        }))}
        error={errors.byField.get('dateFormat')}
      />
      <SelectField
        label={t('telephony.mappings.form.durationUnit')}
        hint={t('telephony.mappings.form.durationUnitHint')}
        name="durationUnit"
        value={draft.durationUnit}
        onChange={(v) => set({ durationUnit: v as DurationUnit })}
        options={DURATION_UNITS.map((u) => ({
          value: u,
          label: t(`telephony.mappings.form.durationUnits.${u}`),
        }))}
        error={errors.byField.get('durationUnit')}
      />
      <p className="field-hint">{t('telephony.mappings.form.timeZone', { zone: draft.timeZone })}</p>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('telephony.mappings.form.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
