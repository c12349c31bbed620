/**
 * /contacts/list: the contacts the signed-in person may see (a manager: all of the
 * municipality's; a guide: their own; a department contact: their unit's), filtered, newest
 * first, fifty at a time with "Visa fler".
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { formatDateTime } from '../../i18n/format.js';
import { ContactFiltersForm } from './contact-filters.js';
import { filtersOf, searchParamsOf, type ContactFilters } from './contact-list-query.js';
import type { Contact, Topic } from './contact-types.js';
import { formatDuration } from './duration.js';
import { useContactsList, type ListState } from './use-contacts-list.js';

function ContactsTable({ contacts, topics }: { contacts: readonly Contact[]; topics: readonly Topic[] }) {
  const { t, i18n } = useTranslation();
  const topicPath = new Map(topics.map((topic) => [topic.id, topic.path]));
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('contacts.fields.time')}</th>
            <th scope="col">{t('contacts.fields.topic')}</th>
            <th scope="col">{t('contacts.fields.channel')}</th>
            <th scope="col">{t('contacts.fields.need')}</th>
            <th scope="col">{t('contacts.fields.resolution')}</th>
            <th scope="col">{t('contacts.fields.failureDemand')}</th>
            <th scope="col">{t('contacts.fields.duration')}</th>
            <th scope="col">{t('contacts.list.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              <th scope="row">{formatDateTime(c.startedAt, i18n.language)}</th>
              <td>{topicPath.get(c.topicId) ?? ''}</td>
              <td>{t(`contacts.channels.${c.channel}`)}</td>
              <td>{t(`contacts.needs.${c.need}`)}</td>
              <td>{t(`contacts.resolutions.${c.resolution}`)}</td>
              <td>
                {c.isFailureDemand
                  ? `${t('contacts.today.yes')}${c.failureReason ? `: ${t(`contacts.failureReasons.${c.failureReason}`)}` : ''}`
                  : t('contacts.today.no')}
              </td>
              <td>{formatDuration(c.durationSeconds)}</td>
              <td>{c.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Links that download the filtered list (GET /api/contacts/export.*), in the interface's
 * language: a download cannot set Accept-Language, so the link says `lang`.
 */
function ExportLinks({ filters }: { filters: ContactFilters }) {
  const { t, i18n } = useTranslation();
  const pathFor = (format: 'csv' | 'xlsx') => {
    const params = searchParamsOf(filters);
    params.set('lang', i18n.language.startsWith('en') ? 'en' : 'sv');
    return `/api/contacts/export.${format}?${params.toString()}`;
  };
  return (
    <section aria-labelledby="contact-export-heading">
      <h2 id="contact-export-heading">{t('contacts.list.exportHeading')}</h2>
      <p>{t('contacts.list.exportHint')}</p>
      <ul>
        <li>
          <a href={pathFor('xlsx')} download>
            {t('contacts.list.exportXlsx')}
          </a>
        </li>
        <li>
          <a href={pathFor('csv')} download>
            {t('contacts.list.exportCsv')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function Results({
  list,
  topics,
  loadMore,
}: {
  list: ListState;
  topics: readonly Topic[];
  loadMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-results-heading">
      <h2 id="contact-results-heading">{t('contacts.list.resultsHeading')}</h2>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} />}
      <p role="status">
        {list.status === 'ready' &&
          (list.contacts.length === 0
            ? t('contacts.list.none')
            : t('contacts.list.shown', { count: list.contacts.length }))}
      </p>
      {list.status === 'ready' && list.contacts.length > 0 && (
        <>
          <ContactsTable contacts={list.contacts} topics={topics} />
          {list.moreError && <LoadError error={list.moreError} />}
          {list.nextCursor && (
            <button
              type="button"
              className="button-secondary load-more"
              onClick={loadMore}
              disabled={list.loadingMore}
            >
              {t('contacts.list.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

export function ContactsListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const { list, loadMore, topics, units } = useContactsList(filters);
  return (
    <Page title={t('contacts.list.title')}>
      <p className="lead">{t('contacts.list.intro')}</p>
      {topics.status === 'error' && <LoadError error={topics.error} />}
      {topics.status === 'ready' && units.status === 'ready' && (
        <ContactFiltersForm
          key={params.toString()}
          filters={filters}
          topics={topics.data.topics}
          units={units.data.units}
          onApply={(f) => setParams(searchParamsOf(f))}
        />
      )}
      <ExportLinks filters={filters} />
      <Results list={list} topics={topics.status === 'ready' ? topics.data.topics : []} loadMore={loadMore} />
    </Page>
  );
}
