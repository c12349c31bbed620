/** The filter form of the contact list: period, channel, need, topic, unit, resolution, failure demand. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import type { Unit } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { unitOptions } from '../units/unit-view-model.js';
import { TextInput } from './contact-inputs.js';
import { NO_FILTERS, type ContactFilters } from './contact-list-query.js';
import type { Topic } from './contact-types.js';

export function ContactFiltersForm({
  filters,
  topics,
  units,
  onApply,
}: {
  filters: ContactFilters;
  topics: readonly Topic[];
  units: readonly Unit[];
  onApply: (filters: ContactFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const set =
    <K extends keyof ContactFilters>(key: K) =>
    (value: string) =>
      setDraft((d) => ({ ...d, [key]: value as ContactFilters[K] }));
  const all = { value: '', label: t('contacts.list.any') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" noValidate onSubmit={submit} aria-labelledby="contact-filters-heading">
      <h2 id="contact-filters-heading">{t('contacts.list.filtersHeading')}</h2>
      <div className="filter-grid">
        <TextInput
          type="date"
          name="from"
          label={t('contacts.list.from')}
          value={draft.from}
          onChange={set('from')}
        />
        <TextInput
          type="date"
          name="to"
          label={t('contacts.list.to')}
          value={draft.to}
          onChange={set('to')}
        />
        <SelectField
          name="channel"
          label={t('contacts.fields.channel')}
          value={draft.channel}
          onChange={set('channel')}
          options={[all, ...CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))]}
        />
        <SelectField
          name="need"
          label={t('contacts.fields.need')}
          value={draft.need}
          onChange={set('need')}
          options={[all, ...NEEDS.map((n) => ({ value: n, label: t(`contacts.needs.${n}`) }))]}
        />
        <SelectField
          name="topicId"
          label={t('contacts.fields.topic')}
          value={draft.topicId}
          onChange={set('topicId')}
          options={[all, ...topics.map((topic) => ({ value: topic.id, label: topic.path }))]}
        />
        <SelectField
          name="unitId"
          label={t('contacts.list.unit')}
          value={draft.unitId}
          onChange={set('unitId')}
          options={[all, ...unitOptions(units)]}
        />
        <SelectField
          name="resolution"
          label={t('contacts.fields.resolution')}
          value={draft.resolution}
          onChange={set('resolution')}
          options={[all, ...RESOLUTIONS.map((r) => ({ value: r, label: t(`contacts.resolutions.${r}`) }))]}
        />
        <SelectField
          name="failureDemand"
          label={t('contacts.list.failureDemand')}
          value={draft.failureDemand}
          onChange={set('failureDemand')}
          options={[
            all,
            { value: 'true', label: t('contacts.today.yes') },
            { value: 'false', label: t('contacts.today.no') },
          ]}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('contacts.list.apply')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('contacts.list.clear')}
        </button>
      </div>
    </form>
  );
}
