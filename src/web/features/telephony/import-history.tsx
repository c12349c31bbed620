/** The latest imports of call records (GET /api/telephony/imports), newest first. */
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { formatDateTime } from '../../i18n/format.js';
import { formatCount, formatShortDay } from './report-format.js';
import type { CallImport } from './types.js';

export function ImportHistory({ resource }: { resource: Resource<{ imports: CallImport[] }> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const formatOf = (i: CallImport) =>
    i.format === 'csv' && i.mappingName
      ? t('telephony.import.history.csvWith', { mapping: i.mappingName })
      : t(`telephony.import.history.formats.${i.format}`);
  const periodOf = (i: CallImport) =>
    !i.firstDay || !i.lastDay
      ? ''
      : i.firstDay === i.lastDay
        ? formatShortDay(i.firstDay, lang)
        : `${formatShortDay(i.firstDay, lang)} – ${formatShortDay(i.lastDay, lang)}`;
  return (
    <section aria-labelledby="import-history-heading">
      <h2 id="import-history-heading">{t('telephony.import.history.heading')}</h2>
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' && resource.data.imports.length === 0 && (
        <p>{t('telephony.import.history.none')}</p>
      )}
      {resource.status === 'ready' && resource.data.imports.length > 0 && (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="import-history-caption">
          <table>
            <caption id="import-history-caption" className="visually-hidden">
              {t('telephony.import.history.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('telephony.import.history.when')}</th>
                <th scope="col">{t('telephony.import.history.file')}</th>
                <th scope="col">{t('telephony.import.history.format')}</th>
                <th scope="col">{t('telephony.import.history.period')}</th>
                <th scope="col" className="num">
                  {t('telephony.import.history.imported')}
                </th>
                <th scope="col" className="num">
                  {t('telephony.import.history.duplicates')}
                </th>
                <th scope="col" className="num">
                  {t('telephony.import.history.stillOpen')}
                </th>
                <th scope="col">{t('telephony.import.history.by')}</th>
              </tr>
            </thead>
            <tbody>
              {resource.data.imports.map((i) => (
                <tr key={i.id}>
                  <th scope="row" className="nowrap">
                    {formatDateTime(i.createdAt, lang)}
                  </th>
                  <td>{i.fileName ?? t('telephony.import.history.noFileName')}</td>
                  <td>{formatOf(i)}</td>
                  <td className="nowrap">{periodOf(i)}</td>
                  <td className="num">{formatCount(i.imported, lang)}</td>
                  <td className="num">{formatCount(i.duplicates, lang)}</td>
                  <td className="num">{formatCount(i.stillOpen, lang)}</td>
                  <td>{i.createdBy ?? t('telephony.import.history.commandLine')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
