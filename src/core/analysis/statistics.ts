/**
 * The statistics behind the analyses: a confidence interval for a share, for the difference of
 * two shares, and for the difference of two daily rates; and the rule that marks a share as
 * uncertain. Pure functions; the formulas are cited where they are written.
 */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Shares from fewer contacts than this are marked uncertain on every chart and in every export
 * (the rule of thumb; at n = 30 a 50% share has a 95% interval of about ±17 points).
 */
export const MIN_RELIABLE_N = 30;

export interface Interval {
  low: number;
  high: number;
}

/** A share computed from fewer than MIN_RELIABLE_N contacts, or from none. */
export function isUncertain(denominator: number): boolean {
  return denominator < MIN_RELIABLE_N;
}

/** numerator / denominator, or null when there is nothing to divide by. */
export function shareOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function assertCounts(k: number, n: number): void {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`counts must satisfy 0 <= k <= n, integers (k=${k}, n=${n})`);
  }
}

/**
 * The Wilson score interval for k of n (Wilson, E. B. 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209-212; method 3 in Newcombe 1998, Stat Med
 * 17:857-872). Unlike the Wald interval p ± z·√(p(1-p)/n) it stays inside [0, 1] and keeps its
 * coverage for small n and for shares near 0 or 1, which is where contact-centre shares live.
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √(p(1-p)/n + z²/4n²)
 * Null for n = 0.
 */
export function wilsonInterval(k: number, n: number, z: number = Z95): Interval | null {
  assertCounts(k, n);
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The exact ends: k = 0 gives low 0 and k = n gives high 1 (rounding may miss them by 1e-17).
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

export interface ShareChange {
  /** The later (or compared) share minus the earlier (base) share. */
  difference: number;
  interval: Interval;
  /** The interval excludes zero: the change is larger than the noise of these counts. */
  isSignificant: boolean;
}

/**
 * The difference of two independent shares p1 - p2 with Newcombe's hybrid score interval
 * (Newcombe 1998, Stat Med 17:873-890, method 10), built from the two Wilson intervals
 * (l1, u1) and (l2, u2):
 *   low  = d - √((p1 - l1)² + (u2 - p2)²)
 *   high = d + √((u1 - p1)² + (p2 - l2)²)
 * Newcombe's worked example 56/70 - 48/80 gives 0.0524 to 0.3339. Null when either n is 0.
 */
export function shareDifference(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  z: number = Z95,
): ShareChange | null {
  const w1 = wilsonInterval(k1, n1, z);
  const w2 = wilsonInterval(k2, n2, z);
  if (w1 === null || w2 === null) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const difference = p1 - p2;
  const low = difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
  const high = difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
  return { difference, interval: { low, high }, isSignificant: low > 0 || high < 0 };
}

export interface RateChange extends ShareChange {
  /** Contacts per day in the compared period and in the base period. */
  rate: number;
  baseRate: number;
}

/**
 * The difference of two daily rates of counts, a1/t1 - a2/t2, each count taken as Poisson
 * (its variance is its mean), with the normal approximation:
 *   d ± z · √(a1/t1² + a2/t2²)
 * (e.g. Rothman, Greenland & Lash, Modern Epidemiology, 3rd ed., ch. 14, rate difference).
 * Counts of contacts over weeks are in the hundreds, where the approximation is good; with fewer
 * than MIN_RELIABLE_N in either period the page marks the change as uncertain. Null when a
 * period has no days.
 */
export function rateDifference(
  a1: number,
  t1: number,
  a2: number,
  t2: number,
  z: number = Z95,
): RateChange | null {
  if (!Number.isInteger(a1) || !Number.isInteger(a2) || a1 < 0 || a2 < 0) {
    throw new RangeError('counts must be non-negative integers');
  }
  if (!(t1 > 0) || !(t2 > 0)) return null;
  const rate = a1 / t1;
  const baseRate = a2 / t2;
  const difference = rate - baseRate;
  const half = z * Math.sqrt(a1 / (t1 * t1) + a2 / (t2 * t2));
  const low = difference - half;
  const high = difference + half;
  return { rate, baseRate, difference, interval: { low, high }, isSignificant: low > 0 || high < 0 };
}
