import { describe, expect, it } from 'vitest';
import {
  departmentRoundResults,
  roundPeriodBounds,
  roundPeriodOf,
  roundRecipients,
} from './department-rounds.js';
import { templateOf } from './templates.js';

describe('round periods', () => {
  it.each([
    ['2026-T1', '2026-01-01', '2026-04-30'],
    ['2026-T2', '2026-05-01', '2026-08-31'],
    ['2026-T3', '2026-09-01', '2026-12-31'],
    ['2028-Q1', '2028-01-01', '2028-03-31'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
  ])('%s is %s..%s', (key, from, to) => {
    expect(roundPeriodBounds(key)).toEqual({ from, to });
  });

  it('refuses what is no period', () => {
    expect(roundPeriodBounds('2026-T4')).toBeNull();
    expect(roundPeriodBounds('2026-W11')).toBeNull();
    expect(roundPeriodBounds('1999-T1')).toBeNull();
  });

  it('finds the period of a day, a tertial by default', () => {
    expect(roundPeriodOf('2026-04-30')).toBe('2026-T1');
    expect(roundPeriodOf('2026-05-01')).toBe('2026-T2');
    expect(roundPeriodOf('2026-12-31')).toBe('2026-T3');
    expect(roundPeriodOf('2026-05-01', 'quarter')).toBe('2026-Q2');
    expect(roundPeriodOf('2026-06-30', 'half')).toBe('2026-H1');
  });
});

describe('roundRecipients', () => {
  it('gives an address one invitation per department, whatever its case, contacts and named together', () => {
    expect(
      roundRecipients(
        [
          { departmentId: 'b', address: 'Anna.Berg@jarfalla.se' },
          { departmentId: 'a', address: 'anna.berg@jarfalla.se' },
        ],
        [
          { departmentId: 'b', address: 'anna.berg@jarfalla.se' },
          { departmentId: 'b', address: 'bygglov@jarfalla.se' },
        ],
      ),
    ).toEqual([
      { departmentId: 'a', address: 'anna.berg@jarfalla.se' },
      { departmentId: 'b', address: 'anna.berg@jarfalla.se' },
      { departmentId: 'b', address: 'bygglov@jarfalla.se' },
    ]);
  });
});

describe('departmentRoundResults (hand-worked)', () => {
  it('per department and round, and all departments together: the samarbete dimension over respondents', () => {
    const definition = templateOf('departments').definition;
    const answers = (f: number, i: number, c: number) =>
      new Map<string, number | string>([
        ['forwarding', f],
        ['informing', i],
        ['cooperation', c],
        ['one_change', 'Något'],
      ]);
    const results = departmentRoundResults(
      definition,
      ['r1', 'r2'],
      ['soc', 'bygg'],
      [
        { roundId: 'r1', departmentId: 'soc', answers: answers(5, 4, 3) }, // mean 4
        { roundId: 'r1', departmentId: 'soc', answers: answers(2, 2, 2) }, // mean 2
        { roundId: 'r1', departmentId: 'bygg', answers: answers(5, 5, 5) }, // mean 5
        { roundId: 'r2', departmentId: 'soc', answers: answers(4, 4, 4) },
      ],
    );
    const of = (d: string | null, r: string) =>
      results.find((x) => x.departmentId === d && x.roundId === r)!.results.dimensions[0]!.result;
    // Socialförvaltningen, round 1: means 4 and 2: mean 3, index 50, one of two satisfied.
    expect(of('soc', 'r1')).toMatchObject({ n: 2, mean: 3, index: 50, satisfied: 1, uncertain: true });
    // All departments, round 1: 4, 2, 5: mean 11/3, index (11/3 - 1) × 25 = 66.67.
    expect(of(null, 'r1').n).toBe(3);
    expect(of(null, 'r1').index).toBeCloseTo(200 / 3, 9);
    expect(of('bygg', 'r2')).toMatchObject({ n: 0, mean: null });
    expect(of('soc', 'r2')).toMatchObject({ n: 1, mean: 4, index: 75 });
    expect(results).toHaveLength(6);
  });
});
