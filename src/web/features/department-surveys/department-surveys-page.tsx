/**
 * /department-surveys (Förvaltningarnas nöjdhet, issue #15): the departments' verdict on the
 * contact centre, per department with the rounds side by side (the samarbete index with its 95%
 * interval, n and the response rate), the "one thing" each department wants changed, each with
 * its improvement card or a button that starts one; and, for those who run the survey, a form that
 * sends a round. A department contact sees their own department only (the API narrows it).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDecimal, formatLocaleOf, formatPercent } from '../../../core/text/format.js';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { TableWrap } from '../../components/table-wrap.js';
import { useCan } from '../../session/session.js';
import type { DepartmentResults, Scale } from './types.js';

interface SurveyItem {
  id: string;
  name: string;
  status: string;
}

export function DepartmentSurveysPage() {
  const { t } = useTranslation();
  const list = useApiGet<{ surveys: SurveyItem[] }>('/api/department-surveys');
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Page title={t('departmentSurveys.title')}>
      <p className="lead">{t('departmentSurveys.intro')}</p>
      {list.resource.status === 'loading' && <Loading />}
      {list.resource.status === 'error' && <LoadError error={list.resource.error} />}
      {list.resource.status === 'ready' &&
        (list.resource.data.surveys.length === 0 ? (
          <p>{t('departmentSurveys.none')}</p>
        ) : (
          <>
            {list.resource.data.surveys.length > 1 && (
              <SelectField
                label={t('departmentSurveys.survey')}
                name="survey"
                value={chosen ?? list.resource.data.surveys[0]!.id}
                onChange={setChosen}
                options={list.resource.data.surveys.map((s) => ({ value: s.id, label: s.name }))}
              />
            )}
            <SurveyResults surveyId={chosen ?? list.resource.data.surveys[0]!.id} />
          </>
        ))}
    </Page>
  );
}

function SurveyResults({ surveyId }: { surveyId: string }) {
  const can = useCan();
  const results = useApiGet<DepartmentResults>(`/api/department-surveys/${surveyId}/results`);
  const [status, setStatus] = useStatus();
  return (
    <>
      {can('surveys:write') && (
        <OpenRoundForm
          surveyId={surveyId}
          onOpened={(text) => {
            setStatus(text);
            results.reload();
          }}
        />
      )}
      <StatusMessage text={status} />
      {results.resource.status === 'loading' && <Loading />}
      {results.resource.status === 'error' && <LoadError error={results.resource.error} />}
      {results.resource.status === 'ready' && (
        <>
          <ResultsTable data={results.resource.data} />
          <Changes
            data={results.resource.data}
            onStarted={(text) => {
              setStatus(text);
              results.reload();
            }}
          />
        </>
      )}
    </>
  );
}

function OpenRoundForm({ surveyId, onOpened }: { surveyId: string; onOpened: (text: string) => void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState('');
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, ['period']);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let opened: { period: string; invitations: number } | null = null;
    const body = period.trim() === '' ? {} : { period: period.trim().toUpperCase() };
    const ok = await submission.run(async () => {
      opened = await api.post<{ period: string; invitations: number }>(
        `/api/department-surveys/${surveyId}/rounds`,
        body,
      );
    });
    if (ok && opened) {
      const { period: sent, invitations } = opened;
      setPeriod('');
      onOpened(t('departmentSurveys.round.opened', { period: sent, count: invitations }));
    }
  };
  return (
    <section aria-labelledby="round-heading">
      <h2 id="round-heading">{t('departmentSurveys.round.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert error={submission.error} />
        <TextField
          label={t('departmentSurveys.round.period')}
          hint={t('departmentSurveys.round.periodHint')}
          name="period"
          value={period}
          onChange={setPeriod}
          error={errors.byField.get('period')}
        />
        <button type="submit" className="button-primary" disabled={submission.pending}>
          {t('departmentSurveys.round.send')}
        </button>
      </form>
    </section>
  );
}

function ResultsTable({ data }: { data: DepartmentResults }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocaleOf(i18n.language);
  if (data.rounds.length === 0) return <p>{t('departmentSurveys.noRounds')}</p>;
  const cell = (scale: Scale | null, rate: number | null) => {
    if (!scale || scale.index === null)
      return <span className="muted">{t('departmentSurveys.noAnswers')}</span>;
    return (
      <>
        <strong>{formatDecimal(scale.index, 1, locale)}</strong>
        {scale.indexInterval && (
          <>
            {' '}
            ({formatDecimal(scale.indexInterval.low, 0, locale)}–
            {formatDecimal(scale.indexInterval.high, 0, locale)})
          </>
        )}
        <br />
        {t('departmentSurveys.n', { n: scale.n })}
        {rate !== null && <>, {t('departmentSurveys.rate', { rate: formatPercent(rate, locale, 0) })}</>}
        {scale.uncertain && <> {t('departmentSurveys.uncertain')}</>}
      </>
    );
  };
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('departmentSurveys.resultsHeading')}</h2>
      <p>{t('departmentSurveys.resultsIntro')}</p>
      <TableWrap>
        <table>
          <caption>{t('departmentSurveys.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('departmentSurveys.department')}</th>
              {data.rounds.map((r) => (
                <th scope="col" key={r.id}>
                  {r.period}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.departments.map((d) => (
              <tr key={d.id ?? 'all'}>
                <th scope="row">{d.name ?? t('departmentSurveys.allDepartments')}</th>
                {d.rounds.map((r) => (
                  <td key={r.roundId}>{cell(r.dimension, r.responseRate.rate)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function Changes({ data, onStarted }: { data: DepartmentResults; onStarted: (text: string) => void }) {
  const { t } = useTranslation();
  const submission = useSubmission();
  const period = new Map(data.rounds.map((r) => [r.id, r.period]));
  const department = new Map(data.departments.map((d) => [d.id, d.name]));
  const start = async (invitationId: string, text: string) => {
    const title = text.length > 80 ? `${text.slice(0, 79)}…` : text;
    if (
      await submission.run(() =>
        api.post(`/api/department-surveys/answers/${invitationId}/improvement`, { title }),
      )
    )
      onStarted(t('departmentSurveys.changes.started'));
  };
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('departmentSurveys.changes.heading')}</h2>
      <FormAlert error={submission.error} />
      {data.changes.length === 0 ? (
        <p>{t('departmentSurveys.changes.none')}</p>
      ) : (
        <ul className="cards-list">
          {data.changes.map((c) => (
            <li key={c.invitationId} className="card">
              <p>{c.text}</p>
              <p className="muted">
                {department.get(c.departmentId)}, {period.get(c.roundId)}
              </p>
              {c.improvement ? (
                <p>
                  {t('departmentSurveys.changes.card')}{' '}
                  <Link to={`/improvements/${c.improvement.id}`}>{c.improvement.title}</Link>
                </p>
              ) : (
                data.canStartImprovement && (
                  <button
                    type="button"
                    disabled={submission.pending}
                    onClick={() => void start(c.invitationId, c.text)}
                  >
                    {t('departmentSurveys.changes.start')}
                    <span className="visually-hidden">: {c.text}</span>
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
