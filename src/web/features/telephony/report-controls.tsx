/** The weekly report's choices: which queues (all, a group, one queue) and which weeks. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, type SelectOption } from '../../components/fields.js';
import { weekErrors, type ReportQuery } from './report-query.js';
import type { Queue, Scopes } from './types.js';

/** A queue as people know it: its label, with the PBX's name beside it when they differ. */
export function queueName(queue: Queue): string {
  return queue.label && queue.label !== queue.name ? `${queue.label} (${queue.name})` : queue.name;
}

export function ReportControls({
  query,
  scopes,
  onApply,
}: {
  query: ReportQuery;
  /** Null while the queues load (or when they could not be): only "all queues" is offered. */
  scopes: Scopes | null;
  onApply: (query: ReportQuery) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const [errors, setErrors] = useState<ReturnType<typeof weekErrors>>({});
  const options: SelectOption[] = [
    { value: 'all', label: t('telephony.report.allQueues') },
    ...(scopes?.groups ?? []).map((g) => ({
      value: `group:${g.id}`,
      label: t('telephony.report.groupOption', { name: g.name }),
    })),
    ...(scopes?.queues ?? []).map((q) => ({
      value: `queue:${q.id}`,
      label: t('telephony.report.queueOption', { name: queueName(q) }),
    })),
  ];
  // A bookmarked scope that is not (yet) in the list stays chosen rather than silently changing.
  if (!options.some((o) => o.value === draft.scope))
    options.push({ value: draft.scope, label: t('telephony.report.chosenScope') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = weekErrors(draft.from, draft.to);
    setErrors(found);
    if (!found.from && !found.to) onApply(draft);
  };
  const weekError = (error: 'invalid' | 'order' | undefined) =>
    error === 'order'
      ? t('telephony.report.weekOrder')
      : error === 'invalid'
        ? t('telephony.report.weekInvalid')
        : undefined;
  return (
    <form
      className="filters report-controls"
      noValidate
      onSubmit={submit}
      aria-labelledby="report-controls-heading"
    >
      <h2 id="report-controls-heading">{t('telephony.report.controlsHeading')}</h2>
      <div className="filter-grid">
        <SelectField
          name="scope"
          label={t('telephony.report.scope')}
          hint={t('telephony.report.scopeHint')}
          value={draft.scope}
          onChange={(scope) => setDraft((d) => ({ ...d, scope }))}
          options={options}
        />
        <TextField
          type="week"
          name="from"
          label={t('telephony.report.from')}
          hint={t('telephony.report.weekHint')}
          value={draft.from}
          onChange={(from) => setDraft((d) => ({ ...d, from: from.trim().toUpperCase() }))}
          error={weekError(errors.from)}
        />
        <TextField
          type="week"
          name="to"
          label={t('telephony.report.to')}
          hint={t('telephony.report.weekHint')}
          value={draft.to}
          onChange={(to) => setDraft((d) => ({ ...d, to: to.trim().toUpperCase() }))}
          error={weekError(errors.to)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('telephony.report.show')}
        </button>
      </div>
    </form>
  );
}
