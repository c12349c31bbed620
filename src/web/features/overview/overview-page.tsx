import { lazy, Suspense } from 'react';
import { Loading } from '../../components/messages.js';
import { visibleAreas } from '../../layout/areas.js';
import { useSignedIn } from '../../session/session.js';
import { OverviewView } from './overview-view.js';

// Loaded with the Telefoni area's code, only for those who read reports.
const TelephonyGlancePanel = lazy(async () => ({
  default: (await import('../telephony/telephony-glance-panel.js')).TelephonyGlancePanel,
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
  return <OverviewView session={session} areas={areas} telephony={telephony} />;
}
