/**
 * /surveys/:id/results: a survey's results for a period (issue #15; docs/metrics.md, "Surveys").
 * The response rate; per scale question and dimension the mean, SKR's index and the share
 * satisfied with their 95 % intervals and n, "uncertain" below 30 answers, the national 2024
 * index beside the SKR questions (shown as a comparison only with SKR's 100 answers); the answers
 * of yes/no and choice questions; a breakdown by channel, need, unit, resolution, version or
 * month. Every figure links to the answers behind it; every table is also a CSV and Excel file,
 * and the whole a PDF report.
 */
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  CHANNELS,
  NEEDS,
  RESOLUTIONS,
  type Channel,
  type Need,
  type Resolution,
} from '../../../core/contacts/taxonomy.js';
import { formatInteger, formatLocaleOf, formatMonth } from '../../../core/text/format.js';
import { useApiGet } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { today } from '../analysis/analysis-query.js';
import type { Topic } from '../topics/types.js';
import { ResultsTables, shareOrDash } from './results-tables.js';
import { resultsFiltersOf, resultsQuery, type FilterKey, type ResultsFilters } from './results-query.js';
import { BREAKDOWNS, type Breakdown, type Survey, type SurveyResults } from './types.js';

export function SurveyResultsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = resultsFiltersOf(params, today());
  const query = resultsQuery(filters);
  const survey = useApiGet<Survey>(`/api/surveys/${id}`);
  const results = useApiGet<SurveyResults>(`/api/surveys/${id}/results?${query}`);
  const name =
    survey.resource.status === 'ready'
      ? i18n.language.startsWith('en') && survey.resource.data.nameEn
        ? survey.resource.data.nameEn
        : survey.resource.data.name
      : t('surveys.results.title');
  return (
    <Page title={t('surveys.results.pageTitle', { name })}>
      <p>
        <Link to={`/surveys/${id}`}>{t('surveys.results.toSurvey')}</Link>
      </p>
      <p className="lead">{t('surveys.results.intro')}</p>
      <ResultsFilterForm
        filters={filters}
        survey={survey.resource.status === 'ready' ? survey.resource.data : null}
        onApply={(f) => setParams(new URLSearchParams(resultsQuery(f)))}
      />
      <p className="downloads">
        <a href={`/api/surveys/${id}/results.csv?${query}`} download>
          {t('surveys.results.csv')}
        </a>{' '}
        <a href={`/api/surveys/${id}/results.xlsx?${query}`} download>
          {t('surveys.results.xlsx')}
        </a>{' '}
        <a href={`/api/surveys/${id}/report.pdf?${query}`} download>
          {t('surveys.results.pdf')}
        </a>
      </p>
      {results.resource.status === 'loading' && <Loading />}
      {results.resource.status === 'error' && <LoadError error={results.resource.error} />}
      {results.resource.status === 'ready' && survey.resource.status === 'ready' && (
        <ResultsView
          surveyId={id}
          data={results.resource.data}
          survey={survey.resource.data}
          filters={filters}
        />
      )}
    </Page>
  );
}

function ResultsView({
  surveyId,
  data,
  survey,
  filters,
}: {
  surveyId: string;
  data: SurveyResults;
  survey: Survey;
  filters: ResultsFilters;
}) {
  const { t, i18n } = useTranslation();
  const locale = formatLocaleOf(i18n.language);
  const rate = data.responseRate;
  return (
    <>
      <section aria-labelledby="response-heading">
        <h2 id="response-heading">{t('surveys.results.responseHeading')}</h2>
        <p>
          {t('surveys.results.response', {
            answered: formatInteger(rate.answered, locale),
            delivered: formatInteger(rate.delivered, locale),
            rate: shareOrDash(rate.rate, rate.interval, locale),
          })}
        </p>
        <p className="muted">
          {t('surveys.results.versionNote', { version: data.version })} {t('surveys.results.openNote')}
        </p>
        <p>
          {t('surveys.results.respondents', { n: formatInteger(data.results.respondents, locale) })}{' '}
          <Link to={`/surveys/${surveyId}/answers?${resultsQuery({ ...filters, by: null })}`}>
            {t('surveys.results.allAnswers')}
          </Link>
        </p>
      </section>
      <ResultsTables
        surveyId={surveyId}
        results={data.results}
        national={data.national}
        survey={survey}
        filters={filters}
        caption={t('surveys.results.all')}
      />
      {data.groups && filters.by && (
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading">
            {t('surveys.results.byHeading', { by: t(`surveys.results.by.${filters.by}`) })}
          </h2>
          {data.groups.map((g) => {
            const label = groupLabel(filters.by!, g.key, g.label, t, locale);
            return (
              <section key={g.key ?? 'none'} className="result-group" aria-label={label}>
                <h3>{label}</h3>
                <p>
                  {t('surveys.results.response', {
                    answered: formatInteger(g.responseRate.answered, locale),
                    delivered: formatInteger(g.responseRate.delivered, locale),
                    rate: shareOrDash(g.responseRate.rate, g.responseRate.interval, locale),
                  })}
                </p>
                <ResultsTables
                  surveyId={surveyId}
                  results={g.results}
                  national={data.national}
                  survey={survey}
                  filters={filters}
                  group={g.key === null ? null : { by: filters.by!, key: g.key }}
                  caption={label}
                />
              </section>
            );
          })}
        </section>
      )}
    </>
  );
}

