/**
 * The start page's "Telefoni i dag och den här veckan" (for those who read reports): today's
 * figures and the week's so far from the weekly report of the current week, with the latest day
 * that had calls when today has none yet.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DATA_ISSUE_LABELS, MEASURE_LABELS, weekLabel } from '../../../core/telephony/report-labels.js';
import { useApiGet } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { TableWrap } from '../../components/table-wrap.js';
import { isoWeekOfDay, localDay } from './iso-week.js';
import { formatWeekday, reportLocaleOf } from './report-format.js';
import { telephonyGlance } from './telephony-glance.js';
import type { WeeklyReportDocument } from './types.js';
import { MeasureValue } from './weekly-report-table.js';
import './telephony.css';

export function TelephonyGlancePanel() {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => localDay(new Date()));
  const week = isoWeekOfDay(today);
  const { resource } = useApiGet<WeeklyReportDocument>(
    `/api/reports/weekly?scope=all&from=${week}&to=${week}`,
  );
  const locale = reportLocaleOf(i18n.language);
  return (
    <section aria-labelledby="overview-telephony" className="panel telephony-glance">
      <h2 id="overview-telephony">{t('overview.telephony.heading')}</h2>
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' &&
        (() => {
          const glance = telephonyGlance(resource.data, today);
          return (
            <>
              {/* Its own scroller: with yesterday's column beside today's it is wider than a phone. */}
              <TableWrap>
                <table className="glance-table">
                  <caption className="visually-hidden">
                    {t('overview.telephony.caption', { week: weekLabel(week, locale) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('overview.telephony.measure')}</th>
                      <th scope="col" className="num">
                        {t('overview.telephony.today', { day: formatWeekday(today, i18n.language) })}
                      </th>
                      {glance.latestDay && (
                        <th scope="col" className="num">
                          {t('overview.telephony.latestDay', {
                            day: formatWeekday(glance.latestDay, i18n.language),
                          })}
                        </th>
                      )}
                      <th scope="col" className="num">
                        {t('overview.telephony.week', { week: weekLabel(week, locale) })}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {glance.figures.map((f) => (
                      <tr key={f.measure}>
                        <th scope="row">{MEASURE_LABELS[f.measure][locale]}</th>
                        <td className="num">
                          <MeasureValue value={f.today} unit={f.unit} />
                        </td>
                        {glance.latestDay && (
                          <td className="num">
                            <MeasureValue value={f.latest} unit={f.unit} />
                          </td>
                        )}
                        <td className="num">
                          <MeasureValue value={f.week} unit={f.unit} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              {glance.manyTurnedAway && <p role="note">{DATA_ISSUE_LABELS.many_turned_away[locale]}</p>}
              {!glance.todayHasCalls && <p className="field-hint">{t('overview.telephony.nothingToday')}</p>}
            </>
          );
        })()}
      <p>
        <Link to="/telephony">{t('overview.telephony.toReport')}</Link>
      </p>
    </section>
  );
}
