import { lazy, Suspense } from 'react';
import { Loading } from '../../components/messages.js';
import { visibleAreas } from '../../layout/areas.js';
import { useSignedIn } from '../../session/session.js';
import { MyDayPanel } from './my-day-panel.js';
import { OverviewView } from './overview-view.js';

// Loaded with the Telefoni area's code, only for those who read reports.
const TelephonyGlancePanel = lazy(async () => ({
  default: (await import('../telephony/telephony-glance-panel.js')).TelephonyGlancePanel,
}));

// Loaded with the goals' code, for those who read the team's goals.
const GoalsGlancePanel = lazy(async () => ({
  default: (await import('../goals/goals-glance-panel.js')).GoalsGlancePanel,
}));

/**
 * / (Översikt). Who the person is and where they may go come with the session; for a guide, their
 * own day and the way to log a contact come first; for those who read reports, the telephony of
 * today and this week is loaded beside it.
 */
export function OverviewPage() {
  const session = useSignedIn();
  const areas = visibleAreas(session.user.permissions).filter((a) => a.key !== 'overview');
  const telephony = session.user.permissions.includes('reports:read') ? (
    <Suspense fallback={<Loading />}>
      <TelephonyGlancePanel />
    </Suspense>
  ) : null;
  const goals = session.user.permissions.includes('goals:read') ? (
    <Suspense fallback={<Loading />}>
      <GoalsGlancePanel />
    </Suspense>
  ) : null;
  // A guide (logs contacts, reads only their own) starts at the logging screen's door; a manager,
  // quality developer or administrator (reads all contacts) keeps the dashboard.
  const logs =
    session.user.permissions.includes('contacts:log') &&
    !session.user.permissions.includes('contacts:read_all');
  return (
    <OverviewView
      session={session}
      areas={areas}
      myDay={logs ? <MyDayPanel /> : null}
      telephony={telephony}
      goals={goals}
    />
  );
}