function groupLabel(
  by: Breakdown,
  key: string | null,
  label: string | null,
  t: TFunction,
  locale: 'sv' | 'en',
): string {
  if (label) return label;
  if (key === null) return t('surveys.results.noGroup');
  switch (by) {
    case 'channel':
      return t(`contacts.channels.${key as Channel}`);
    case 'need':
      return t(`contacts.needs.${key as Need}`);
    case 'resolution':
      return t(`contacts.resolutions.${key as Resolution}`);
    case 'version':
      return t('surveys.results.versionLabel', { version: key });
    case 'month':
      return formatMonth(key, locale);
    default:
      return key;
  }
}

function ResultsFilterForm({
  filters,
  survey,
  onApply,
}: {
  filters: ResultsFilters;
  survey: Survey | null;
  onApply: (f: ResultsFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const units = useApiGet<{ units: Unit[] }>('/api/units');
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics');
  const setFilter = (key: FilterKey, value: string) =>
    setDraft((d) => ({ ...d, filters: { ...d.filters, [key]: value || undefined } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const all = { value: '', label: t('surveys.results.allOption') };
  const versions = survey ? Array.from({ length: survey.version }, (_, i) => String(i + 1)) : [];
  return (
    <form className="filter-bar" noValidate onSubmit={submit} aria-label={t('surveys.results.filters')}>
      <TextField
        type="date"
        name="from"
        label={t('surveys.results.from')}
        value={draft.from}
        onChange={(from) => setDraft((d) => ({ ...d, from }))}
      />
      <TextField
        type="date"
        name="to"
        label={t('surveys.results.to')}
        value={draft.to}
        onChange={(to) => setDraft((d) => ({ ...d, to }))}
      />
      <SelectField
        name="version"
        label={t('surveys.results.version')}
        hint={t('surveys.results.versionHint')}
        value={draft.filters.version ?? ''}
        onChange={(v) => setFilter('version', v)}
        options={[
          { value: '', label: t('surveys.results.currentVersion') },
          ...versions.map((v) => ({ value: v, label: v })),
        ]}
      />
      <SelectField
        name="channel"
        label={t('surveys.results.channel')}
        value={draft.filters.channel ?? ''}
        onChange={(v) => setFilter('channel', v)}
        options={[all, ...CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))]}
      />
      <SelectField
        name="need"
        label={t('surveys.results.need')}
        value={draft.filters.need ?? ''}
        onChange={(v) => setFilter('need', v)}
        options={[all, ...NEEDS.map((n) => ({ value: n, label: t(`contacts.needs.${n}`) }))]}
      />
      <SelectField
        name="resolution"
        label={t('surveys.results.resolution')}
        value={draft.filters.resolution ?? ''}
        onChange={(v) => setFilter('resolution', v)}
        options={[all, ...RESOLUTIONS.map((r) => ({ value: r, label: t(`contacts.resolutions.${r}`) }))]}
      />
      <SelectField
        name="unitId"
        label={t('surveys.results.unit')}
        value={draft.filters.unitId ?? ''}
        onChange={(v) => setFilter('unitId', v)}
        options={[
          all,
          ...(units.resource.status === 'ready'
            ? units.resource.data.units
                .filter((u) => !u.archivedAt)
                .map((u) => ({ value: u.id, label: u.name }))
            : []),
        ]}
      />
      <SelectField
        name="topicId"
        label={t('surveys.results.topic')}
        value={draft.filters.topicId ?? ''}
        onChange={(v) => setFilter('topicId', v)}
        options={[
          all,
          ...(topics.resource.status === 'ready'
            ? topics.resource.data.topics
                .filter((x) => !x.retiredAt)
                .map((x) => ({ value: x.id, label: x.path }))
            : []),
        ]}
      />
      <SelectField
        name="by"
        label={t('surveys.results.byLabel')}
        value={draft.by ?? ''}
        onChange={(v) => setDraft((d) => ({ ...d, by: v === '' ? null : (v as Breakdown) }))}
        options={[
          { value: '', label: t('surveys.results.noBreakdown') },
          ...BREAKDOWNS.map((b) => ({ value: b, label: t(`surveys.results.by.${b}`) })),
        ]}
      />
      <button type="submit" className="button-primary align-end">
        {t('surveys.results.apply')}
      </button>
    </form>
  );
}
