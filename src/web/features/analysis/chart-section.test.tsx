// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { analysisTables } from '../../../core/analysis/tables.js';
import type { Share, WhyAnalysis } from '../../../core/analysis/types.js';
import { renderWithApp } from '../../testing/render.js';
import { ChartSection } from './chart-section.js';
import { contactListHref } from './drilldown.js';

// ECharts needs a canvas, which jsdom has not: the chart is a stand-in here and drawn for real
// in e2e/analysis.test.ts.
vi.mock('./chart.js', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const DEPT = '5b0c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const T1 = '0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';
const T2 = '1e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';
const FILTERS = { from: '2026-01-01', to: '2026-03-31' };

const share = (numerator: number, denominator: number): Share => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
  interval: null,
  uncertain: denominator < 30,
});

const WHY: WhyAnalysis = {
  total: 1250,
  needs: [],
  needSeries: { interval: 'month', buckets: [] },
  topics: [
    {
      topicId: T1,
      topicPath: 'Vatten och avlopp › Faktura',
      departmentId: DEPT,
      departmentName: 'Samhällsbyggnad',
      contacts: 1000,
      share: 0.8,
      cumulativeShare: 0.8,
    },
    {
      topicId: T2,
      topicPath: 'Bygglov',
      departmentId: DEPT,
      departmentName: 'Samhällsbyggnad',
      contacts: 250,
      share: 0.2,
      cumulativeShare: 1,
    },
  ],
  failureDemand: share(312, 1250),
  failureReasons: [],
  failureByTopic: [
    {
      topicId: T1,
      topicPath: 'Vatten och avlopp › Faktura',
      departmentId: DEPT,
      departmentName: 'Samhällsbyggnad',
      share: share(300, 1000),
    },
    {
      topicId: T2,
      topicPath: 'Bygglov',
      departmentId: DEPT,
      departmentName: 'Samhällsbyggnad',
      share: share(12, 25),
    },
  ],
  failureByDepartment: [],
  existingCasesByDepartment: [],
};

function renderSection(table: 'topics' | 'failureByTopic') {
  const tables = analysisTables('why', WHY, 'sv');
  renderWithApp(
    <ChartSection
      id={`why-${table}`}
      title="Ämnen (Pareto)"
      n="n = 1 250 kontakter"
      chart={{ option: {}, height: 300, label: 'Staplar och linjer: Ämnen', hrefAt: () => null }}
      hasUncertain={table === 'failureByTopic'}
      table={tables.find((t) => t.id === table)}
      drill={{ row: (key) => contactListHref(FILTERS, { kind: 'topic', topicId: key }) }}
      csvPath={`/api/analysis/why.csv?from=2026-01-01&to=2026-03-31&table=${table}&lang=sv`}
    />,
  );
  return screen.getByRole('region', { name: 'Ämnen (Pareto)' });
}

/** Opens "Visa som tabell" as the browser does: the open attribute, then the toggle event. */
function openTable(section: HTMLElement): void {
  const details = section.querySelector('details');
  if (!details) throw new Error('no table to open');
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('a chart section', () => {
  it('has a heading, its n, the chart as an image with a summary, and what can be clicked', async () => {
    const section = renderSection('topics');
    expect(within(section).getByRole('heading', { level: 3, name: 'Ämnen (Pareto)' })).toBeTruthy();
    expect(within(section).getByText('n = 1 250 kontakter')).toBeTruthy();
    expect(await within(section).findByRole('img', { name: 'Staplar och linjer: Ämnen' })).toBeTruthy();
    expect(within(section).getByText(/^Klicka på en stapel/)).toBeTruthy();
  });

  it('has the table alternative behind "Visa som tabell", with the figures of the CSV in Swedish form', () => {
    const section = renderSection('topics');
    const summary = within(section).getByText('Visa som tabell');
    expect(summary.closest('details')?.open).toBe(false);
    expect(within(section).queryByRole('table')).toBeNull();
    openTable(section);
    const table = within(section).getByRole('table', { name: 'Ämnen (Pareto)' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Ämne', 'Förvaltning', 'Kontakter', 'Andel', 'Kumulativ andel', 'Kontakter']);
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('rowheader').textContent).toBe('Vatten och avlopp › Faktura');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Samhällsbyggnad', '1\u00a0000', '80,0\u00a0%', '80,0\u00a0%', 'Visa kontakterna']);
  });

  it('links each row to its contacts in the contact list', () => {
    const section = renderSection('topics');
    openTable(section);
    const link = within(section).getByRole('link', { name: 'Visa kontakterna: Bygglov' });
    expect(link.getAttribute('href')).toBe(`/contacts/list?from=2026-01-01&to=2026-03-31&topicId=${T2}`);
  });

  it('marks a share from fewer than 30 contacts as uncertain, in words and in the note', () => {
    const section = renderSection('failureByTopic');
    openTable(section);
    const rows = within(section).getAllByRole('row');
    const small = rows.find((r) => r.textContent?.includes('Bygglov'))!;
    expect(small.className).toBe('row-uncertain');
    expect(within(small).getByText('osäker')).toBeTruthy();
    expect(
      within(small)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toContain('48,0\u00a0%');
    const large = rows.find((r) => r.textContent?.includes('Faktura'))!;
    expect(within(large).queryByText('osäker')).toBeNull();
    expect(within(section).getByText(/färre än 30 kontakter och är osäkra/)).toBeTruthy();
  });

  it('downloads the chart’s CSV through the API and says so', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('\ufeffÄmne;Kontakter\r\n', {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="analys-why-topics.csv"',
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    // The file goes to the browser through URL.createObjectURL, which jsdom lacks: lend one, then take it back.
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.defineProperty(URL, 'createObjectURL', {
      value: createObjectURL,
      configurable: true,
      writable: true,
    });
    onTestFinished(() => {
      Reflect.deleteProperty(URL, 'createObjectURL');
    });
    const section = renderSection('topics');
    openTable(section);
    const link = within(section).getByRole('link', { name: 'Ladda ner CSV: Ämnen (Pareto)' });
    expect(link.getAttribute('href')).toBe(
      '/api/analysis/why.csv?from=2026-01-01&to=2026-03-31&table=topics&lang=sv',
    );
    fireEvent.click(link);
    await waitFor(() =>
      expect(within(section).getByText('Filen analys-why-topics.csv är nedladdad.')).toBeTruthy(),
    );
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/analysis/why.csv?from=2026-01-01&to=2026-03-31&table=topics&lang=sv',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
