/** Renders a piece of the web app for a jsdom test, with the real i18n, router and session. */
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Session } from '../api/types.js';
import { i18n } from '../i18n/i18n.js';
import { SessionProvider } from '../session/session.js';

// findBy* and waitFor give up after 1 s by default; on a loaded CI machine a page's effects (a
// focus moved after a save) have been seen to take longer. Waiting longer changes no assertion.
configure({ asyncUtilTimeout: 5000 });

export function renderWithApp(
  ui: ReactElement,
  options: { session?: Session | null; path?: string } = {},
): RenderResult {
  const initial = options.session
    ? ({ status: 'signedIn', session: options.session } as const)
    : ({ status: 'signedOut' } as const);
  return render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider initial={initial}>
        <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
      </SessionProvider>
    </I18nextProvider>,
  );
}

/** A session as GET /api/auth/session returns it. */
export function sessionFixture(
  overrides: {
    roles?: Session['user']['roles'];
    permissions?: Session['user']['permissions'];
    isPlatformAdmin?: boolean;
  } = {},
): Session {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'anna.berg@jarfalla.example',
      displayName: 'Anna Berg',
      locale: 'sv',
      roles: overrides.roles ?? [{ role: 'guide', unitId: null }],
      isPlatformAdmin: overrides.isPlatformAdmin ?? false,
      permissions: overrides.permissions ?? ['units:read'],
    },
    tenant: { id: '00000000-0000-4000-8000-000000000002', name: 'Järfälla kommun', municipalityCode: '0123' },
    csrfToken: 'csrf-token',
    expiresAt: '2030-01-01T00:00:00.000Z',
  };
}
