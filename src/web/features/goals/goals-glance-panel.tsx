/**
 * The start page's goals and signals (issue #6): each goal with where we are, and the open
 * signals, which stay here until someone acknowledges them.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-api-get.js';
import { LoadError } from '../../components/messages.js';
import { GoalStatusTable } from './goal-status-table.js';
import { signalTitle } from './signal-text.js';
import type { GoalStatusAnswer, Signal } from './types.js';
import './goals.css';

export function GoalsGlancePanel() {
  const { t } = useTranslation();
  const goals = useApiGet<GoalStatusAnswer>('/api/goals/status');
  const signals = useApiGet<{ signals: Signal[] }>('/api/signals');
  return (
    <section aria-labelledby="overview-goals">
      <h2 id="overview-goals">{t('overview.goalsHeading')}</h2>
      {goals.resource.status === 'error' && <LoadError error={goals.resource.error} />}
      {goals.resource.status === 'ready' &&
        (goals.resource.data.goals.length === 0 ? (
          <p>{t('goals.status.none')}</p>
        ) : (
          <GoalStatusTable goals={goals.resource.data.goals} caption={t('goals.status.caption')} />
        ))}
      {signals.resource.status === 'ready' && (
        <>
          <h3>{t('goals.signals.heading')}</h3>
          {signals.resource.data.signals.length === 0 ? (
            <p>{t('goals.signals.none')}</p>
          ) : (
            <ul>
              {signals.resource.data.signals.slice(0, 5).map((s) => (
                <li key={s.id}>{signalTitle(s, t)}</li>
              ))}
            </ul>
          )}
          {signals.resource.data.signals.length > 0 && (
            <p>
              <Link to="/goals">{t('improvements.board.signalsLink')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
