/**
 * Downloads of the report on screen (GET /api/reports/weekly.xlsx|pdf|csv) in the interface's
 * language. The page fetches the file itself, so a refusal (no Chromium for the PDF, a lost
 * session) is said here rather than saved by the browser as a file of JSON.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import { FormAlert } from '../../components/messages.js';
import { saveFile } from '../../components/save-file.js';
import { reportLocaleOf } from './report-format.js';
import { reportSearchParams, type ReportQuery } from './report-query.js';

const FORMATS = ['xlsx', 'pdf', 'csv'] as const;
type ExportFormat = (typeof FORMATS)[number];

export function ReportExport({ query }: { query: ReportQuery }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = async (format: ExportFormat) => {
    const params = reportSearchParams(query);
    const lang = reportLocaleOf(i18n.language);
    params.set('lang', lang);
    setBusy(format);
    setError(null);
    setSaved(null);
    try {
      const file = await apiDownload(`/api/reports/weekly.${format}?${params.toString()}`);
      const name = file.fileName ?? `${lang === 'sv' ? 'veckorapport' : 'weekly-report'}.${format}`;
      saveFile(file.blob, name);
      setSaved(t('telephony.export.saved', { name }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, HTTP_ERROR, ''));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="report-export-heading">
      <h2 id="report-export-heading">{t('telephony.export.heading')}</h2>
      <p>{t('telephony.export.hint')}</p>
      <FormAlert error={error} />
      <div className="actions">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button-secondary"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {t(`telephony.export.${format}`)}
          </button>
        ))}
      </div>
      <p role="status">{busy ? t('telephony.export.busy') : (saved ?? '')}</p>
    </section>
  );
}
