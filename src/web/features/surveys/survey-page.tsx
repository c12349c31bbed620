/**
 * /surveys/:id: one survey. Its status (start, pause, close), its invitation rules, its
 * questions (a new version once it has been sent, which the page says), and a single-use link
 * made by hand for an IVR to read out or to try the survey.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInteger, formatLocaleOf } from '../../../core/text/format.js';
import { api } from '../../api/client.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { formatDateTime } from '../../i18n/format.js';
import { SurveyQuestionsForm } from './survey-questions-form.js';
import { SurveyRulesForm } from './survey-rules-form.js';
import type { Survey, SurveyStatus } from './types.js';

/** The moves a survey's status allows, in the order the buttons stand. */
const MOVES: Record<SurveyStatus, SurveyStatus[]> = {
  draft: ['active', 'closed'],
  active: ['paused', 'closed'],
  paused: ['active', 'closed'],
  closed: [],
};

export function SurveyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { resource, reload } = useApiGet<Survey>(`/api/surveys/${id}`);
  const [status, setStatus] = useStatus();
  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') return <LoadError error={resource.error} />;
  const survey = resource.data;
  const name = i18n.language.startsWith('en') && survey.nameEn ? survey.nameEn : survey.name;
  const saved = (text: string) => {
    setStatus(text);
    reload();
  };
  return (
    <Page title={name}>
      <p>
        <Link to="/surveys">{t('surveys.survey.back')}</Link>
      </p>
      <StatusMessage text={status} />
      <SurveySummary survey={survey} onChanged={saved} />
      <SurveyRulesForm survey={survey} onSaved={() => saved(t('surveys.rules.saved'))} />
      <SurveyQuestionsForm
        survey={survey}
        onSaved={(s) =>
          saved(
            s.version === survey.version
              ? t('surveys.questions.savedInPlace')
              : t('surveys.questions.savedNewVersion', { version: s.version }),
          )
        }
      />
      <LinkSection survey={survey} />
    </Page>
  );
}

function SurveySummary({ survey, onChanged }: { survey: Survey; onChanged: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const locale = formatLocaleOf(i18n.language);
  const submission = useSubmission();
  const move = async (to: SurveyStatus) => {
    if (await submission.run(() => api.patch(`/api/surveys/${survey.id}`, { status: to })))
      onChanged(t('surveys.survey.moved', { status: t(`surveys.statuses.${to}`) }));
  };
  return (
    <section aria-labelledby="survey-summary-heading">
      <h2 id="survey-summary-heading" className="visually-hidden">
        {t('surveys.survey.summary')}
      </h2>
      <dl className="facts">
        <dt>{t('surveys.list.status')}</dt>
        <dd>{t(`surveys.statuses.${survey.status}`)}</dd>
        <dt>{t('surveys.list.template')}</dt>
        <dd>{survey.templateKey ? t(`surveys.templates.${survey.templateKey}`) : '–'}</dd>
        <dt>{t('surveys.list.version')}</dt>
        <dd>{formatInteger(survey.version, locale)}</dd>
        <dt>{t('surveys.list.invitations')}</dt>
        <dd>{formatInteger(survey.invitations, locale)}</dd>
        <dt>{t('surveys.list.answered')}</dt>
        <dd>{formatInteger(survey.answered, locale)}</dd>
        <dt>{t('surveys.survey.updated')}</dt>
        <dd>{formatDateTime(survey.updatedAt, i18n.language)}</dd>
      </dl>
      <p>
        <Link to={`/surveys/${survey.id}/results`}>{t('surveys.list.showResults')}</Link>
      </p>
      {can('surveys:write') && MOVES[survey.status].length > 0 && (
        <div className="button-row">
          <FormAlert error={submission.error} />
          {MOVES[survey.status].map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'active' ? 'button-primary' : 'button-secondary'}
              disabled={submission.pending}
              onClick={() => void move(to)}
            >
              {t(`surveys.survey.moveTo.${to}`)}
            </button>
          ))}
        </div>
      )}
      {survey.status === 'closed' && <p className="muted">{t('surveys.survey.closedNote')}</p>}
    </section>
  );
}

function LinkSection({ survey }: { survey: Survey }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const submission = useSubmission();
  const [link, setLink] = useState<{ path: string; expiresAt: string } | null>(null);
  if (!can('surveys:write') || survey.status === 'closed') return null;
  const make = async () => {
    await submission.run(async () => {
      setLink(await api.post<{ path: string; expiresAt: string }>(`/api/surveys/${survey.id}/links`, {}));
    });
  };
  const address = link ? `${window.location.origin}${link.path}` : '';
  return (
    <section aria-labelledby="survey-link-heading">
      <h2 id="survey-link-heading">{t('surveys.link.heading')}</h2>
      <p>{t('surveys.link.intro')}</p>
      <FormAlert error={submission.error} />
      <button
        type="button"
        className="button-secondary"
        disabled={submission.pending}
        onClick={() => void make()}
      >
        {t('surveys.link.make')}
      </button>
      {link && (
        <div className="made-link" role="status">
          <p>{t('surveys.link.made', { day: formatDateTime(link.expiresAt, i18n.language) })}</p>
          <p>
            <code className="link-text">{address}</code>
          </p>
          <p className="muted">{t('surveys.link.once')}</p>
        </div>
      )}
    </section>
  );
}
