// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../i18n/i18n.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import type { Contact, Topic } from '../contacts/contact-types.js';
import { MyDayView, type MyDay } from './my-day-panel.js';
import { OverviewView } from './overview-view.js';

afterEach(async () => {
  cleanup();
  await applyLanguage('sv');
});

const topic: Topic = {
  id: '00000000-0000-4000-8000-00000000000a',
  parentId: null,
  name: 'Sophämtning',
  ownerUnitId: '00000000-0000-4000-8000-000000000001',
  defaultFailureReason: null,
  retiredAt: null,
  path: 'Avfall › Sophämtning',
};

function contact(id: string, startedAt: string): Contact {
  return {
    id,
    topicId: topic.id,
    channel: 'phone',
    resolution: 'resolved_self',
    startedAt,
  } as unknown as Contact;
}

// 2026-12-07 is a Monday; 14:05 and 09:30 Stockholm time (UTC+1 in December).
const myDay: MyDay = {
  day: '2026-12-07',
  todayCount: 2,
  recent: [
    contact('00000000-0000-4000-8000-0000000000c1', '2026-12-07T13:05:00Z'),
    contact('00000000-0000-4000-8000-0000000000c2', '2026-12-04T08:30:00Z'),
  ],
};

describe('a guide’s day on the start page', () => {
  it('offers “Registrera kontakt” first, then today’s count and the latest own contacts', () => {
    renderWithApp(<MyDayView myDay={{ status: 'ready', data: myDay }} topics={[topic]} />);
    const region = screen.getByRole('region', { name: 'Din dag' });
    const links = within(region).getAllByRole('link');
    expect(links[0]?.textContent).toBe('Registrera kontakt');
    expect(links[0]?.getAttribute('href')).toBe('/contacts');
    expect(within(region).getByText('Du har registrerat 2 kontakter i dag.')).toBeTruthy();
    const items = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^\d\d:\d\d Avfall › Sophämtning · Telefon/);
    expect(items[1]).toMatch(/^4 december \d\d:\d\d Avfall › Sophämtning/);
  });

  it('says one contact in the singular, and that there are none yet', async () => {
    renderWithApp(
      <MyDayView myDay={{ status: 'ready', data: { ...myDay, todayCount: 1, recent: [] } }} topics={[]} />,
    );
    expect(screen.getByText('Du har registrerat 1 kontakt i dag.')).toBeTruthy();
    expect(screen.getByText('Du har inte registrerat några kontakter ännu.')).toBeTruthy();
    cleanup();
    await applyLanguage('en');
    renderWithApp(<MyDayView myDay={{ status: 'ready', data: myDay }} topics={[topic]} />);
    expect(screen.getByRole('link', { name: 'Log a contact' })).toBeTruthy();
    expect(screen.getByText('You have logged 2 contacts today.')).toBeTruthy();
  });

  it('comes first on the start page, before the team’s goals', () => {
    renderWithApp(
      <OverviewView
        session={sessionFixture()}
        areas={[]}
        myDay={<MyDayView myDay={{ status: 'ready', data: myDay }} topics={[topic]} />}
        goals={<section aria-label="Mål och signaler">goals</section>}
      />,
    );
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label') ?? r.textContent);
    expect(regions[0]).toContain('Din dag');
  });
});
