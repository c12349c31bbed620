import { lazy, Suspense } from 'react';
import { Loading } from '../../components/messages.js';
import { visibleAreas } from '../../layout/areas.js';
import { useSignedIn } from '../../session/session.js';
import type { Unit } from '../../api/types.js';
import { useApiGet } from '../../api/use-api-get.js';
import { ScopeNote } from '../../components/scope-note.js';
import { contactScopeViewOf } from '../../session/contact-scope.js';
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

/** A department contact's department by name (the units are loaded only for them). */
function DepartmentScope() {
  const units = useApiGet<{ units: Unit[] }>('/api/units');
  return <ScopeNote units={units.resource.status === 'ready' ? units.resource.data.units : null} />;
}

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
      scope={contactScopeViewOf(session.user).kind === 'units' ? <DepartmentScope /> : null}
      myDay={logs ? <MyDayPanel /> : null}
      telephony={telephony}
      goals={goals}
    />
  );
}
