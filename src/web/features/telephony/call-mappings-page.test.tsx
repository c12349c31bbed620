// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import { CallMappingsPage } from './call-mappings-page.js';
import type { SavedCallMapping } from './types.js';

const SAVED: SavedCallMapping = {
  id: '6f0c1c3e-8a3b-4f43-9a77-3c2f1b0e9d10',
  name: 'Aggregat',
  source: 'ACD',
  kind: 'intervals',
  mapping: {
    kind: 'intervals',
    columns: { intervalStart: 'Dag', offered: 'Erbj', answered: 'Besv', abandoned: 'Avbr' },
    fixedQueue: 'Växeln',
    dateFormat: 'YYYY-MM-DD',
    timeZone: 'Europe/Stockholm',
    durationUnit: 'seconds',
  },
  updatedAt: '2026-03-03T08:00:00.000Z',
};

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': type } });

/** A small stand-in for the API: the list, and what each change sends; `answer` overrides a change. */
function stubApi(answer?: (method: string, body: unknown) => Response | undefined) {
  let mappings = [SAVED];
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    if (method === 'GET') return json({ mappings });
    sent.push({ method, url, body });
    const answered = answer?.(method, body);
    if (answered) return answered;
    if (method === 'DELETE') {
      mappings = mappings.filter((m) => !url.endsWith(m.id));
      return json(null, 204);
    }
    const saved = body as Pick<SavedCallMapping, 'name' | 'source' | 'mapping'>;
    const item = { ...SAVED, id: 'c0ffee00-0000-4000-8000-000000000001', ...saved, kind: saved.mapping.kind };
    mappings = [...mappings, item];
    return json(item, 201);
  });
  return sent;
}

