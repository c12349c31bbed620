/**
 * /contacts/list: the contacts the signed-in person may see (a manager: all of the
 * municipality's; a guide: their own; a department contact: their unit's), filtered, newest
 * first, fifty at a time with "Visa fler".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeNote } from '../../components/scope-note.js';
import { useSearchParams } from 'react-router';
import { api, apiDownload } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { saveFile } from '../../components/save-file.js';
import { formatDateTime } from '../../i18n/format.js';
import { formatInteger, formatLocaleOf } from '../../../core/text/format.js';
import { ContactFiltersForm, DrillDownChips } from './contact-filters.js';
import { ContactRevisionTrail } from './contact-revision-trail.js';
import { ContactCells, ContactColumnHeads, ContactDeletePanel, RowToggle } from './contact-row-parts.js';
import { filtersOf, searchParamsOf, type ContactFilters } from './contact-list-query.js';
import type { Contact, Topic } from './contact-types.js';

type ContactExportFormat = 'csv' | 'xlsx';
import { useContactsList, type ListState } from './use-contacts-list.js';
import { TableWrap } from '../../components/table-wrap.js';

type Open = { id: string; action: 'history' | 'delete' } | null;

function ContactsTable({
  contacts,
  topics,
  units,
  onDeleted,
}: {
  contacts: readonly Contact[];
  topics: readonly Topic[];
  units: readonly Unit[];
  onDeleted: (contact: Contact) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const topicPath = new Map(topics.map((topic) => [topic.id, topic.path]));
  const opened = open ? contacts.find((c) => c.id === open.id) : undefined;
  const when = (c: Contact) => formatDateTime(c.startedAt, i18n.language);
  const toggle = (id: string, action: 'history' | 'delete') =>
    setOpen(open?.id === id && open.action === action ? null : { id, action });
  const remove = (id: string, reason: string) =>
    api.delete<void>(`/api/contacts/${encodeURIComponent(id)}`, { reason });
  return (
    <>
      <TableWrap className="wide-content">
        <table className="contact-list-table">
          <thead>
            <tr>
              <th scope="col">{t('contacts.fields.time')}</th>
              <ContactColumnHeads />
              <th scope="col">{t('contacts.list.summary')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('contacts.today.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="when">
                  {when(c)}
                </th>
                <ContactCells contact={c} topicPath={topicPath} />
                <td>{c.summary}</td>
                <td>
                  <span className="row-actions">
                    {c.canSeeRevisions && (
                      <RowToggle
                        label={t('contacts.revisions.show')}
                        time={when(c)}
                        expanded={open?.id === c.id && open.action === 'history'}
                        onClick={() => toggle(c.id, 'history')}
                      />
                    )}
                    {c.canDelete && (
                      <RowToggle
                        label={t('contacts.today.delete')}
                        time={when(c)}
                        expanded={open?.id === c.id && open.action === 'delete'}
                        onClick={() => toggle(c.id, 'delete')}
                      />
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {opened && open?.action === 'history' && (
        <section className="panel" aria-labelledby="contact-history-heading">
          <h3 id="contact-history-heading">{t('contacts.revisions.heading', { time: when(opened) })}</h3>
          <ContactRevisionTrail key={opened.id} contactId={opened.id} topics={topics} units={units} />
          <button type="button" className="button-secondary" onClick={() => setOpen(null)}>
            {t('common.close')}
          </button>
        </section>
      )}
      {opened && open?.action === 'delete' && (
        <ContactDeletePanel
          contact={opened}
          time={when(opened)}
          remove={remove}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDeleted(opened);
          }}
        />
      )}
    </>
  );
}

/**
 * Buttons that download the filtered list (GET /api/contacts/export.*) in the interface's
 * language. The file is fetched by the page, so a refusal (too many contacts, a lost session)
 * is said here rather than saved by the browser as a file of JSON.
 */
function ExportButtons({ filters }: { filters: ContactFilters }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<ContactExportFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const download = async (format: ContactExportFormat) => {
    const params = searchParamsOf(filters);
    params.set('lang', i18n.language.startsWith('en') ? 'en' : 'sv');
    setBusy(format);
    setError(null);
    try {
      const file = await apiDownload(`/api/contacts/export.${format}?${params.toString()}`);
      saveFile(file.blob, file.fileName ?? `kontakter.${format}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, HTTP_ERROR, ''));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="contact-export-heading">
      <h2 id="contact-export-heading">{t('contacts.list.exportHeading')}</h2>
      <p>{t('contacts.list.exportHint')}</p>
      <FormAlert error={error} />
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          disabled={busy !== null}
          onClick={() => void download('xlsx')}
        >
          {t('contacts.list.exportXlsx')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy !== null}
          onClick={() => void download('csv')}
        >
          {t('contacts.list.exportCsv')}
        </button>
      </div>
      <p role="status">{busy ? t('contacts.list.exportBusy') : ''}</p>
    </section>
  );
}

function Results({
  list,
  topics,
  units,
  loadMore,
  forget,
}: {
  list: ListState;
  topics: readonly Topic[];
  units: readonly Unit[];
  loadMore: () => void;
  forget: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useStatus();
  return (
    <section aria-labelledby="contact-results-heading">
      {/* Focusable from script: removing the last drill-down chip moves the focus here. */}
      <h2 id="contact-results-heading" tabIndex={-1}>
        {t('contacts.list.resultsHeading')}
      </h2>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} />}
      <StatusMessage text={status} />
      <p role="status">
        {list.status === 'ready' &&
          (list.contacts.length === 0
            ? t('contacts.list.none')
            : list.total === null || list.total <= list.contacts.length
              ? t('contacts.list.shown', { count: list.contacts.length })
              : t('contacts.list.shownOfTotal', {
                  count: list.total,
                  shown: formatInteger(list.contacts.length, formatLocaleOf(i18n.language)),
                  total: formatInteger(list.total, formatLocaleOf(i18n.language)),
                }))}
      </p>
      {list.status === 'ready' && list.contacts.length > 0 && (
        <>
          <ContactsTable
            contacts={list.contacts}
            topics={topics}
            units={units}
            onDeleted={(c) => {
              forget(c.id);
              setStatus(t('contacts.today.deleted', { time: formatDateTime(c.startedAt, i18n.language) }));
            }}
          />
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
  const { list, loadMore, forget, topics, units } = useContactsList(filters);
  return (
    <Page title={t('contacts.list.title')}>
      <p className="lead">{t('contacts.list.intro')}</p>
      <ScopeNote units={units.status === 'ready' ? units.data.units : null} />
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
      <DrillDownChips
        filters={filters}
        units={units.status === 'ready' ? units.data.units : null}
        onRemove={(key) => setParams(searchParamsOf({ ...filters, [key]: '' }))}
        focusWhenEmpty="contact-results-heading"
      />
      <ExportButtons filters={filters} />
      <Results
        list={list}
        topics={topics.status === 'ready' ? topics.data.topics : []}
        units={units.status === 'ready' ? units.data.units : []}
        loadMore={loadMore}
        forget={forget}
      />
    </Page>
  );
}
