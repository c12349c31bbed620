/**
 * The goals and where we are: each goal's target, its last complete period (last week on a
 * Monday) with the value, n and the judgement that counts, and beside it the period so far, its
 * value and a judgement marked as provisional (issue #13: a week of a few hours is no verdict).
 */
import { useTranslation } from 'react-i18next';
import { bucketLabel, formatCount, tableLocaleOf } from '../analysis/analysis-format.js';
import { formatGoalValue } from './goal-format.js';
import type { GoalStatus } from './types.js';
import { TableWrap } from '../../components/table-wrap.js';

export function GoalStatusTable({ goals, caption }: { goals: readonly GoalStatus[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <TableWrap>
      <table className="goal-status">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.status.goal')}</th>
            <th scope="col">{t('goals.status.area')}</th>
            <th scope="col">{t('goals.status.period')}</th>
            <th scope="col" className="numeric">
              {t('goals.status.value')}
            </th>
            <th scope="col" className="numeric">
              {t('goals.status.n')}
            </th>
            <th scope="col">{t('goals.status.result')}</th>
            <th scope="col">{t('goals.status.soFar')}</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => {
            // Judged on the last complete period; the period so far beside it.
            const judged = g.lastComplete ?? g;
            const label = (key: string) => bucketLabel(key, tableLocaleOf(lang));
            return (
              <tr key={g.goal.id}>
                <th scope="row">
                  {t(`goals.measures.${g.goal.measure}`)} {t(`goals.directions.${g.goal.direction}`)}{' '}
                  {formatGoalValue(g.goal.target, g.goal.unit, lang)}
                  {g.goal.isCapacity && <span className="tag">{t('goals.capacity')}</span>}
                </th>
                <td>{t(`goals.areas.${g.goal.area}`)}</td>
                <td>{label(judged.period.key)}</td>
                <td className="numeric">{formatGoalValue(judged.value, g.goal.unit, lang)}</td>
                <td className="numeric">{formatCount(judged.n, tableLocaleOf(lang))}</td>
                <td>
                  <span className={`status status-${judged.status}`}>
                    {t(`goals.statuses.${judged.status}`)}
                  </span>
                </td>
                <td>
                  {g.lastComplete
                    ? t('goals.status.soFarValue', {
                        period: label(g.period.key),
                        value: formatGoalValue(g.value, g.goal.unit, lang),
                        status: t(`goals.statuses.${g.status}`),
                      })
                    : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
