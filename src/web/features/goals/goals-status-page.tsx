/**
 * /goals (Där vi står): each goal and where we are on it, the open signals to acknowledge, the
 * signals acknowledged before, and one's own e-mail subscription. Those who lead the improvement
 * work may run the daily evaluation at once.
 */
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { formatDateTime } from '../../i18n/format.js';
import { formatDay } from '../telephony/report-format.js';
import { GoalStatusTable } from './goal-status-table.js';
import { SignalList } from './signal-list.js';
import { signalTitle } from './signal-text.js';
import type { GoalStatusAnswer, Signal } from './types.js';

export function GoalsStatusPage() {
  const { t } = useTranslation();
  const can = useCan();
  const status = useApiGet<GoalStatusAnswer>('/api/goals/status');
  const signals = useApiGet<{ signals: Signal[] }>('/api/signals?status=all');
  const reload = () => {
    status.reload();
    signals.reload();
  };
  return (
    <Page title={t('goals.status.title')}>
      <p className="lead">{t('goals.status.intro')}</p>
      <section aria-labelledby="goals-status">
        <h2 id="goals-status">{t('goals.status.heading')}</h2>
        {status.resource.status === 'loading' && <Loading />}
        {status.resource.status === 'error' && <LoadError error={status.resource.error} />}
        {status.resource.status === 'ready' &&
          (status.resource.data.goals.length === 0 ? (
            <p>{t(can('goals:write') ? 'goals.status.noneWrite' : 'goals.status.none')}</p>
          ) : (
            <GoalStatusTable goals={status.resource.data.goals} caption={t('goals.status.caption')} />
          ))}
      </section>
      <section aria-labelledby="goals-signals">
        <h2 id="goals-signals">{t('goals.signals.heading')}</h2>
        <p>{t('goals.signals.intro')}</p>
        {can('goals:write') && <RunNow onRan={reload} />}
        {signals.resource.status === 'loading' && <Loading />}
        {signals.resource.status === 'error' && <LoadError error={signals.resource.error} />}
        {signals.resource.status === 'ready' && (
          <>
            <SignalList
              signals={signals.resource.data.signals.filter((s) => s.acknowledgement === null)}
              onChange={reload}
            />
            <AcknowledgedSignals
              signals={signals.resource.data.signals.filter((s) => s.acknowledgement !== null)}
            />
          </>
        )}
        <Subscription />
      </section>
    </Page>
  );
}

function RunNow({ onRan }: { onRan: () => void }) {
  const { t, i18n } = useTranslation();
  const submission = useSubmission();
  const [message, setMessage] = useStatus();
  const run = async () => {
    setMessage(null);
    await submission.run(async () => {
      const ran = await api.post<{ day: string; signals: unknown[] }>('/api/signals/run', {});
      setMessage(
        t('goals.signals.ran', { day: formatDay(ran.day, i18n.language), count: ran.signals.length }),
      );
      onRan();
    });
  };
  return (
    <div className="run-now">
      <p className="field-hint">{t('goals.signals.runHint')}</p>
      <FormAlert error={submission.error} />
      <StatusMessage text={message} />
      <button
        type="button"
        className="button-secondary"
        disabled={submission.pending}
        onClick={() => void run()}
      >
        {t('goals.signals.run')}
      </button>
    </div>
  );
}

function AcknowledgedSignals({ signals }: { signals: readonly Signal[] }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="signal-history">
      <summary>{t('goals.signals.history')}</summary>
      {signals.length === 0 ? (
        <p>{t('goals.signals.historyNone')}</p>
      ) : (
        <ul>
          {signals.map((s) => (
            <li key={s.id}>
              <strong>{signalTitle(s, t)}</strong>.{' '}
              {s.acknowledgement &&
                t('goals.signals.acknowledgedBy', {
                  name: s.acknowledgement.by.name,
                  at: formatDateTime(s.acknowledgement.at, i18n.language),
                  text: s.acknowledgement.text,
                })}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function Subscription() {
  const { t } = useTranslation();
  const { resource, reload } = useApiGet<{ isSubscribed: boolean }>('/api/signals/subscription');
  const submission = useSubmission();
  if (resource.status !== 'ready') return null;
  const { isSubscribed } = resource.data;
  const toggle = async () => {
    if (
      await submission.run(() =>
        isSubscribed ? api.delete('/api/signals/subscription') : api.put('/api/signals/subscription'),
      )
    )
      reload();
  };
  return (
    <div className="subscription">
      <p role="status">{t(isSubscribed ? 'goals.signals.subscribed' : 'goals.signals.notSubscribed')}</p>
      <FormAlert error={submission.error} />
      <button
        type="button"
        className="button-secondary"
        disabled={submission.pending}
        onClick={() => void toggle()}
      >
        {t(isSubscribed ? 'goals.signals.unsubscribe' : 'goals.signals.subscribe')}
      </button>
    </div>
  );
}
