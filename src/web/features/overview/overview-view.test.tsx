// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../i18n/i18n.js';
import { visibleAreas } from '../../layout/areas.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import { OverviewView } from './overview-view.js';

afterEach(async () => {
  cleanup();
  await applyLanguage('sv');
});

describe('start page', () => {
  const session = sessionFixture({
    roles: [
      { role: 'administrator', unitId: null },
      { role: 'guide', unitId: null },
      { role: 'department_contact', unitId: '00000000-0000-4000-8000-000000000009' },
    ],
    permissions: [
      'analysis:read',
      'goals:read',
      'improvements:read',
      'reports:read',
      'units:read',
      'units:write',
      'users:read',
      'users:write',
    ],
  });
  const areas = visibleAreas(session.user.permissions).filter((a) => a.key !== 'overview');

  it('welcomes the person and lists their roles in Swedish, in a fixed order', () => {
    renderWithApp(<OverviewView session={session} areas={areas} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Välkommen, Anna Berg');
    expect(screen.getByText('Du arbetar i Järfälla kommun.')).toBeTruthy();
    const roles = within(screen.getByRole('region', { name: 'Dina roller' })).getAllByRole('listitem');
    expect(roles.map((li) => li.textContent)).toEqual([
      'Kommunvägledare',
      'Förvaltningskontakt',
      'Administratör',
    ]);
  });

  it('links to every area the person may open', () => {
    renderWithApp(<OverviewView session={session} areas={areas} />);
    const links = within(screen.getByRole('region', { name: 'Områden' })).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Kontakter',
      'Telefoni',
      'Analys',
      'Mål och signaler',
      'Förbättringar',
      'Administration',
    ]);
  });

  it('shows the telephony panel it is given, after the welcome', () => {
    renderWithApp(
      <OverviewView
        session={session}
        areas={areas}
        telephony={
          <section aria-label="Telefoni i dag och den här veckan">
            <p>figures</p>
          </section>
        }
      />,
    );
    expect(screen.getByRole('region', { name: 'Telefoni i dag och den här veckan' })).toBeTruthy();
  });

  it('in English after the switch', async () => {
    await applyLanguage('en');
    renderWithApp(<OverviewView session={sessionFixture()} areas={[]} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome, Anna Berg');
    expect(screen.getByText('Municipal guide')).toBeTruthy();
  });
});
