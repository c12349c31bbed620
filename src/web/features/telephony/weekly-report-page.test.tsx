// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportRow, WeeklyMeasure } from '../../../core/telephony/weekly-report.js';
import { renderWithApp, sessionFixture } from '../../testing/render.js';
import type { WeeklyReportDocument } from './types.js';
import { WeeklyReportPage } from './weekly-report-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const WEEKS = ['2026-W10', '2026-W11'];
const KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const mondays = ['2026-03-02', '2026-03-09'];
const dayOf = (week: number, weekday: number) =>
  new Date(Date.parse(`${mondays[week]}T00:00:00Z`) + weekday * 86_400_000).toISOString().slice(0, 10);

/**
 * Rows with the same value everywhere, but Monday of W11 closed, Tuesday of W10 flagged, and
 * Friday of W11 still to come (no value, incomplete, and so is week 11).
 */
function rows(value: number | null): ReportRow[] {
  return [
    ...KEYS.map((key, weekday) => ({
      key,
      mean: value,
      goal: null,
      lowest: value,
      highest: value,
      cells: WEEKS.map((week, w) => {
        const toCome = w === 1 && weekday === 4;
        return {
          week,
          day: dayOf(w, weekday),
          value: toCome ? null : w === 1 && weekday === 0 ? (value === null ? null : 0) : value,
          closed: w === 1 && weekday === 0,
          incomplete: toCome,
          dataIssues: w === 0 && weekday === 1 ? (['answered_exceeds_offered'] as const).slice() : [],
        };
      }),
    })),
    {
      key: 'week' as const,
      mean: value,
      goal: null,
      lowest: value,
      highest: value,
      cells: WEEKS.map((week, w) => ({
        week,
        day: null,
        value,
        closed: false,
        incomplete: w === 1,
        dataIssues: [],
      })),
    },
  ];
}

const table = (measure: WeeklyMeasure, unit: 'count' | 'share' | 'seconds', value: number | null) => ({
  measure,
  unit,
  rows: rows(value),
});

const REPORT: WeeklyReportDocument = {
  scope: { key: 'all', kind: 'all', name: null },
  from: '2026-W10',
  to: '2026-W11',
  generatedAt: '2026-03-16T07:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  thresholds: { shortAbandonSeconds: 5, answeredWithinSeconds: 120, emailLimitHours: 9 },
  closedDays: [{ day: '2026-03-09', reason: 'Kompetensdag' }],
  weeks: WEEKS,
  visitorSources: { entered: 1, logged: 9 },
  rowKeys: [...KEYS, 'week'],
  measures: [
    table('offered', 'count', 1234),
    table('availability', 'share', 0.863),
    table('meanQueueSeconds', 'seconds', 54.6),
    table('resolutionRate', 'share', null),
  ],
  dataIssues: [{ kind: 'answered_exceeds_offered', week: '2026-W10', day: '2026-03-03' }],
};

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

function stubApi(pdf: () => Response = () => json({}, 500)) {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    if (url.startsWith('/api/telephony/scopes')) return json({ queues: [], groups: [] });
    if (url.startsWith('/api/reports/weekly.pdf')) return pdf();
    if (url.startsWith('/api/reports/weekly?')) return json(REPORT);
    return json({}, 404);
  });
  return urls;
}

const reader = sessionFixture({ roles: [{ role: 'manager', unitId: null }], permissions: ['reports:read'] });
const PATH = '/telephony?scope=all&from=2026-W10&to=2026-W11';

