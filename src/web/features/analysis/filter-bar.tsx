/**
 * The one filter bar of the Analys area: period, channel, unit, topic, need and resolution. It
 * applies to every chart of every sub-page and lives in the address (analysis-query.ts); the
 * period is checked here as the API checks it (real days, in order, at most three years).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import type { Unit } from '../../api/types.js';
import { SelectField, TextField, type SelectOption } from '../../components/fields.js';
import type { Topic } from '../contacts/contact-types.js';
import { unitFilterChoices, useContactScopeView } from '../../session/contact-scope.js';
import { defaultPeriod, periodErrors, type AnalysisFilters, type PeriodError } from './analysis-query.js';

/** The filter bar's fields as text: '' for "all". */
interface Draft {
  from: string;
  to: string;
  channel: string;
  unitId: string;
  topicId: string;
  need: string;
  resolution: string;
}

function draftOf(filters: AnalysisFilters): Draft {
  return {
    from: filters.from,
    to: filters.to,
    channel: filters.channel ?? '',
    unitId: filters.unitId ?? '',
    topicId: filters.topicId ?? '',
    need: filters.need ?? '',
    resolution: filters.resolution ?? '',
  };
}

function filtersOfDraft(draft: Draft): AnalysisFilters {
  const some = <T extends string>(value: string) => (value === '' ? undefined : (value as T));
  return {
    from: draft.from.trim(),
    to: draft.to.trim(),
    channel: some(draft.channel),
    unitId: some(draft.unitId),
    topicId: some(draft.topicId),
    need: some(draft.need),
    resolution: some(draft.resolution),
  };
}

/** Topics in catalogue order by path; retired ones marked, as a past period may hold them. */
export function topicOptions(topics: readonly Topic[], retiredLabel: string): SelectOption[] {
  return [...topics]
    .sort((a, b) => a.path.localeCompare(b.path, 'sv'))
    .map((topic) => ({
      value: topic.id,
      label: topic.retiredAt ? `${topic.path} (${retiredLabel})` : topic.path,
    }));
}

export function FilterBar({
  filters,
  units,
  topics,
  today,
  onApply,
}: {
  filters: AnalysisFilters;
  /** Null while the catalogue loads: only "all" (and a chosen value) is offered. */
  units: readonly Unit[] | null;
  topics: readonly Topic[] | null;
  /** Decides the default period that "Återställ" returns to. */
  today: string;
  onApply: (filters: AnalysisFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(filters));
  const [errors, setErrors] = useState<{ from?: PeriodError; to?: PeriodError }>({});
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const all: SelectOption = { value: '', label: t('analysis.filters.all') };
  // A department contact's units only, "Alla" named after them (issue #13).
  const unitChoices = unitFilterChoices(units ?? [], useContactScopeView(), all.label);
  /** A chosen id that the lists do not (yet) hold stays chosen rather than silently changing. */
  const keepChosen = (options: SelectOption[], value: string): SelectOption[] =>
    value && !options.some((o) => o.value === value)
      ? [...options, { value, label: t('analysis.filters.chosen') }]
      : options;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodErrors(draft.from.trim(), draft.to.trim());
    setErrors(found);
    if (!found.from && !found.to) onApply(filtersOfDraft(draft));
  };
  const reset = () => {
    const next: AnalysisFilters = { ...defaultPeriod(today) };
    setDraft(draftOf(next));
    setErrors({});
    onApply(next);
  };
  const periodError = (error: PeriodError | undefined) =>
    error ? t(`analysis.filters.errors.${error}`) : undefined;
  return (
    <form
      className="filters analysis-filters"
      noValidate
      onSubmit={submit}
      aria-labelledby="analysis-filters-heading"
    >
      <h2 id="analysis-filters-heading">{t('analysis.filters.heading')}</h2>
      <p className="field-hint">{t('analysis.filters.hint')}</p>
      <div className="filter-grid">
        <TextField
          type="date"
          name="from"
          label={t('analysis.filters.from')}
          hint={t('analysis.filters.dateHint')}
          value={draft.from}
          onChange={set('from')}
          error={periodError(errors.from)}
        />
        <TextField
          type="date"
          name="to"
          label={t('analysis.filters.to')}
          hint={t('analysis.filters.dateHint')}
          value={draft.to}
          onChange={set('to')}
          error={periodError(errors.to)}
        />
        <SelectField
          name="channel"
          label={t('analysis.filters.channel')}
          value={draft.channel}
          onChange={set('channel')}
          options={[all, ...CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))]}
        />
        <SelectField
          name="unitId"
          label={t('analysis.filters.unit')}
          value={draft.unitId}
          onChange={set('unitId')}
          options={keepChosen([unitChoices.any, ...unitChoices.options], draft.unitId)}
        />
        <SelectField
          name="topicId"
          label={t('analysis.filters.topic')}
          value={draft.topicId}
          onChange={set('topicId')}
          options={keepChosen(
            [all, ...(topics ? topicOptions(topics, t('topics.retired')) : [])],
            draft.topicId,
          )}
        />
        <SelectField
          name="need"
          label={t('analysis.filters.need')}
          value={draft.need}
          onChange={set('need')}
          options={[all, ...NEEDS.map((n) => ({ value: n, label: t(`contacts.needs.${n}`) }))]}
        />
        <SelectField
          name="resolution"
          label={t('analysis.filters.resolution')}
          value={draft.resolution}
          onChange={set('resolution')}
          options={[all, ...RESOLUTIONS.map((r) => ({ value: r, label: t(`contacts.resolutions.${r}`) }))]}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('analysis.filters.apply')}
        </button>
        <button type="button" className="button-secondary" onClick={reset}>
          {t('analysis.filters.reset')}
        </button>
      </div>
    </form>
  );
}
