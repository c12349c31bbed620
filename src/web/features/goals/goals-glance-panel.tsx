/**
 * Our goals and where we are, and the open signals (issue #6), which stay until someone
 * acknowledges them: on the start page (with the signals' titles) and at the board meeting (with
 * their number), each with the way to the signals.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-api-get.js';
import { LoadError } from '../../components/messages.js';
import { GoalStatusTable } from './goal-status-table.js';
import { signalTitle } from './signal-text.js';
import type { GoalStatusAnswer, Signal } from './types.js';
import './goals.css';

export function GoalsGlancePanel({
  heading,
  signals: shown = 'titles',
}: {
  heading?: string;
  /** The open signals' titles (the first five), or only how many there are. */
  signals?: 'titles' | 'count';
}) {
  const { t } = useTranslation();
  const goals = useApiGet<GoalStatusAnswer>('/api/goals/status');
  const signals = useApiGet<{ signals: Signal[] }>('/api/signals');
  const open = signals.resource.status === 'ready' ? signals.resource.data.signals : null;
  return (
    <section aria-labelledby="goals-glance">
      <h2 id="goals-glance">{heading ?? t('overview.goalsHeading')}</h2>
      {goals.resource.status === 'error' && <LoadError error={goals.resource.error} />}
      {goals.resource.status === 'ready' &&
        (goals.resource.data.goals.length === 0 ? (
          <p>{t('goals.status.none')}</p>
        ) : (
          <GoalStatusTable goals={goals.resource.data.goals} caption={t('goals.status.caption')} />
        ))}
      {open && shown === 'titles' && (
        <>
          <h3>{t('goals.signals.heading')}</h3>
          {open.length === 0 ? (
            <p>{t('goals.signals.none')}</p>
          ) : (
            <ul>
              {open.slice(0, 5).map((s) => (
                <li key={s.id}>{signalTitle(s, t)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {open && shown === 'count' && (
        <p>
          <strong>{t('improvements.board.signalsCount', { count: open.length })}</strong>
        </p>
      )}
      {open && open.length > 0 && (
        <p>
          <Link to="/goals">{t('improvements.board.signalsLink')}</Link>
        </p>
      )}
    </section>
  );
}
