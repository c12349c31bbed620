/**
 * A guide's start page begins at the logging screen's door (issue #13): "Registrera kontakt"
 * first, then how many contacts they have logged today and their latest ones. Only their own
 * (GET /api/contacts/mine): a guide's figures are for the guide.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { calendarDayOf } from '../../../core/contacts/calendar-day.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { clockTimeOf } from '../contacts/contact-draft.js';
import type { Contact, Topic } from '../contacts/contact-types.js';

export interface MyDay {
  day: string;
  todayCount: number;
  recent: Contact[];
}

/** When a recent contact started: the time alone today, else "4 december 14:05" (the UI's language). */
function whenOf(c: Contact, today: string, language: string): string {
  const start = new Date(c.startedAt);
  if (calendarDayOf(start) === today) return clockTimeOf(start);
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(start);
  return `${date} ${clockTimeOf(start)}`;
}

export function MyDayView({ myDay, topics }: { myDay: Resource<MyDay>; topics: readonly Topic[] }) {
  const { t, i18n } = useTranslation();
  const topicPath = new Map(topics.map((topic) => [topic.id, topic.path]));
  return (
    <section aria-labelledby="my-day" className="my-day">
      <h2 id="my-day">{t('overview.myDay.heading')}</h2>
      <p>
        <Link className="button-primary" to="/contacts">
          {t('overview.myDay.log')}
        </Link>
      </p>
      {myDay.status === 'loading' && <Loading />}
      {myDay.status === 'error' && <LoadError error={myDay.error} />}
      {myDay.status === 'ready' && (
        <>
          <p className="my-day-count">{t('overview.myDay.todayCount', { count: myDay.data.todayCount })}</p>
          <h3>{t('overview.myDay.recentHeading')}</h3>
          {myDay.data.recent.length === 0 ? (
            <p>{t('overview.myDay.noneYet')}</p>
          ) : (
            <ul className="my-day-recent">
              {myDay.data.recent.map((c) => (
                <li key={c.id}>
                  <span className="my-day-when">{whenOf(c, myDay.data.day, i18n.language)}</span>{' '}
                  {topicPath.get(c.topicId) ?? ''} · {t(`contacts.channels.${c.channel}`)} ·{' '}
                  {t(`contacts.resolutions.${c.resolution}`)}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/contacts">{t('overview.myDay.toToday')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

export function MyDayPanel() {
  const myDay = useApiGet<MyDay>('/api/contacts/mine');
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics?includeRetired=true');
  return (
    <MyDayView
      myDay={myDay.resource}
      topics={topics.resource.status === 'ready' ? topics.resource.data.topics : []}
    />
  );
}
