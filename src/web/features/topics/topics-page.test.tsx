// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '../../api/types.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import { TopicsPage } from './topics-page.js';
import type { Topic } from './types.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const units: Unit[] = [
  { id: 'sbf', parentId: null, name: 'Samhällsbyggnadsförvaltningen', kind: 'department', archivedAt: null },
  { id: 'va', parentId: 'sbf', name: 'Vatten och avlopp', kind: 'unit', archivedAt: null },
];
const topics: Topic[] = [
  {
    id: 't1',
    parentId: null,
    name: 'Vatten och avlopp',
    ownerUnitId: 'va',
    defaultFailureReason: null,
    retiredAt: null,
    path: 'Vatten och avlopp',
    searchWords: [],
  },
  {
    id: 't2',
    parentId: 't1',
    name: 'VA-faktura',
    ownerUnitId: 'va',
    defaultFailureReason: 'did_not_understand_information',
    retiredAt: null,
    path: 'Vatten och avlopp › VA-faktura',
    searchWords: ['vattenräkning'],
  },
];

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** A stand-in for the API: the two lists, and whatever `post` answers for POST requests. */
function stubApi(post: (url: string, body: unknown) => Response) {
  const posted: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      const body: unknown = JSON.parse(init.body as string);
      posted.push({ url, body });
      return post(url, body);
    }
    if (url.startsWith('/api/topics')) return json({ topics });
    if (url.startsWith('/api/units')) return json({ units });
    return json({}, 404);
  });
  return posted;
}

const writer = sessionFixture({
  roles: [{ role: 'quality_developer', unitId: null }],
  permissions: ['topics:read', 'topics:write', 'units:read'],
});

describe('service catalogue page', () => {
  it('shows the tree with each topic’s owner and default, read-only without topics:write', async () => {
    stubApi(() => json({}, 500));
    renderWithApp(<TopicsPage />, {
      session: sessionFixture({ permissions: ['topics:read', 'units:read'] }),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Ämneskatalog' })).toBeTruthy();
    const tree = await screen.findByRole('region', { name: 'Katalog' });
    const items = within(tree).getAllByRole('listitem');
    expect(items[1]?.textContent).toContain('VA-faktura');
    expect(items[1]?.textContent).toContain('Samhällsbyggnadsförvaltningen › Vatten och avlopp');
    expect(items[1]?.textContent).toContain('Undvikbar: Förstod inte informationen');
    expect(screen.queryByRole('button', { name: /Avsluta/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Nytt ämne' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Hämta katalogen som CSV-fil' }).getAttribute('href')).toBe(
      '/api/topics/export.csv',
    );
    expect(screen.queryByLabelText('CSV-fil att läsa in')).toBeNull();
  });

  it('creates a topic below a parent, owner chosen from the units', async () => {
    const posted = stubApi(() =>
      json({ ...topics[1], id: 't3', name: 'Vattenläcka', path: 'Vatten och avlopp › Vattenläcka' }, 201),
    );
    renderWithApp(<TopicsPage />, { session: writer });
    const form = (await screen.findByRole('heading', { name: 'Nytt ämne' })).parentElement as HTMLElement;
    fireEvent.change(within(form).getByLabelText('Namn'), { target: { value: ' Vattenläcka ' } });
    fireEvent.change(within(form).getByLabelText('Ligger under'), { target: { value: 't1' } });
    fireEvent.change(within(form).getByLabelText('Ansvarig enhet'), { target: { value: 'va' } });
    fireEvent.change(within(form).getByLabelText('Sökord'), {
      target: { value: 'vattenläcka, läckande ledning,, Vattenläcka ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa ämne' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Vatten och avlopp › Vattenläcka har skapats.'),
    );
    expect(posted).toEqual([
      {
        url: '/api/topics',
        body: {
          name: 'Vattenläcka',
          parentId: 't1',
          ownerUnitId: 'va',
          defaultFailureReason: null,
          searchWords: ['vattenläcka', 'läckande ledning'],
        },
      },
    ]);
  });

  it('lists every rejected line of a refused import, tied to the file field', async () => {
    const posted = stubApi(() =>
      json(
        {
          status: 400,
          code: 'topic_import_invalid',
          detail: 'Filen lästes inte in och ingenting har ändrats. Rätta raderna nedan och försök igen.',
          errors: [
            { pointer: '/csv/line/3/owner', code: 'unit_unknown', detail: 'Enheten finns inte.' },
            {
              pointer: '/csv/line/5',
              code: 'csv_field_count',
              detail: 'Raden har 3 fält men rubrikraden har 4.',
            },
          ],
        },
        400,
        'application/problem+json',
      ),
    );
    renderWithApp(<TopicsPage />, { session: writer });
    const input = await screen.findByLabelText('CSV-fil att läsa in');
    fireEvent.click(screen.getByRole('button', { name: 'Läs in filen' }));
    expect(await screen.findByText('Välj en fil.')).toBeTruthy();

    const csv = 'path;owner\nVatten › Läcka;Okänd\n';
    fireEvent.change(input, { target: { files: [new File([csv], 'katalog.csv', { type: 'text/csv' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Läs in filen' }));
    const heading = await screen.findByRole('heading', { name: 'Rader som inte kunde läsas in (2)' });
    const list = within(heading.parentElement as HTMLElement).getAllByRole('listitem');
    expect(list.map((li) => li.textContent)).toEqual([
      'Rad 3, kolumn owner: Enheten finns inte.',
      'Rad 5: Raden har 3 fält men rubrikraden har 4.',
    ]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy).toContain(heading.parentElement?.id);
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(),
    ).toContain('ingenting har ändrats');
    expect(posted).toEqual([{ url: '/api/topics/import', body: { csv } }]);
  });
});
