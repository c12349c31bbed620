/**
 * /surveys/:id/answers: the answers behind a figure of the results (issue #15): each respondent's
 * answers (comments as stored, masked of personal data) with the contact's channel, topic, need,
 * unit, resolution and day; never an address, never a guide. Paged: "show more" asks for the next
 * page with the cursor the API gave. The filters are the results page's, plus the figure's own
 * question, answer or dimension.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatInteger, formatLocaleOf } from '../../../core/text/format.js';
import { api } from '../../api/client.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { FormAlert, LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { formatDate } from '../../i18n/format.js';
import { AnswerList } from './answer-list.js';
import { answerItemOf, type AnswerItem, type AnswersPage, type Dimension, type Survey } from './types.js';

export function SurveyAnswersPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const locale = formatLocaleOf(i18n.language);
  const query = params.toString();
  const survey = useApiGet<Survey>(`/api/surveys/${id}`);
  const first = useApiGet<AnswersPage>(`/api/surveys/${id}/answers?${query}`);
  // The pages after the first, for the query they were read for (a new query starts over).
  const [later, setLater] = useState<{ query: string; items: AnswerItem[]; cursor: string | null } | null>(
    null,
  );
  const own = later?.query === query ? later : null;
  const more = own?.items ?? [];
  const cursor = own ? own.cursor : first.resource.status === 'ready' ? first.resource.data.nextCursor : null;
  const loading = useSubmission();
  const loadMore = async () => {
    if (!cursor) return;
    await loading.run(async () => {
      const next = new URLSearchParams(params);
      next.set('cursor', cursor);
      const page = await api.get<AnswersPage>(`/api/surveys/${id}/answers?${next.toString()}`);
      setLater({ query, items: [...more, ...page.items.map(answerItemOf)], cursor: page.nextCursor });
    });
  };
  const back = new URLSearchParams(params);
  for (const key of ['question', 'value', 'dimension', 'cursor']) back.delete(key);
  const what = describe(
    params,
    survey.resource.status === 'ready' ? survey.resource.data : null,
    t,
    i18n.language,
  );
  return (
    <Page title={t('surveys.answers.title')}>
      <p>
        <Link to={`/surveys/${id}/results?${back.toString()}`}>{t('surveys.answers.back')}</Link>
      </p>
      <p className="lead">
        {t('surveys.answers.period', {
          from: formatDate(params.get('from'), i18n.language),
          to: formatDate(params.get('to'), i18n.language),
        })}
        {what && ` ${what}`}
      </p>
      <p className="muted">{t('surveys.answers.privacy')}</p>
      {first.resource.status === 'loading' && <Loading />}
      {first.resource.status === 'error' && <LoadError error={first.resource.error} />}
      {first.resource.status === 'ready' && survey.resource.status === 'ready' && (
        <>
          {first.resource.data.items.length === 0 ? (
            <p>{t('surveys.answers.none')}</p>
          ) : (
            <>
              <p role="status">
                {t('surveys.answers.shown', {
                  n: formatInteger(first.resource.data.items.length + more.length, locale),
                })}
              </p>
              <AnswerList
                items={[...first.resource.data.items.map(answerItemOf), ...more]}
                survey={survey.resource.data}
              />
            </>
          )}
          <FormAlert error={loading.error} />
          {cursor && (
            <button
              type="button"
              className="button-secondary"
              disabled={loading.pending}
              onClick={() => void loadMore()}
            >
              {t('surveys.answers.more')}
            </button>
          )}
        </>
      )}
    </Page>
  );
}

function describe(params: URLSearchParams, survey: Survey | null, t: TFunction, language: string): string {
  const dimension = params.get('dimension');
  if (dimension)
    return t('surveys.answers.forDimension', {
      dimension: t(`surveys.dimensions.${dimension as Dimension}`),
    });
  const key = params.get('question');
  if (!key) return '';
  const q = survey?.definition.questions.find((x) => x.key === key);
  const text = q ? (language.startsWith('en') && q.text.en ? q.text.en : q.text.sv) : key;
  const value = params.get('value');
  return value === null
    ? t('surveys.answers.forQuestion', { question: text })
    : t('surveys.answers.forAnswer', { question: text, value });
}
