import { describe, expect, it } from 'vitest';
import type { ChangeAnalysis } from '../../../core/analysis/types.js';
import { formatTableNumber } from '../../../core/analysis/tables.js';
import {
  bucketLabel,
  changeWords,
  formatCell,
  formatCount,
  formatPoints,
  formatRate,
  formatShare,
  MISSING,
  tableLocaleOf,
} from './analysis-format.js';
import { chartSummary, formatValue } from './chart-options.js';

const NBSP = '\u00a0';

describe('numbers as the page shows them', () => {
  it('counts with the language’s thousands separator', () => {
    expect(formatCount(12345, 'sv')).toBe(`12${NBSP}345`);
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(7, 'sv')).toBe('7');
  });

  it('shares in percent with one decimal, decimal comma in Swedish', () => {
    expect(formatShare(0.253, 'sv')).toBe(`25,3${NBSP}%`);
    expect(formatShare(0.253, 'en')).toBe('25.3%');
    expect(formatShare(1, 'sv')).toBe(`100,0${NBSP}%`);
  });

  it('has the digits of the CSV, whose formatting core owns (the same rounding at .x5)', () => {
    for (const value of [0.12345, 0.0005, 0.99949, 1 / 3, 0.041]) {
      expect(formatShare(value, 'sv')).toBe(`${formatTableNumber(value, 'share', 'sv')}${NBSP}%`);
    }
  });

  it('a negative difference with a true minus sign (U+2212)', () => {
    expect(formatPoints(-0.041, 'sv')).toBe('\u22124,1');
    expect(formatRate(-12.25, 'en')).toBe('\u221212.3');
  });

  it('a table cell by its column’s unit; a missing figure as a dash, an empty text as nothing', () => {
    expect(formatCell(1234, 'count', 'sv')).toBe(`1${NBSP}234`);
    expect(formatCell(0.5, 'share', 'en')).toBe('50.0%');
    expect(formatCell(12.5, 'minutes', 'sv')).toBe('13');
    expect(formatCell(3.25, 'rate', 'sv')).toBe('3,3');
    expect(formatCell('Faktura', 'text', 'sv')).toBe('Faktura');
    expect(formatCell(null, 'share', 'sv')).toBe(MISSING);
    expect(formatCell('', 'text', 'sv')).toBe('');
  });

  it('English only when the interface is English', () => {
    expect(tableLocaleOf('en')).toBe('en');
    expect(tableLocaleOf('en-GB')).toBe('en');
    expect(tableLocaleOf('sv')).toBe('sv');
    expect(tableLocaleOf('de')).toBe('sv');
  });

  it('a chart axis or tooltip value by unit', () => {
    expect(formatValue(0.2, 'share', 'sv')).toBe(`20,0${NBSP}%`);
    expect(formatValue(null, 'count', 'sv')).toBe(MISSING);
  });
});

describe('bucket labels', () => {
  it('months by name, weeks by number', () => {
    expect(bucketLabel('2026-05', 'sv')).toBe('maj 2026');
    expect(bucketLabel('2026-05', 'en')).toBe('May 2026');
    expect(bucketLabel('2026-W05', 'sv')).toBe(`v.${NBSP}5 2026`);
    expect(bucketLabel('2026-W05', 'en')).toBe('W5 2026');
    expect(bucketLabel('something', 'sv')).toBe('something');
  });
});

const change = (overrides: Partial<ChangeAnalysis>): ChangeAnalysis => ({
  measure: 'failure_demand_share',
  kind: 'share',
  base: { from: '2025-01-01', to: '2025-12-31', numerator: 300, denominator: 1000, value: 0.3 },
  current: { from: '2026-01-01', to: '2026-12-31', numerator: 259, denominator: 1000, value: 0.259 },
  baseHasData: true,
  difference: -0.041,
  interval: { low: -0.06, high: -0.022 },
  significant: true,
  uncertain: false,
  ...overrides,
});

describe('a change in words', () => {
  it('a share that fell, with its interval in percentage points, larger than chance', () => {
    expect(changeWords(change({}), 'sv')).toEqual({
      key: 'shareDown',
      amount: '4,1',
      low: '\u22126,0',
      high: '\u22122,2',
      verdict: 'significant',
    });
  });

  it('a share that rose, whose interval holds zero: may be chance', () => {
    expect(
      changeWords(
        change({ difference: 0.012, interval: { low: -0.01, high: 0.034 }, significant: false }),
        'en',
      ),
    ).toEqual({
      key: 'shareUp',
      amount: '1.2',
      low: '\u22121.0',
      high: '3.4',
      verdict: 'chance',
    });
  });

  it('a difference that rounds to zero is unchanged', () => {
    expect(changeWords(change({ difference: -0.0004, significant: false }), 'sv').key).toBe('shareSame');
  });

  it('contacts: a daily rate with one decimal', () => {
    const words = changeWords(
      change({ measure: 'contacts', kind: 'rate', difference: 12.34, interval: { low: 8.1, high: 16.6 } }),
      'sv',
    );
    expect(words).toMatchObject({ key: 'rateUp', amount: '12,3', low: '8,1', high: '16,6' });
  });

  it('nothing to say when a period has no contacts', () => {
    expect(changeWords(change({ difference: null, interval: null }), 'sv').key).toBe('none');
  });
});

describe('a chart in one sentence', () => {
  it('names its kind, size and largest element, and points to the table', () => {
    const words = {
      elements: (n: number) => `${n} värden`,
      largest: (label: string, value: string) => `Störst: ${label}, ${value}`,
      table: 'Alla siffror finns i tabellen',
    };
    expect(chartSummary('Stapeldiagram', 'Kanaler', ['Telefon', 'E-post'], [3, 9], String, words)).toBe(
      'Stapeldiagram: Kanaler. 2 värden. Störst: E-post, 9. Alla siffror finns i tabellen.',
    );
    expect(chartSummary('Linjediagram', 'Tomt', [], [], String, words)).toBe(
      'Linjediagram: Tomt. 0 värden. Alla siffror finns i tabellen.',
    );
  });
});

describe('a change without a base', () => {
  it('says there is nothing to compare with, not a change from zero', () => {
    expect(changeWords(change({ baseHasData: false, difference: null, interval: null }), 'sv').key).toBe(
      'noBase',
    );
  });
});
