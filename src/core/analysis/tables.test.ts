import { describe, expect, it } from 'vitest';
import { analysisTables } from './tables.js';
import type { ChangeAnalysis } from './types.js';

const change = (measure: ChangeAnalysis['measure']): ChangeAnalysis => ({
  measure,
  kind: measure === 'contacts' ? 'rate' : 'share',
  base: { from: '2026-01-05', to: '2026-02-01', numerator: 120, denominator: 400, value: 0.3 },
  current: { from: '2026-02-02', to: '2026-03-01', numerator: 100, denominator: 400, value: 0.25 },
  difference: -0.05,
  interval: { low: -0.11, high: 0.01 },
  significant: false,
  uncertain: false,
  baseHasData: true,
});

describe('the change table', () => {
  it.each([
    'failure_demand_share',
    'first_contact_resolution',
    'existing_case_share',
    'forwarded_share',
    'contacts',
  ] as const)('%s: every header once, the count column named as a count', (measure) => {
    for (const locale of ['sv', 'en'] as const) {
      const [table] = analysisTables('change', change(measure), locale);
      const labels = table!.columns.map((c) => c.label);
      expect(new Set(labels).size).toBe(labels.length);
      const numerator = table!.columns.find((c) => c.key === 'numerator')!;
      expect(numerator.unit).toBe('count');
      if (measure !== 'contacts')
        expect(numerator.label).toMatch(locale === 'sv' ? /\(antal\)$/ : /\(count\)$/);
    }
  });

  it('heads the failure-demand count and share apart', () => {
    const [table] = analysisTables('change', change('failure_demand_share'), 'sv');
    expect(table!.columns.find((c) => c.key === 'numerator')!.label).toBe('Undvikbar efterfrågan (antal)');
    expect(table!.columns.find((c) => c.key === 'value')!.label).toBe('Andel undvikbar efterfrågan');
  });
});

describe('the change table without base data', () => {
  it('shows the base as missing, not 0 of 0', () => {
    const none: ChangeAnalysis = {
      ...change('failure_demand_share'),
      base: { from: '2025-01-05', to: '2025-02-01', numerator: 0, denominator: 0, value: null },
      difference: null,
      interval: null,
      baseHasData: false,
    };
    const [table] = analysisTables('change', none, 'sv');
    expect(table!.rows[0]!.slice(3, 6)).toEqual([null, null, null]);
  });
});
