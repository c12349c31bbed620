// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import { CallImportPage } from './call-import-page.js';

/** The browser's XMLHttpRequest as the import uses it: answers with what the test sets. */
class FakeXhr {
  static answer: { status: number; body: unknown; type: string } = {
    status: 201,
    body: {},
    type: 'application/json',
  };
  static sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  url = '';
  headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  upload = {
    onprogress: null as ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return FakeXhr.answer.type;
  }
  send(body: unknown) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, body });
    this.upload.onprogress?.({ loaded: 1, total: 2, lengthComputable: true });
    setTimeout(() => {
      this.status = FakeXhr.answer.status;
      this.responseText = JSON.stringify(FakeXhr.answer.body);
      this.onload?.();
    }, 0);
  }
  abort() {}
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  // What signing in does (SessionProvider with an initial session does not).
  setCsrfToken('csrf-token');
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal('fetch', async (url: string) => {
    if (url === '/api/telephony/imports') return json({ imports: [] });
    return json({ status: 404, code: 'not_found', detail: '' }, 404);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const importer = sessionFixture({
  roles: [{ role: 'quality_developer', unitId: null }],
  permissions: ['reports:read', 'telephony:import'],
});

async function chooseFileAndSubmit(button = 'Importera filen') {
  const input = screen.getByLabelText('Samtalsfil');
  const file = new File(['1772524800|c1|kundtjanst|NONE|ENTERQUEUE||0701234567|1\n'], 'queue_log');
  fireEvent.change(input, { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: button }));
  return file;
}

describe('importing calls', () => {
  it('without column mappings for calls on the server, CSV is offered disabled with the reason', async () => {
    renderWithApp(<CallImportPage />, { session: importer, path: '/telephony/import' });
    await screen.findByText('Inga samtal är importerade ännu.');
    const csv = screen.getByRole<HTMLInputElement>('radio', { name: 'CSV med kolumnmappning' });
    await waitFor(() => expect(csv.disabled).toBe(true));
    expect(screen.getByRole('group', { name: 'Format' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText('CSV med kolumnmappning går inte att använda på den här servern än.'),
    ).toBeTruthy();
  });

  it('without a saved mapping: an administrator is led to create one, others are told who can', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (url === '/api/telephony/imports') return json({ imports: [] });
      if (url === '/api/telephony/call-mappings') return json({ mappings: [] });
      return json({ status: 404, code: 'not_found', detail: '' }, 404);
    });
    renderWithApp(<CallImportPage />, {
      session: sessionFixture({ permissions: ['reports:read', 'telephony:import', 'telephony:configure'] }),
      path: '/telephony/import',
    });
    const link = await screen.findByRole('link', { name: 'Skapa en kolumnmappning' });
    expect(link.getAttribute('href')).toBe('/telephony/mappings');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'CSV med kolumnmappning' }).disabled).toBe(
      true,
    );
    cleanup();

    renderWithApp(<CallImportPage />, { session: importer, path: '/telephony/import' });
    await screen.findByText(
      /^CSV kräver en sparad kolumnmappning för samtal, .* En administratör kan skapa en\.$/,
    );
    expect(screen.queryByRole('link', { name: 'Skapa en kolumnmappning' })).toBeNull();
  });

  it('sends the file as it is with its name, then reads the summary out', async () => {
    FakeXhr.answer = {
      status: 201,
      type: 'application/json',
      body: {
        importId: '6f0c1c3e-8a3b-4f43-9a77-3c2f1b0e9d10',
        format: 'asterisk-queue-log',
        source: 'asterisk',
        fileName: 'queue_log',
        dryRun: false,
        alreadyImportedAs: null,
        lines: 11,
        blankLines: 0,
        calls: 4,
        imported: 4,
        duplicates: 0,
        duplicateLines: 0,
        completedFromEarlierFile: 0,
        stillOpen: 0,
        neverEnded: 0,
        customEvents: 0,
        orphanEvents: 0,
        unterminated: 0,
        skipped: {},
        rejectedCount: 0,
        rejected: [],
        firstDay: '2026-03-03',
        lastDay: '2026-03-03',
        bytes: 812,
        durationMs: 40,
      },
    };
    renderWithApp(<CallImportPage />, { session: importer, path: '/telephony/import' });
    await screen.findByText('Inga samtal är importerade ännu.');
    const file = await chooseFileAndSubmit();
    await screen.findByText('Klart: 4 samtal importerades.');
    expect(FakeXhr.sent[0]?.url).toBe(
      '/api/telephony/imports?format=asterisk-queue-log&fileName=queue_log&dryRun=false',
    );
    expect(FakeXhr.sent[0]?.body).toBe(file);
    expect(FakeXhr.sent[0]?.headers['content-type']).toBe('application/octet-stream');
    expect(FakeXhr.sent[0]?.headers['x-csrf-token']).toBe('csrf-token');
    const result = screen.getByRole('region', { name: 'Resultat' });
    const terms = within(result)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(terms).toEqual([
      'Importerade samtal',
      'Redan importerade (dubbletter)',
      'Samtal i filen',
      'Rader i filen',
    ]);
    expect(within(result).getByText(/^Noll: .*Fortfarande i kö vid filens slut/)).toBeTruthy();
    expect(within(result).getByText('Samtalen gäller 3 mars 2026.')).toBeTruthy();
  });

  it('a refused file: nothing imported, and every line that cannot be read by its number', async () => {
    FakeXhr.answer = {
      status: 422,
      type: 'application/problem+json',
      body: {
        status: 422,
        code: 'call_import_invalid',
        detail: 'Ingenting importerades. Filen har rader som inte går att läsa.',
        errors: [
          {
            pointer: '/file/line/14',
            code: 'line_rejected',
            detail: 'Raden kan inte läsas: callid is empty',
          },
          { pointer: '/file', code: 'more_lines_rejected', detail: 'Ytterligare 3 rader kan inte läsas.' },
        ],
      },
    };
    renderWithApp(<CallImportPage />, { session: importer, path: '/telephony/import' });
    await screen.findByText('Inga samtal är importerade ännu.');
    await chooseFileAndSubmit();
    const alert = await screen.findByText('Ingenting importerades. Filen har rader som inte går att läsa.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    const lines = screen.getByRole('region', { name: 'Rader som inte kan läsas' });
    expect(
      within(lines)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Rad 14: Raden kan inte läsas: callid is empty', 'Ytterligare 3 rader kan inte läsas.']);
  });

  it('asks for a file before sending anything', async () => {
    renderWithApp(<CallImportPage />, { session: importer, path: '/telephony/import' });
    await screen.findByText('Inga samtal är importerade ännu.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Provkör (sparar inget)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Provkör filen' }));
    expect(screen.getByText('Välj en fil.')).toBeTruthy();
    expect(screen.getByLabelText('Samtalsfil').getAttribute('aria-invalid')).toBe('true');
    expect(FakeXhr.sent).toEqual([]);
  });

  it('Förklara: a dry run that shows each sampled call with the lines that made it', async () => {
    FakeXhr.answer = {
      status: 200,
      type: 'application/json',
      body: {
        summary: { calls: 2, dryRun: true },
        calls: [
          {
            callId: 'c1',
            queue: 'kundtjanst',
            day: '2026-03-03',
            outcome: 'abandoned',
            answeredEnd: null,
            waitSeconds: 45,
            talkSeconds: 0,
            sample: 'first',
            lines: [
              { line: 1, text: '1772524800|c1|kundtjanst|NONE|ENTERQUEUE||0701234567|1' },
              { line: 2, text: '1772524845|c1|kundtjanst|NONE|ABANDON|1|1|45' },
            ],
          },
        ],
      },
    };
    renderWithApp(<CallImportPage />, { session: importer, path: '/telephony/import' });
    await screen.findByText('Inga samtal är importerade ännu.');
    await chooseFileAndSubmit('Förklara filen (provkörning med exempel)');
    const view = await screen.findByRole('region', { name: 'Så läste Lots filen' });
    expect(FakeXhr.sent[0]?.url).toBe(
      '/api/telephony/imports/explain?format=asterisk-queue-log&fileName=queue_log',
    );
    expect(
      within(view).getByRole('heading', { name: 'Samtal c1 i kön kundtjanst, 2026-03-03' }),
    ).toBeTruthy();
    expect(
      within(view).getByText(/Avbrutet: den som ringde lade på\. Väntade 45 s, samtalet tog 0 s\./),
    ).toBeTruthy();
    const lines = within(view).getByRole('list', { name: 'Raderna i filen' });
    expect(
      within(lines)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Rad 1: 1772524800|c1|kundtjanst|NONE|ENTERQUEUE||0701234567|1',
      'Rad 2: 1772524845|c1|kundtjanst|NONE|ABANDON|1|1|45',
    ]);
  });
});
