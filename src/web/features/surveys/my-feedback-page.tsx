/**
 * /contacts/feedback, "Min återkoppling" (issue #15): what citizens answered about the signed-in
 * guide's own contacts, newest first. For the guide alone: the API reads only the asker's own
 * contacts, and no one else has a page, list or figure of it.
 */
import { useTranslation } from 'react-i18next';
import { formatLocaleOf } from '../../../core/text/format.js';
import { useApiGet } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { formatDate } from '../../i18n/format.js';
import { answerValueText } from './answer-list.js';
import type { MyFeedbackItem } from './types.js';
import './surveys.css';

export function MyFeedbackPage() {
  const { t, i18n } = useTranslation();
  const locale = formatLocaleOf(i18n.language);
  const { resource } = useApiGet<{ items: MyFeedbackItem[] }>('/api/surveys/my-feedback');
  return (
    <Page title={t('surveys.myFeedback.title')}>
      <p className="lead">{t('surveys.myFeedback.intro')}</p>
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' &&
        (resource.data.items.length === 0 ? (
          <p>{t('surveys.myFeedback.none')}</p>
        ) : (
          <ol className="answer-list">
            {resource.data.items.map((item, i) => (
              <li key={i} className="answer-card">
                <h2 className="answer-card-heading">
                  {item.topicName} · {t(`contacts.channels.${item.channel}`)} ·{' '}
                  {formatDate(item.contactDay, i18n.language)}
                </h2>
                <p className="muted">
                  {t('surveys.myFeedback.answered', {
                    survey: item.surveyName,
                    day: formatDate(item.answeredAt, i18n.language),
                  })}
                </p>
                <dl className="answer-pairs">
                  {item.answers.map((a, j) => (
                    <div key={j}>
                      <dt>{a.question}</dt>
                      <dd>{answerValueText(a.value, a.kind, t, locale)}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        ))}
    </Page>
  );
}
