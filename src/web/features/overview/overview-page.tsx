import { visibleAreas } from '../../layout/areas.js';
import { useSignedIn } from '../../session/session.js';
import { OverviewView } from './overview-view.js';

/** / (Översikt). Everything it shows comes with the session; it loads nothing else. */
export function OverviewPage() {
  const session = useSignedIn();
  const areas = visibleAreas(session.user.permissions).filter((a) => a.key !== 'overview');
  return <OverviewView session={session} areas={areas} />;
}