describe('the weekly report page', () => {
  it('asks for the weeks and queues in the address', async () => {
    const urls = stubApi();
    renderWithApp(<WeeklyReportPage />, { session: reader, path: PATH });
    await screen.findByRole('table');
    expect(urls).toContain('/api/reports/weekly?scope=all&from=2026-W10&to=2026-W11');
  });

  it('is a data table: caption, column heads, a row group per measure, a row head per day', async () => {
    stubApi();
    renderWithApp(<WeeklyReportPage />, { session: reader, path: PATH });
    const report = await screen.findByRole('table', {
      name: 'Veckorapport för Alla köer, v.\u00a010 2026 – v.\u00a011 2026',
    });
    const heads = within(report)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(heads).toEqual([
      'Mått',
      'Dag',
      'Medel',
      'Mål',
      'Lägst',
      'Högst',
      'v.\u00a010 2026',
      'v.\u00a011 2026',
    ]);
    const group = within(report).getByText('Tillgänglighet');
    expect(group.tagName).toBe('TH');
    expect(group.getAttribute('scope')).toBe('rowgroup');
    expect(group.getAttribute('rowspan')).toBe('6');
    expect(within(report).getAllByRole('rowheader', { name: 'Veckan' })[0]?.closest('tr')?.className).toBe(
      'row-week',
    );
    // The wide table scrolls in a region a keyboard can reach.
    const region = screen.getByRole('region', {
      name: 'Veckorapport för Alla köer, v.\u00a010 2026 – v.\u00a011 2026',
    });
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('formats by unit, says "no value" for a dash, marks closed days and data issues in words', async () => {
    stubApi();
    renderWithApp(<WeeklyReportPage />, { session: reader, path: PATH });
    const report = await screen.findByRole('table');
    const cells = (measure: string) => {
      const body = within(report).getByText(measure).closest('tbody') as HTMLElement;
      return within(body).getAllByRole('row')[0]?.querySelectorAll('td') ?? [];
    };
    expect(cells('Erbjudna samtal')[0]?.textContent).toBe('1\u00a0234');
    expect(cells('Tillgänglighet')[4]?.textContent).toBe('86,3\u00a0%');
    expect(cells('Medelkötid, besvarade (s)')[0]?.textContent).toBe('55\u00a0s');
    expect(cells('Lösningsgrad (löst direkt)')[4]?.textContent).toBe('–inget värde');
    // Monday of week 11 is closed: grey, and it says so.
    const closed = cells('Erbjudna samtal')[5];
    expect(closed?.className).toContain('cell-closed');
    expect(closed?.textContent).toBe('0stängd dag');
    // Tuesday of week 10 has more answered than offered.
    const body = within(report).getByText('Erbjudna samtal').closest('tbody') as HTMLElement;
    const tuesday = within(body).getAllByRole('row')[1]?.querySelectorAll('td')[4];
    expect(tuesday?.textContent).toBe('1\u00a0234!Fler besvarade än erbjudna');
  });

  it('marks incomplete days and weeks: italic, said in words, explained in the legend', async () => {
    stubApi();
    renderWithApp(<WeeklyReportPage />, { session: reader, path: PATH });
    const report = await screen.findByRole('table');
    const body = within(report).getByText('Erbjudna samtal').closest('tbody') as HTMLElement;
    const rowCells = (index: number) => within(body).getAllByRole('row')[index]?.querySelectorAll('td') ?? [];
    // Friday of week 11 is still to come.
    const friday = rowCells(4)[5];
    expect(friday?.className).toContain('cell-incomplete');
    expect(friday?.textContent).toBe('–inget värde ofullständig dag');
    expect(rowCells(4)[4]?.className).not.toContain('cell-incomplete');
    // Week 11 has such a day, so its weekly cell is incomplete too.
    const week11 = rowCells(5)[5];
    expect(week11?.className).toContain('cell-incomplete');
    expect(week11?.textContent).toBe('1\u00a0234 ofullständig vecka');
    expect(rowCells(5)[4]?.className).not.toContain('cell-incomplete');
    expect(
      screen.getByText(
        'Kursiv: dagen är inte hel än eller saknar telefonidata – räknas inte i medel, lägst och högst. En vecka med en sådan dag är kursiv på samma sätt.',
      ),
    ).toBeTruthy();
  });

  it('explains the variation, the visitors’ sources, the municipality’s closed days and what to check', async () => {
    stubApi();
    renderWithApp(<WeeklyReportPage />, { session: reader, path: PATH });
    await screen.findByRole('table');
    expect(screen.getByText('Besökare: räknade i entrén 1 dag, från loggade besök 9 dagar.')).toBeTruthy();
    expect(screen.getByText(/räknas utan stängda dagar/)).toBeTruthy();
    // The legend explains the goal column it stands beside, not that goals are yet to come.
    expect(screen.getByText(/Kolumnen Mål visar målet på måttet/)).toBeTruthy();
    expect(screen.queryByText(/senare version/)).toBeNull();
    expect(screen.getByText('9 mars 2026: Kompetensdag')).toBeTruthy();
    expect(screen.getByText(/v\. 10 2026, tisdag 3 mars: Fler besvarade än erbjudna/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Besökare i servicecenter' })).toBeNull();
  });

  it('a refused export is said on the page, not saved as a file', async () => {
    stubApi(() =>
      json(
        { status: 503, code: 'report_pdf_unavailable', detail: 'PDF kan inte skapas på den här servern.' },
        503,
        'application/problem+json',
      ),
    );
    // A file handed to the browser would go through URL.createObjectURL: watch it, then put it back.
    const createObjectURL = vi.fn(() => 'blob:x');
    const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
    Object.defineProperty(URL, 'createObjectURL', {
      value: createObjectURL,
      configurable: true,
      writable: true,
    });
    try {
      renderWithApp(<WeeklyReportPage />, { session: reader, path: PATH });
      await screen.findByRole('table');
      fireEvent.click(screen.getByRole('button', { name: 'PDF' }));
      await waitFor(() =>
        expect(
          screen
            .getAllByRole('alert')
            .some((a) => a.textContent === 'PDF kan inte skapas på den här servern.'),
        ).toBe(true),
      );
      expect(createObjectURL).not.toHaveBeenCalled();
    } finally {
      if (original) Object.defineProperty(URL, 'createObjectURL', original);
      else Reflect.deleteProperty(URL, 'createObjectURL');
    }
  });

  it('shows the visitors form to those who count visitors', async () => {
    stubApi();
    renderWithApp(<WeeklyReportPage />, {
      session: sessionFixture({ permissions: ['reports:read', 'visitors:write'] }),
      path: PATH,
    });
    await screen.findByRole('table');
    expect(screen.getByRole('heading', { name: 'Besökare i servicecenter' })).toBeTruthy();
    expect(screen.getByLabelText('Antal besökare')).toBeTruthy();
  });
});
