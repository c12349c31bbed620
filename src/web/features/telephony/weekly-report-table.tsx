/**
 * The weekly report as a data table: one row group per measure (its name heads the group), a row
 * per weekday and one for the week, the normal variation (mean, goal, lowest, highest), then a
 * column per week. Closed days are grey and say so in words; incomplete days and weeks (not over
 * yet, or without telephony data) are italic with a text for screen readers; data issues carry a
 * marker that the legend explains and a text for screen readers. The labels are core's, the same
 * the exports use.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLUMN_LABELS,
  DATA_ISSUE_LABELS,
  MEASURE_LABELS,
  ROW_LABELS,
  weekLabel,
  type ReportLocale,
} from '../../../core/telephony/report-labels.js';
import type {
  DataIssueKind,
  MeasureUnit,
  ReportCell,
  ReportRow,
} from '../../../core/telephony/weekly-report.js';
import { formatDay, formatMeasure, formatWeekday, reportLocaleOf } from './report-format.js';
import type { WeeklyReportDocument } from './types.js';

/** The visible marker of each kind of data issue (explained in the legend). */
export const ISSUE_MARKERS: Record<DataIssueKind, string> = {
  answered_exceeds_offered: '!',
  closed_day_traffic: '*',
  many_turned_away: '§',
};

/** A value, or a dash that says "no value" to a screen reader. */
export function MeasureValue({ value, unit }: { value: number | null; unit: MeasureUnit }) {
  const { t, i18n } = useTranslation();
  const text = formatMeasure(value, unit, i18n.language);
  if (text !== null) return <>{text}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('telephony.report.noValue')}</span>
    </>
  );
}

function IssueMarkers({ kinds, locale }: { kinds: readonly DataIssueKind[]; locale: ReportLocale }) {
  return kinds.map((kind) => (
    <span key={kind} className="issue-marker">
      <span aria-hidden="true">{ISSUE_MARKERS[kind]}</span>
      <span className="visually-hidden">{DATA_ISSUE_LABELS[kind][locale]}</span>
    </span>
  ));
}

/**
 * A week's cell of a row. An incomplete one (today, a day to come, a day without telephony data,
 * or a week with such a day) is italic and muted, says so to a screen reader, and is left out of
 * the row's mean, lowest and highest by the server.
 */
function WeekCell({ cell, unit, locale }: { cell: ReportCell; unit: MeasureUnit; locale: ReportLocale }) {
  const { t } = useTranslation();
  const classes = [
    'num',
    cell.closed && 'cell-closed',
    cell.incomplete && 'cell-incomplete',
    cell.dataIssues.length > 0 && 'cell-issue',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td className={classes}>
      <MeasureValue value={cell.value} unit={unit} />
      {cell.incomplete && (
        <span className="visually-hidden">
          {' '}
          {t(cell.day === null ? 'telephony.report.incompleteWeek' : 'telephony.report.incompleteDay')}
        </span>
      )}
      <IssueMarkers kinds={cell.dataIssues} locale={locale} />
      {cell.closed && <span className="cell-note">{t('telephony.report.closedDay')}</span>}
    </td>
  );
}

function ReportRowView({
  row,
  unit,
  locale,
  groupHead,
}: {
  row: ReportRow;
  unit: MeasureUnit;
  locale: ReportLocale;
  groupHead: { label: string; rows: number } | null;
}) {
  return (
    <tr className={row.key === 'week' ? 'row-week' : undefined}>
      {groupHead && (
        <th scope="rowgroup" rowSpan={groupHead.rows} className="col-measure">
          {groupHead.label}
        </th>
      )}
      <th scope="row" className="col-row">
        {ROW_LABELS[row.key][locale]}
      </th>
      <td className="num">
        <MeasureValue value={row.mean} unit={unit} />
      </td>
      <td className="num">
        <MeasureValue value={row.goal} unit={unit} />
      </td>
      <td className="num">
        <MeasureValue value={row.lowest} unit={unit} />
      </td>
      <td className="num">
        <MeasureValue value={row.highest} unit={unit} />
      </td>
      {row.cells.map((cell) => (
        <WeekCell key={cell.week} cell={cell} unit={unit} locale={locale} />
      ))}
    </tr>
  );
}

/** "Alla köer" or the group's or queue's name. */
export function scopeName(report: WeeklyReportDocument, allQueues: string): string {
  return report.scope.kind === 'all' || !report.scope.name ? allQueues : report.scope.name;
}

