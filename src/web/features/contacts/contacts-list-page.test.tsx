// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '../../api/types.js';
import { applyLanguage } from '../../i18n/i18n.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import { ContactsListPage } from './contacts-list-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const DEPARTMENT = '1c6f7e0a-3b1d-4f8e-9a2b-5d4c3b2a1f00';
const UNIT = '2d7a8f1b-4c2e-4a9f-8b3c-6e5d4c3b2a10';
const UNITS: Unit[] = [
  { id: DEPARTMENT, parentId: null, name: 'Samhällsbyggnad', kind: 'department', archivedAt: null },
  { id: UNIT, parentId: DEPARTMENT, name: 'Vatten och avfall', kind: 'unit', archivedAt: null },
];

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

function stubApi() {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    if (url.startsWith('/api/topics')) return json({ topics: [] });
    if (url.startsWith('/api/units')) return json({ units: UNITS });
    if (url.startsWith('/api/contacts/export.'))
      return json(
        { status: 400, code: 'contact_export_too_large', detail: 'För många.' },
        400,
        'application/problem+json',
      );
    if (url.startsWith('/api/contacts?')) return json({ contacts: [], nextCursor: null });
    return json({}, 404);
  });
  return urls;
}

const manager = sessionFixture({
  roles: [{ role: 'manager', unitId: null }],
  permissions: ['contacts:read'],
});
const chip = (name: string) => screen.findByRole('button', { name: `Ta bort filter: ${name}` });
const chipNames = () =>
  screen
    .queryAllByRole('button', { name: /^Ta bort filter: / })
    .map((b) => b.getAttribute('aria-label')?.replace('Ta bort filter: ', ''));

describe('the contact list: drill-down filters', () => {
  it('shows each as a chip, in words, and sends them with the list', async () => {
    const urls = stubApi();
    renderWithApp(<ContactsListPage />, {
      session: manager,
      path:
        `/contacts/list?channel=phone&weekday=1&hour=8&gender=none&ageBand=80%2B&noDistrict=true` +
        `&failureReason=chasing_case&existingCase=true&forwardedToUnitId=${UNIT}`,
    });
    await chip('Lämnad vidare till: Vatten och avfall');
    expect(chipNames()).toEqual([
      'Veckodag måndag',
      'kl. 08–09',
      'Kön: saknas',
      'Åldersgrupp: 80+',
      'Område: saknas',
      'Undvikbar efterfrågan: Efterfrågar besked i pågående ärende',
      'Gäller ett pågående ärende: Ja',
      'Lämnad vidare till: Vatten och avfall',
    ]);
    expect(screen.getByRole('group', { name: 'Listan visar bara kontakter med:' })).toBeTruthy();
    expect(urls).toContain(
      '/api/contacts?channel=phone&weekday=1&hour=8&gender=none&ageBand=80%2B&noDistrict=true' +
        `&failureReason=chasing_case&existingCase=true&forwardedToUnitId=${UNIT}&limit=50`,
    );
  });

  it('a chip removes its filter alone; the focus goes to the next chip, then to the results', async () => {
    const urls = stubApi();
    renderWithApp(<ContactsListPage />, {
      session: manager,
      path: '/contacts/list?channel=phone&weekday=7&district=Jakobsberg',
    });
    fireEvent.click(await chip('Veckodag söndag'));
    await waitFor(() => expect(chipNames()).toEqual(['Område: Jakobsberg']));
    expect(document.activeElement).toBe(await chip('Område: Jakobsberg'));
    expect(urls).toContain('/api/contacts?channel=phone&district=Jakobsberg&limit=50');

    fireEvent.click(await chip('Område: Jakobsberg'));
    await waitFor(() => expect(chipNames()).toEqual([]));
    expect(screen.queryByRole('group', { name: 'Listan visar bara kontakter med:' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Resultat' }));
    expect(urls).toContain('/api/contacts?channel=phone&limit=50');
  });

  it('no chips without drill-down filters; the export sends them too', async () => {
    const urls = stubApi();
    const { unmount } = renderWithApp(<ContactsListPage />, {
      session: manager,
      path: '/contacts/list?channel=phone',
    });
    await screen.findByRole('button', { name: 'Ladda ned CSV' });
    expect(chipNames()).toEqual([]);
    unmount();

    renderWithApp(<ContactsListPage />, {
      session: manager,
      path: '/contacts/list?hour=23&existingCase=false',
    });
    await chip('kl. 23–24');
    expect(chipNames()).toEqual(['kl. 23–24', 'Gäller ett pågående ärende: Nej']);
    fireEvent.click(screen.getByRole('button', { name: 'Ladda ned CSV' }));
    await waitFor(() =>
      expect(urls).toContain('/api/contacts/export.csv?hour=23&existingCase=false&lang=sv'),
    );
  });

  it('an unknown unit is said to be unknown', async () => {
    stubApi();
    renderWithApp(<ContactsListPage />, {
      session: manager,
      path: '/contacts/list?forwardedToUnitId=3e8b9a2c-5d3f-4b0a-9c4d-7f6e5d4c3b21',
    });
    await chip('Lämnad vidare till: okänd enhet');
  });

  it('in English when the interface is', async () => {
    stubApi();
    await applyLanguage('en');
    try {
      renderWithApp(<ContactsListPage />, {
        session: manager,
        path: '/contacts/list?weekday=3&hour=9&gender=unknown&noDistrict=true',
      });
      await screen.findByRole('button', { name: 'Remove filter: Weekday Wednesday' });
      const names = screen
        .getAllByRole('button', { name: /^Remove filter: / })
        .map((b) => b.getAttribute('aria-label'));
      expect(names).toEqual([
        'Remove filter: Weekday Wednesday',
        'Remove filter: 09:00–10:00',
        'Remove filter: Gender: Cannot tell',
        'Remove filter: District: not recorded',
      ]);
    } finally {
      await applyLanguage('sv');
    }
  });
});
