/**
 * One chart of an analysis with everything around it: its heading, how many contacts it counts,
 * the chart, a note on what can be clicked and what pale bars mean, the same figures as a table
 * ("Visa som tabell": the text alternative, with a link to the contacts of each row) and the
 * chart's CSV, which the server writes from the same table (core/analysis/tables.ts).
 */
import { lazy, Suspense, useState, type ComponentType, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnalysisTable } from '../../../core/analysis/tables.js';
import { apiDownload } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import { FormAlert } from '../../components/messages.js';
import { saveFile } from '../../components/save-file.js';
import { formatCell, isNumericUnit, tableLocaleOf } from './analysis-format.js';
import type { ChartProps } from './chart.js';

/** The charts' code once loaded: drawn at once, without suspending (and so without React's 300 ms reveal throttle). */
let chartModule: { Chart: ComponentType<ChartProps> } | null = null;
const loadChart = () =>
  import('./chart.js').then((module) => {
    chartModule = module;
    return module;
  });
const LazyChart = lazy(async () => ({ default: (await loadChart()).Chart }));

/** Starts loading the charts' code (ECharts, its own chunk) while the first figures are fetched. */
export function preloadCharts(): void {
  void loadChart();
}

function ChartSlot(props: ChartProps) {
  const loaded = chartModule;
  if (loaded) return <loaded.Chart {...props} />;
  return (
    <Suspense fallback={<div className="chart chart-loading" style={{ height: props.height }} />}>
      <LazyChart {...props} />
    </Suspense>
  );
}

export interface TableDrill {
  /** The contacts of a whole row, by its key (core's rowKeys). */
  row?: ((rowKey: string) => string | null) | undefined;
  /** The contacts of one cell (a grade of resolution in a row), by row key and column key. */
  cell?: ((rowKey: string, columnKey: string) => string | null) | undefined;
}

/** The analysis table as an HTML table; numbers formatted for the interface language. */
export function TableAlternative({
  table,
  drill = {},
  rowHeader = 0,
}: {
  table: AnalysisTable;
  drill?: TableDrill;
  /** The column that names the row (the topic rather than the rank). */
  rowHeader?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = tableLocaleOf(i18n.language);
  const uncertainColumn = table.columns.findIndex((c) => c.key === 'uncertain');
  const rowLinks = table.rowKeys.map((key) => drill.row?.(key) ?? null);
  const hasRowLinks = rowLinks.some((href) => href !== null);
  if (table.rows.length === 0) return <p>{t('analysis.table.empty', { title: table.title })}</p>;
  return (
    // Focusable, so that a table wider than the page can be scrolled from the keyboard.
    <div className="table-wrap" tabIndex={0} role="group" aria-label={table.title}>
      <table className="analysis-table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={isNumericUnit(column.unit) ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
            {hasRowLinks && <th scope="col">{t('analysis.table.contacts')}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => {
            const rowKey = table.rowKeys[r] ?? String(r);
            const isUncertain =
              uncertainColumn >= 0 && row[uncertainColumn] !== '' && row[uncertainColumn] !== null;
            const rowName = String(row[rowHeader] ?? '');
            const href = rowLinks[r] ?? null;
            return (
              <tr key={rowKey} className={isUncertain ? 'row-uncertain' : undefined}>
                {row.map((cell, c) => {
                  const column = table.columns[c];
                  if (!column) return null;
                  let text = formatCell(cell, column.unit, locale);
                  if (c === uncertainColumn && isUncertain) text = t('analysis.uncertain');
                  const cellHref =
                    typeof cell === 'number' && cell > 0 ? drill.cell?.(rowKey, column.key) : null;
                  const content = cellHref ? (
                    <Link
                      to={cellHref}
                      aria-label={t('analysis.table.cellContacts', {
                        value: text,
                        column: column.label,
                        row: rowName,
                      })}
                    >
                      {text}
                    </Link>
                  ) : (
                    text
                  );
                  const className = isNumericUnit(column.unit) ? 'num' : undefined;
                  return c === rowHeader ? (
                    <th key={column.key} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.key} className={className}>
                      {content}
                    </td>
                  );
                })}
                {hasRowLinks && (
                  <td>
                    {href && (
                      <Link to={href} aria-label={t('analysis.table.showContactsFor', { row: rowName })}>
                        {t('analysis.table.showContacts')}
                      </Link>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Ladda ner CSV": a real link to the file (it can be copied or opened in a new tab), fetched by
 * the page on a click so that a refusal is said here instead of being saved as a file.
 */
export function CsvDownload({ path, what, fileName }: { path: string; what: string; fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await apiDownload(path);
      const name = file.fileName ?? fileName;
      saveFile(file.blob, name);
      setSaved(t('analysis.csv.saved', { name }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, HTTP_ERROR, ''));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="csv-download">
      <FormAlert error={error} />
      <a
        href={path}
        download={fileName}
        onClick={(e) => void download(e)}
        aria-label={t('analysis.csv.downloadFor', { what })}
        aria-busy={busy || undefined}
      >
        {t('analysis.csv.download')}
      </a>
      <span role="status" className="csv-status">
        {busy ? t('analysis.csv.busy') : (saved ?? '')}
      </span>
    </div>
  );
}

export interface ChartSectionProps {
  /** Unique on the page: the heading's id and the CSV file's name derive from it. */
  id: string;
  title: string;
  /** h2 on a sub-page with one chart, h3 below a sub-page's h2 (the default). */
  level?: 2 | 3;
  /** "n = 1 234 kontakter" and any other line about the base of the figures. */
  n?: ReactNode;
  intro?: ReactNode;
  /** The chart, or null when there is nothing to draw (the table still says so). */
  chart: ChartProps | null;
  /** Whether pale, dashed bars or hollow points appear (shares from fewer than 30). */
  hasUncertain?: boolean;
  table: AnalysisTable | undefined;
  drill?: TableDrill;
  rowHeader?: number;
  csvPath: string;
  children?: ReactNode;
}

export function ChartSection({
  id,
  title,
  level = 3,
  n,
  intro,
  chart,
  hasUncertain = false,
  table,
  drill,
  rowHeader,
  csvPath,
  children,
}: ChartSectionProps) {
  const { t } = useTranslation();
  const [tableOpen, setTableOpen] = useState(false);
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `${id}-heading`;
  return (
    <section className="analysis-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {intro}
      {n && <p className="analysis-n">{n}</p>}
      {chart && (
        <figure className="chart-figure">
          <ChartSlot {...chart} />
          {(chart.hrefAt || hasUncertain) && (
            <figcaption className="chart-note">
              {[
                chart.hrefAt ? t('analysis.chart.clickHint') : '',
                hasUncertain ? t('analysis.chart.uncertainHint') : '',
              ]
                .filter(Boolean)
                .join(' ')}
            </figcaption>
          )}
        </figure>
      )}
      {children}
      {table && (
        <details className="table-alternative" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
          <summary>
            {t('analysis.table.show')}
            <span className="visually-hidden">: {title}</span>
          </summary>
          {/* Made when opened: a page of charts holds hundreds of rows that few open. */}
          {tableOpen && <TableAlternative table={table} drill={drill} rowHeader={rowHeader} />}
        </details>
      )}
      <CsvDownload path={csvPath} what={title} fileName={`${id}.csv`} />
    </section>
  );
}
