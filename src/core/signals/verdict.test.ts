import { describe, expect, it } from 'vitest';
import { countVerdict, shareVerdict } from './verdict.js';

describe('shareVerdict', () => {
  // 600/1000 before, 700/1000 after: +0.10, Newcombe's interval 0.0582 to 0.1413, excludes 0.
  const before = [
    { numerator: 280, denominator: 500 },
    { numerator: 320, denominator: 500 },
  ];
  const after = [{ numerator: 700, denominator: 1000 }];

  it('a known rise of 10 points is an improvement when higher is better (availability)', () => {
    const verdict = shareVerdict({ before, after, better: 'higher' });
    expect(verdict.verdict).toBe('improved');
    expect(verdict.before).toEqual({ numerator: 600, denominator: 1000, share: 0.6 });
    expect(verdict.difference).toBeCloseTo(0.1, 12);
    expect(Math.round(verdict.interval!.low * 10_000) / 10_000).toBe(0.0582);
    expect(Math.round(verdict.interval!.high * 10_000) / 10_000).toBe(0.1413);
  });

  it('the same rise is worse when lower is better (failure demand)', () => {
    expect(shareVerdict({ before, after, better: 'lower' }).verdict).toBe('worsened');
    expect(shareVerdict({ before: after, after: before, better: 'lower' }).verdict).toBe('improved');
  });

  it('600/1000 against 610/1000: the interval (-0.033 to 0.053) holds 0, no change', () => {
    const verdict = shareVerdict({
      before,
      after: [{ numerator: 610, denominator: 1000 }],
      better: 'higher',
    });
    expect(verdict.verdict).toBe('no_change');
    expect(verdict.interval!.low).toBeLessThan(0);
  });

  it('never on a handful: 29 contacts after is not enough data, even for 29 of 29', () => {
    const verdict = shareVerdict({ before, after: [{ numerator: 29, denominator: 29 }], better: 'higher' });
    expect(verdict.verdict).toBe('not_enough_data');
    // The evidence is still there for the page to show.
    expect(verdict.after.share).toBe(1);
    expect(shareVerdict({ before, after: [], better: 'higher' })).toMatchObject({
      verdict: 'not_enough_data',
      difference: null,
      interval: null,
    });
  });

  it('the minimum is configurable, and closed days are left out', () => {
    const small = [{ numerator: 19, denominator: 20 }];
    expect(shareVerdict({ before, after: small, better: 'higher', minimumN: 20 }).verdict).toBe('improved');
    const withClosed = [...after, { numerator: 0, denominator: 50, isClosed: true }];
    expect(shareVerdict({ before, after: withClosed, better: 'higher' }).after.denominator).toBe(1000);
  });
});

describe('countVerdict', () => {
  // A fixed noise pattern summing to 0 around 100 (queue seconds, contacts a day...): x̄ 100,
  // Σ|MR| = 61 over 19 ranges → MR̄ 3.2105, limits 100 ± 8.54 = 91.46 to 108.54.
  const NOISE = [2, -3, 1, -1, 3, -2, 0, 2, -1, -3, 1, 3, -2, 1, -1, 2, -3, 0, 2, -1];
  const before = NOISE.map((n) => ({ value: 100 + n }));
  // The same noise from its eighth value on: 12 points that wander both sides of 100.
  const AFTER_NOISE = [...NOISE.slice(7), ...NOISE.slice(0, 7)].slice(0, 12);
  const after = (shift: number) => AFTER_NOISE.map((n) => ({ value: 100 + n + shift }));

  it('the before limits: 91.46 to 108.54', () => {
    const verdict = countVerdict({ before, after: after(0), better: 'lower' });
    expect(verdict.limits?.centre).toBe(100);
    expect(verdict.limits?.lower).toBeCloseTo(91.46, 10);
    expect(verdict.limits?.upper).toBeCloseTo(108.54, 10);
  });

  it('no shift: the same noise after gives no signal and no_change', () => {
    const verdict = countVerdict({ before, after: after(0), better: 'lower' });
    expect(verdict).toMatchObject({
      verdict: 'no_change',
      hits: [],
      isMixed: false,
      beforePoints: 20,
      afterPoints: 12,
    });
  });

  it('a shift down by 4 (inside the limits) shows as a run of 8 below: improved when lower is better', () => {
    // 100 + noise - 4 is at most 99: all 12 points below 100, a run firing at the eighth.
    const verdict = countVerdict({ before, after: after(-4), better: 'lower' });
    expect(verdict.verdict).toBe('improved');
    expect(verdict.hits).toEqual([{ rule: 'run_one_side', side: 'below', index: 7, from: 0, to: 11 }]);
    expect(verdict.afterMean).toBeCloseTo(96.0833, 4);
    expect(countVerdict({ before, after: after(-4), better: 'higher' }).verdict).toBe('worsened');
  });

  it('a shift up by 15 puts every point beyond 108.54: worsened when lower is better', () => {
    const verdict = countVerdict({ before, after: after(15), better: 'lower' });
    expect(verdict.verdict).toBe('worsened');
    expect(verdict.hits.filter((h) => h.rule === 'beyond_limits')).toHaveLength(12);
  });

  it('a run of 8 below outweighs one spike above: a shift with a special cause', () => {
    const values = [...after(-4).slice(0, 10), { value: 130 }];
    const verdict = countVerdict({ before, after: values, better: 'lower' });
    expect(verdict.verdict).toBe('improved');
    expect(verdict.hits.map((h) => [h.rule, h.side])).toEqual([
      ['run_one_side', 'below'],
      ['beyond_limits', 'above'],
    ]);
  });

  it('single points beyond both limits and no run: mixed, no_change', () => {
    const values = after(0);
    values[2] = { value: 130 };
    values[9] = { value: 70 };
    const verdict = countVerdict({ before, after: values, better: 'lower' });
    expect(verdict).toMatchObject({ verdict: 'no_change', isMixed: true });
    expect(verdict.hits).toHaveLength(2);
  });

  it('closed days are removed and hit positions are those of the after input', () => {
    const values = [{ value: 0, isClosed: true }, ...after(-4)];
    const verdict = countVerdict({ before, after: values, better: 'lower' });
    expect(verdict.afterPoints).toBe(12);
    expect(verdict.hits).toEqual([{ rule: 'run_one_side', side: 'below', index: 8, from: 1, to: 12 }]);
  });

  it('not enough data: 7 before points, 7 after points (defaults of 8), or a flat before period', () => {
    expect(countVerdict({ before: before.slice(0, 7), after: after(-15), better: 'lower' })).toMatchObject({
      verdict: 'not_enough_data',
      beforePoints: 7,
    });
    expect(countVerdict({ before, after: after(-15).slice(0, 7), better: 'lower' })).toMatchObject({
      verdict: 'not_enough_data',
      afterPoints: 7,
    });
    const flat = Array.from({ length: 10 }, () => ({ value: 5 }));
    expect(countVerdict({ before: flat, after: after(0), better: 'lower' })).toMatchObject({
      verdict: 'not_enough_data',
      noLimitsReason: 'no_variation',
    });
  });

  it('the minimum points are parameters: 7 after is enough when asked', () => {
    const verdict = countVerdict({
      before,
      after: after(-15).slice(0, 7),
      better: 'lower',
      minAfterPoints: 7,
    });
    expect(verdict.verdict).toBe('improved');
    expect(() => countVerdict({ before, after: after(0), better: 'lower', minBeforePoints: 1 })).toThrow(
      RangeError,
    );
  });
});