export function WeeklyReportTable({ report }: { report: WeeklyReportDocument }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = reportLocaleOf(i18n.language);
  const period =
    report.from === report.to
      ? weekLabel(report.from, locale)
      : `${weekLabel(report.from, locale)} – ${weekLabel(report.to, locale)}`;
  return (
    <>
      <p className="field-hint" id={`${id}-hint`}>
        {t('telephony.report.scrollHint')}
      </p>
      <div
        className="report-scroll wide-content"
        role="region"
        tabIndex={0}
        aria-labelledby={`${id}-caption`}
        aria-describedby={`${id}-hint`}
      >
        <table className="weekly-report">
          <caption id={`${id}-caption`}>
            <span>
              {t('telephony.report.caption', {
                scope: scopeName(report, t('telephony.report.allQueues')),
                period,
              })}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="col-measure">
                {COLUMN_LABELS.measure[locale]}
              </th>
              <th scope="col" className="col-row">
                {COLUMN_LABELS.row[locale]}
              </th>
              <th scope="col">{COLUMN_LABELS.mean[locale]}</th>
              <th scope="col">{COLUMN_LABELS.goal[locale]}</th>
              <th scope="col">{COLUMN_LABELS.lowest[locale]}</th>
              <th scope="col">{COLUMN_LABELS.highest[locale]}</th>
              {report.weeks.map((week) => (
                <th scope="col" key={week}>
                  {weekLabel(week, locale)}
                </th>
              ))}
            </tr>
          </thead>
          {report.measures.map((table) => (
            <tbody key={table.measure}>
              {table.rows.map((row, index) => (
                <ReportRowView
                  key={row.key}
                  row={row}
                  unit={table.unit}
                  locale={locale}
                  groupHead={
                    index === 0
                      ? { label: MEASURE_LABELS[table.measure][locale], rows: table.rows.length }
                      : null
                  }
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

/** What the markers and the grey cells mean, how the variation is computed, and what to check. */
export function ReportNotes({ report }: { report: WeeklyReportDocument }) {
  const { t, i18n } = useTranslation();
  const locale = reportLocaleOf(i18n.language);
  const dayText = (day: string | null) =>
    day === null ? t('telephony.report.wholeWeek') : formatWeekday(day, i18n.language);
  return (
    <div className="report-notes">
      <h3>{t('telephony.report.legendHeading')}</h3>
      <ul className="report-legend">
        <li>
          <span className="legend-swatch cell-closed" aria-hidden="true" />
          {t('telephony.report.legendClosed')}
        </li>
        <li>
          <span className="legend-sample cell-incomplete" aria-hidden="true">
            12
          </span>
          {t('telephony.report.legendIncomplete')}
        </li>
        {(Object.keys(ISSUE_MARKERS) as DataIssueKind[]).map((kind) => (
          <li key={kind}>
            <span className="issue-marker" aria-hidden="true">
              {ISSUE_MARKERS[kind]}
            </span>
            {DATA_ISSUE_LABELS[kind][locale]}
          </li>
        ))}
        <li>
          <span className="legend-dash" aria-hidden="true">
            –
          </span>
          {t('telephony.report.legendNoValue')}
        </li>
      </ul>
      <p>{t('telephony.report.variationNote')}</p>
      <p>
        {t('telephony.report.visitorSources', {
          entered: t('telephony.report.visitorDaysEntered', { count: report.visitorSources.entered }),
          logged: t('telephony.report.visitorDaysLogged', { count: report.visitorSources.logged }),
        })}
      </p>
      <p>
        {t('telephony.report.answeredWithin', { seconds: report.thresholds.answeredWithinSeconds })}{' '}
        {report.thresholds.shortAbandonSeconds > 0
          ? t('telephony.report.shortAbandon', { seconds: report.thresholds.shortAbandonSeconds })
          : t('telephony.report.noShortAbandon')}
      </p>
      {report.closedDays.length > 0 && (
        <>
          <h3>{t('telephony.report.ownClosedDaysHeading')}</h3>
          <ul>
            {report.closedDays.map((c) => (
              <li key={c.day}>
                {formatDay(c.day, i18n.language)}: {c.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.dataIssues.length > 0 && (
        <>
          <h3>{t('telephony.report.issuesHeading', { count: report.dataIssues.length })}</h3>
          <ul>
            {report.dataIssues.map((issue) => (
              <li key={`${issue.kind}-${issue.week}-${issue.day ?? 'week'}`}>
                <span className="issue-marker" aria-hidden="true">
                  {ISSUE_MARKERS[issue.kind]}
                </span>
                {weekLabel(issue.week, locale)}, {dayText(issue.day)}: {DATA_ISSUE_LABELS[issue.kind][locale]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
