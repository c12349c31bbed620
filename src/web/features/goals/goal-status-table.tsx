/** The goals and where we are: each goal's target, its period so far, the value, n and the judgement. */
import { useTranslation } from 'react-i18next';
import { formatGoalValue } from './goal-format.js';
import type { GoalStatus } from './types.js';

export function GoalStatusTable({ goals, caption }: { goals: readonly GoalStatus[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-wrap">
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
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr key={g.goal.id}>
              <th scope="row">
                {t(`goals.measures.${g.goal.measure}`)} {t(`goals.directions.${g.goal.direction}`)}{' '}
                {formatGoalValue(g.goal.target, g.goal.unit, lang)}
                {g.goal.isCapacity && <span className="tag">{t('goals.capacity')}</span>}
              </th>
              <td>{t(`goals.areas.${g.goal.area}`)}</td>
              <td>
                {g.period.key} ({t(`goals.levels.${g.goal.level}`)})
              </td>
              <td className="numeric">{formatGoalValue(g.value, g.goal.unit, lang)}</td>
              <td className="numeric">{g.n}</td>
              <td>
                <span className={`status status-${g.status}`}>{t(`goals.statuses.${g.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
