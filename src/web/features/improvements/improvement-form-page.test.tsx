// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '../../api/types.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import type { Topic } from '../contacts/contact-types.js';
import { ImprovementFormPage } from './improvement-form-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const units: Unit[] = [
  { id: 'u-va', parentId: null, name: 'Vatten och avlopp', kind: 'department', archivedAt: null },
];
// A catalogue of 130 topics, as the demo's; the chosen one sorts far down the list.
const topics: Topic[] = Array.from({ length: 130 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  parentId: null,
  name: `Ämne ${String(i).padStart(3, '0')}`,
  ownerUnitId: 'u-va',
  defaultFailureReason: null,
  retiredAt: null,
  path: i === 120 ? 'Vatten och avlopp › VA-faktura' : `Område › Ämne ${String(i).padStart(3, '0')}`,
}));
const chosen = topics[120] as Topic;

function stubApi() {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = url.startsWith('/api/topics') ? { topics } : url.startsWith('/api/units') ? { units } : {};
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
}

const writer = sessionFixture({ permissions: ['improvements:read', 'improvements:write'] });

describe('starting an improvement with targets chosen beforehand', () => {
  it('shows them at the top of the targets, each removable', async () => {
    stubApi();
    renderWithApp(
      <Routes>
        <Route path="/improvements/new" element={<ImprovementFormPage />} />
      </Routes>,
      { session: writer, path: `/improvements/new?topicId=${chosen.id}&source=fix_first` },
    );
    const region = await screen.findByRole('region', { name: 'Vald (1)' });
    const chips = within(region).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent)).toEqual(['Ämne: Vatten och avlopp › VA-faktura×']);
    // The chosen targets come before the list of every topic.
    const list = screen.getByRole('checkbox', { name: 'Vatten och avlopp › VA-faktura' });
    expect(region.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // A need chosen below joins them; removing the topic unticks it in the list as well.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Förstår inte' }));
    const two = screen.getByRole('region', { name: 'Valda (2)' });
    expect(
      within(two)
        .getAllByRole('listitem')
        .map((c) => c.textContent),
    ).toEqual(['Ämne: Vatten och avlopp › VA-faktura×', 'Behov: Förstår inte×']);
    fireEvent.click(within(two).getByRole('button', { name: 'Ta bort Vatten och avlopp › VA-faktura' }));
    expect((list as HTMLInputElement).checked).toBe(false);
    expect(within(screen.getByRole('region', { name: 'Vald (1)' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says when nothing is chosen yet', async () => {
    stubApi();
    renderWithApp(
      <Routes>
        <Route path="/improvements/new" element={<ImprovementFormPage />} />
      </Routes>,
      { session: writer, path: '/improvements/new' },
    );
    const region = await screen.findByRole('region', { name: 'Valda (0)' });
    expect(within(region).getByText('Inget valt ännu. Välj ämnen, behov eller orsaker nedan.')).toBeTruthy();
  });
});
