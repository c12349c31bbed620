import { lazy, Suspense } from 'react';
import { Loading } from '../../components/messages.js';
import { visibleAreas } from '../../layout/areas.js';
import { useSignedIn } from '../../session/session.js';
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
 * / (Översikt). Who the person is and where they may go come with the session; for those who
 * read reports, the telephony of today and this week is loaded beside it.
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
  return <OverviewView session={session} areas={areas} telephony={telephony} goals={goals} />;
}
