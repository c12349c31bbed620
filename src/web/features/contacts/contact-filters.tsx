/**
 * The filter form of the contact list (period, channel, need, topic, unit, resolution, failure
 * demand), and the chips of the drill-down filters the form has no field for.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import type { Unit } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { unitFilterChoices, useContactScopeView } from '../../session/contact-scope.js';
import { unitNamesById } from '../units/unit-view-model.js';
import { DateField } from '../../components/date-fields.js';
import {
  activeDrillDowns,
  NO_FILTERS,
  type ContactFilters,
  type DrillDownKey,
} from './contact-list-query.js';
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
  // A department contact's units only, "Alla" named after them (issue #13).
  const unitChoices = unitFilterChoices(units, useContactScopeView(), all.label);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" noValidate onSubmit={submit} aria-labelledby="contact-filters-heading">
      <h2 id="contact-filters-heading">{t('contacts.list.filtersHeading')}</h2>
      <div className="filter-grid">
        <DateField name="from" label={t('contacts.list.from')} value={draft.from} onChange={set('from')} />
        <DateField name="to" label={t('contacts.list.to')} value={draft.to} onChange={set('to')} />
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
          options={[unitChoices.any, ...unitChoices.options]}
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

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** What a drill-down filter narrows the list to, in words: "Veckodag måndag", "Kön: saknas". */
function drillDownLabel(
  t: TFunction,
  key: DrillDownKey,
  filters: ContactFilters,
  unitName: (id: string) => string,
): string {
  const field = (name: string, value: string) => t('contacts.list.drillDown.field', { name, value });
  const notRecorded = t('contacts.list.drillDown.notRecorded');
  const yesNo = (v: string) => (v === 'true' ? t('contacts.today.yes') : t('contacts.today.no'));
  switch (key) {
    case 'weekday':
      return filters.weekday === ''
        ? ''
        : t('contacts.list.drillDown.weekday', {
            day: t(`contacts.list.drillDown.weekdays.${filters.weekday}`),
          });
    case 'hour': {
      const hour = Number(filters.hour);
      return t('contacts.list.drillDown.hour', { from: twoDigits(hour), to: twoDigits(hour + 1) });
    }
    case 'gender':
      return field(
        t('contacts.fields.gender'),
        filters.gender === 'none' || filters.gender === ''
          ? notRecorded
          : t(`contacts.genders.${filters.gender}`),
      );
    case 'ageBand':
      return field(t('contacts.fields.ageBand'), filters.ageBand === 'none' ? notRecorded : filters.ageBand);
    case 'district':
      return field(t('contacts.fields.district'), filters.district);
    case 'noDistrict':
      return field(t('contacts.fields.district'), notRecorded);
    case 'failureReason':
      return field(
        t('contacts.list.failureDemand'),
        filters.failureReason === '' ? '' : t(`contacts.failureReasons.${filters.failureReason}`),
      );
    case 'existingCase':
      return field(t('contacts.fields.existingCase'), yesNo(filters.existingCase));
    case 'forwardedToUnitId':
      return field(t('contacts.fields.forwardedTo'), unitName(filters.forwardedToUnitId));
  }
}

/**
 * The drill-down filters in force (from a chart in the analysis), each a button that removes it,
 * so the person sees why the list is narrowed. After a removal the focus goes to the next chip,
 * or, with none left, to the element with the id `focusWhenEmpty`.
 */
export function DrillDownChips({
  filters,
  units,
  onRemove,
  focusWhenEmpty,
}: {
  filters: ContactFilters;
  /** null while the units load. */
  units: readonly Unit[] | null;
  onRemove: (key: DrillDownKey) => void;
  focusWhenEmpty: string;
}) {
  const { t } = useTranslation();
  const active = activeDrillDowns(filters);
  const group = useRef<HTMLDivElement>(null);
  /** The place of the chip just removed, until the list of chips has changed. */
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const buttons = group.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(at, buttons.length - 1)];
    if (next) next.focus();
    else document.getElementById(focusWhenEmpty)?.focus();
  }, [active.length, focusWhenEmpty]);
  // Kept mounted with no chips, so the focus can still be moved after the last one goes.
  const names = units ? unitNamesById(units) : null;
  const unitName = (id: string) =>
    names ? (names.get(id) ?? t('contacts.list.drillDown.unknownUnit')) : t('common.loading');
  return (
    <div ref={group} role="group" aria-labelledby="contact-drilldown-intro" hidden={active.length === 0}>
      <p id="contact-drilldown-intro">{t('contacts.list.drillDown.intro')}</p>
      <div className="actions">
        {active.map((key, index) => {
          const label = drillDownLabel(t, key, filters, unitName);
          return (
            <button
              key={key}
              type="button"
              className="button-secondary"
              aria-label={t('contacts.list.drillDown.remove', { filter: label })}
              onClick={() => {
                removedAt.current = index;
                onRemove(key);
              }}
            >
              {label} <span aria-hidden="true">×</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