beforeEach(() => setCsrfToken('csrf-token'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const admin = sessionFixture({
  roles: [{ role: 'administrator', unitId: null }],
  permissions: ['reports:read', 'telephony:import', 'telephony:configure'],
});

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function openNewForm() {
  renderWithApp(<CallMappingsPage />, { session: admin, path: '/telephony/mappings' });
  await screen.findByRole('table', { name: 'Sparade kolumnmappningar för CSV-filer med samtal' });
  fireEvent.click(screen.getByRole('button', { name: 'Ny kolumnmappning' }));
  const heading = screen.getByRole('heading', { name: 'Ny kolumnmappning' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
}

describe('column mappings for CSV files of calls', () => {
  it('lists the saved mappings with their source and content', async () => {
    stubApi();
    renderWithApp(<CallMappingsPage />, { session: admin, path: '/telephony/mappings' });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Aggregat' })).toBeTruthy();
    expect(within(table).getByText('Intervaller')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Ändra Aggregat' })).toBeTruthy();
  });

  it('creates a calls mapping with date and time columns and outcome codes', async () => {
    const sent = stubApi();
    await openNewForm();
    fill('Mappningens namn', 'Telia');
    fill('Källa', 'Telia ACD');
    fill('Samtals-id', 'Samtals-id');
    fireEvent.click(screen.getByRole('radio', { name: 'Datum och tid i var sin kolumn' }));
    fill('Datum', 'Datum');
    fill('Tid', 'Tid');
    fill('Kolumn för kö', 'Kö');
    fill('Utfall', 'Utfall');
    fill('Kötid', 'Kötid');
    const codes = screen.getByRole('group', { name: 'Källans koder för utfall' });
    fireEvent.change(within(codes).getByLabelText('Källans kod (rad 1)'), { target: { value: 'Besvarat' } });
    fireEvent.change(within(codes).getByLabelText('Betyder (rad 1)'), { target: { value: 'answered' } });
    fireEvent.click(within(codes).getByRole('button', { name: 'Lägg till en kod' }));
    // The new row has the focus.
    expect(document.activeElement).toBe(within(codes).getByLabelText('Källans kod (rad 2)'));
    fireEvent.change(within(codes).getByLabelText('Källans kod (rad 2)'), { target: { value: 'Avbrutet' } });
    fireEvent.change(within(codes).getByLabelText('Betyder (rad 2)'), { target: { value: 'abandoned' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara mappningen' }));

    await screen.findByText('Mappningen Telia är sparad. Du kan välja den när du importerar en CSV-fil.');
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/telephony/call-mappings',
        body: {
          name: 'Telia',
          source: 'Telia ACD',
          mapping: {
            kind: 'calls',
            columns: {
              callId: 'Samtals-id',
              enteredDate: 'Datum',
              enteredTime: 'Tid',
              queue: 'Kö',
              outcome: 'Utfall',
              waitSeconds: 'Kötid',
            },
            outcomes: { Besvarat: 'answered', Avbrutet: 'abandoned' },
            dateFormat: 'YYYY-MM-DD',
            timeZone: 'Europe/Stockholm',
            durationUnit: 'seconds',
          },
        },
      },
    ]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sparade mappningar' })),
    );
    await screen.findByRole('rowheader', { name: 'Telia' });
  });

  it('shows the server’s errors at the fields: the date column without a time column', async () => {
    stubApi(() =>
      json(
        {
          status: 400,
          code: 'validation_failed',
          detail: 'Kontrollera de markerade fälten.',
          errors: [
            {
              pointer: '/body/mapping/columns/enteredDate',
              code: 'date_without_time',
              detail: 'En datumkolumn kräver en tidskolumn.',
            },
            { pointer: '/body/name', code: 'required', detail: 'Obligatoriskt fält.' },
          ],
        },
        400,
        'application/problem+json',
      ),
    );
    await openNewForm();
    fireEvent.click(screen.getByRole('radio', { name: 'Datum och tid i var sin kolumn' }));
    fill('Datum', 'Datum');
    fireEvent.click(screen.getByRole('button', { name: 'Spara mappningen' }));
    const alert = await screen.findByText('Kontrollera de markerade fälten.');
    await waitFor(() => expect(document.activeElement).toBe(alert.closest('[role="alert"]')));
    const date = screen.getByLabelText('Datum');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = date.getAttribute('aria-describedby') ?? '';
    const texts = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(texts).toContain('En datumkolumn kräver en tidskolumn.');
    expect(screen.getByLabelText('Mappningens namn').getAttribute('aria-invalid')).toBe('true');
  });

  it('a half-filled code row is named at the row and nothing is sent', async () => {
    const sent = stubApi();
    await openNewForm();
    const codes = screen.getByRole('group', { name: 'Källans koder för utfall' });
    fireEvent.change(within(codes).getByLabelText('Källans kod (rad 1)'), { target: { value: 'Besvarat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara mappningen' }));
    expect(within(codes).getByText('Välj vad koden betyder.')).toBeTruthy();
    expect(within(codes).getByLabelText('Betyder (rad 1)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Några koder kan inte sparas. Rätta raderna som är markerade.')).toBeTruthy();
    // Removing the row moves the focus to the add button.
    fireEvent.click(within(codes).getByRole('button', { name: 'Ta bort (rad 1)' }));
    expect(document.activeElement).toBe(within(codes).getByRole('button', { name: 'Lägg till en kod' }));
    expect(sent).toEqual([]);
  });

  it('changes a saved mapping in place: its fixed queue and one start column are kept', async () => {
    const sent = stubApi((method, body) =>
      method === 'PUT' ? json({ ...SAVED, ...(body as object) }) : undefined,
    );
    renderWithApp(<CallMappingsPage />, { session: admin, path: '/telephony/mappings' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra Aggregat' }));
    expect(screen.getByRole('heading', { name: 'Ändra mappningen Aggregat' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Samma kö för alla rader' }).checked).toBe(
      true,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Köns namn').value).toBe('Växeln');
    expect(screen.queryByRole('group', { name: 'Källans koder för utfall' })).toBeNull();
    fill('Erbjudna samtal', 'Erbjudna');
    fireEvent.click(screen.getByRole('button', { name: 'Spara mappningen' }));
    await screen.findByText(/^Mappningen Aggregat är sparad\./);
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      url: `/api/telephony/call-mappings/${SAVED.id}`,
      body: { mapping: { fixedQueue: 'Växeln', columns: { intervalStart: 'Dag', offered: 'Erbjudna' } } },
    });
  });

  it('removes a mapping only after asking', async () => {
    const sent = stubApi();
    renderWithApp(<CallMappingsPage />, { session: admin, path: '/telephony/mappings' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ta bort Aggregat' }));
    const question = screen.getByRole('group', { name: 'Ta bort Aggregat' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Ta bort mappningen' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ta bort Aggregat' }));
    expect(sent).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Aggregat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort mappningen' }));
    await screen.findByText('Mappningen Aggregat är borttagen.');
    expect(sent).toEqual([
      { method: 'DELETE', url: `/api/telephony/call-mappings/${SAVED.id}`, body: undefined },
    ]);
    await waitFor(() => expect(screen.getByText(/^Det finns inga kolumnmappningar ännu\./)).toBeTruthy());
  });
});
