import { describe, expect, it } from 'vitest';
import { isUncertain, rateDifference, shareDifference, shareOf, wilsonInterval } from './statistics.js';

// Reference values: Newcombe R. G. (1998) "Two-sided confidence intervals for the single
// proportion: comparison of seven methods", Stat Med 17:857-872, Table I (method 3, Wilson), and
// "Interval estimation for the difference between independent proportions: comparison of eleven
// methods", Stat Med 17:873-890, Table II (method 10), both to four decimals.
const four = (x: number) => Math.round(x * 10_000) / 10_000;

describe('wilsonInterval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: %f to %f (Newcombe 1998, Table I)', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval && four(interval.low)).toBe(low);
    expect(interval && four(interval.high)).toBe(high);
  });

  it('by hand for 1 of 2: centre 0.5, half 0.4040 · √(0.125 + 0.2401) ... = 0.0945 to 0.9055', () => {
    // z² = 3.8415; 1 + z²/n = 2.9207; centre = (0.5 + 0.9604) / 2.9207 = 0.5;
    // half = 1.96 / 2.9207 · √(0.25/2 + 3.8415/16) = 0.6711 · 0.6042 = 0.4055.
    const interval = wilsonInterval(1, 2);
    expect(interval && four(interval.low)).toBe(0.0945);
    expect(interval && four(interval.high)).toBe(0.9055);
  });

  it('is exactly 1 at the top when every contact counts', () => {
    expect(wilsonInterval(30, 30)?.high).toBe(1);
    expect(wilsonInterval(0, 30)?.low).toBe(0);
  });

  it('has no interval for no contacts, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });
});

describe('shareDifference (Newcombe method 10)', () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339, true],
    [9, 10, 3, 10, 0.1705, 0.809, true],
    [5, 56, 0, 29, -0.0381, 0.1926, false],
  ])('%i/%i - %i/%i: %f to %f (Newcombe 1998, Table II)', (k1, n1, k2, n2, low, high, significant) => {
    const change = shareDifference(k1, n1, k2, n2);
    expect(change && four(change.interval.low)).toBe(low);
    expect(change && four(change.interval.high)).toBe(high);
    expect(change?.isSignificant).toBe(significant);
  });

  it('a fall is negative, and the same shares give an interval around zero', () => {
    const fall = shareDifference(20, 100, 40, 100);
    expect(fall?.difference).toBeCloseTo(-0.2, 12);
    expect(fall?.isSignificant).toBe(true);
    const same = shareDifference(30, 100, 30, 100);
    expect(same?.difference).toBe(0);
    expect(same!.interval.low).toBeLessThan(0);
    expect(same!.interval.high).toBeGreaterThan(0);
    expect(same?.isSignificant).toBe(false);
  });

  it('is null when a period has no contacts', () => {
    expect(shareDifference(0, 0, 3, 10)).toBeNull();
  });
});

describe('rateDifference', () => {
  it('120 contacts in 10 days against 100 in 10: +2 a day, ±1.96·√2.2 = ±2.907, not significant', () => {
    const change = rateDifference(120, 10, 100, 10)!;
    expect(change.rate).toBe(12);
    expect(change.baseRate).toBe(10);
    expect(change.difference).toBe(2);
    expect(four(change.interval.low)).toBe(-0.9071);
    expect(four(change.interval.high)).toBe(4.9071);
    expect(change.isSignificant).toBe(false);
  });

  it('periods of different length: 700 in 7 days against 2,400 in 30 days is +20 a day, significant', () => {
    // 100 - 80 = 20; √(700/49 + 2400/900) = √(14.286 + 2.667) = 4.1174; × 1.96 = 8.0698.
    const change = rateDifference(700, 7, 2400, 30)!;
    expect(change.difference).toBeCloseTo(20, 12);
    expect(four(change.interval.low)).toBe(11.9302);
    expect(change.isSignificant).toBe(true);
  });

  it('is null for a period without days', () => {
    expect(rateDifference(1, 0, 1, 1)).toBeNull();
  });
});

describe('small numbers', () => {
  it('a share of fewer than 30 contacts is uncertain; 30 is not', () => {
    expect(isUncertain(29)).toBe(true);
    expect(isUncertain(30)).toBe(false);
    expect(isUncertain(0)).toBe(true);
  });

  it('shareOf is null without a denominator', () => {
    expect(shareOf(1, 0)).toBeNull();
    expect(shareOf(1, 4)).toBe(0.25);
  });
});
