/**
 * The change in a weekly count after a change took effect, as a rate ratio with its 95% interval,
 * from weeks grouped in strata that are alike but for the change (the same week a year before,
 * the same week of a recurring cycle such as an invoice run, or one stratum for the whole period
 * with the other contacts as the yardstick).
 *
 * The model is a log-linear Poisson model with an effect per stratum, an exposure per week and
 * one after effect: log E[y_w] = alpha_s(w) + beta * after_w + log T_w. beta is estimated by
 * conditional maximum likelihood (the stratum effects conditioned away: given a stratum's total
 * n_s, its after count is binomial with p_s = A_s e^beta / (A_s e^beta + B_s), A_s and B_s the
 * after and comparison exposures of the stratum), the classical estimator of a common rate ratio
 * (Breslow and Day 1987, Statistical Methods in Cancer Research II, ch. 3 and 7). Weekly counts of
 * contacts vary more than a Poisson count, so the variance is scaled by the quasi-Poisson
 * dispersion, Pearson's chi-square over the residual degrees of freedom (McCullagh and Nelder
 * 1989, Generalized Linear Models, 2nd ed., sec. 6.2 and 4.5), never below 1, and the interval is
 * exp(beta +- t(df, 0.975) * sqrt(dispersion / information)).
 *
 * The rate ratio is observed / expected: the after weeks' count over what the same strata led one
 * to expect there without a change (at the estimate, sum of after counts = sum of fitted after
 * counts, so expected = observed / ratio).
 */
import type { Interval } from '../analysis/statistics.js';

/** One week of a count in a stratum, after the change or before it (the comparison). */
export interface StratumWeek {
  week: string;
  stratum: string;
  isAfter: boolean;
  count: number;
  /** The yardstick: 1 for a plain count, or the number of other contacts that week. */
  exposure: number;
}

export interface RateRatio {
  /** after / expected; 0 when nothing was counted after. */
  ratio: number;
  interval: Interval;
  /** The count in the after weeks of informative strata. */
  observed: number;
  /** What those weeks were expected to hold without the change (observed / ratio). */
  expected: number;
  /** The count in the comparison weeks of informative strata. */
  compared: number;
  /** Pearson chi-square / residual degrees of freedom, at least 1. */
  dispersion: number;
  degreesOfFreedom: number;
  /** Strata with after and comparison weeks and a count: the ones that carry information. */
  strata: number;
  /** Each after week (of an informative stratum): what it held and what it would have held unchanged. */
  afterWeeks: { week: string; observed: number; expected: number }[];
}

export type NoRateRatio = 'no_informative_strata' | 'too_few_degrees_of_freedom' | 'nothing_compared';

/** The minimum residual degrees of freedom for a dispersion worth using. */
export const MIN_DEGREES_OF_FREEDOM = 3;

/** -ln(0.025): the exact 97.5% upper limit of a Poisson mean when nothing was counted. */
const POISSON_ZERO_UPPER = -Math.log(0.025);

/** Two-sided 95% quantiles of Student's t for 1..10 degrees of freedom (standard tables). */
const T975_SMALL = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
  2.262157163, 2.228138852,
];

/**
 * The 0.975 quantile of Student's t with df degrees of freedom: exact table values up to 10, then
 * the Cornish-Fisher expansion of Abramowitz and Stegun 26.7.5 (error below 1e-5 from df 11).
 */
export function studentT975(df: number): number {
  if (!(df >= 1)) throw new RangeError('degrees of freedom must be at least 1');
  if (Number.isInteger(df) && df <= T975_SMALL.length) return T975_SMALL[df - 1]!;
  const z = 1.959963984540054;
  const [z3, z5, z7, z9] = [z ** 3, z ** 5, z ** 7, z ** 9];
  return (
    z +
    (z3 + z) / 4 / df +
    (5 * z5 + 16 * z3 + 3 * z) / 96 / df ** 2 +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384 / df ** 3 +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160 / df ** 4
  );
}

interface Stratum {
  after: StratumWeek[];
  before: StratumWeek[];
  /** After and comparison exposure, after and comparison count. */
  a: number;
  b: number;
  ya: number;
  yb: number;
}

function strataOf(weeks: readonly StratumWeek[]): Stratum[] {
  const byKey = new Map<string, Stratum>();
  for (const w of weeks) {
    if (!(w.exposure > 0)) continue; // a week without a yardstick says nothing
    let s = byKey.get(w.stratum);
    if (!s) byKey.set(w.stratum, (s = { after: [], before: [], a: 0, b: 0, ya: 0, yb: 0 }));
    if (w.isAfter) {
      s.after.push(w);
      s.a += w.exposure;
      s.ya += w.count;
    } else {
      s.before.push(w);
      s.b += w.exposure;
      s.yb += w.count;
    }
  }
  return [...byKey.values()].filter((s) => s.a > 0 && s.b > 0 && s.ya + s.yb > 0);
}

/** p_s(beta): the after part of a stratum's total under the rate ratio e^beta. */
const afterPart = (s: Stratum, beta: number) => (s.a * Math.exp(beta)) / (s.a * Math.exp(beta) + s.b);

/**
 * The common rate ratio of the after weeks to the comparison weeks within strata, with its 95%
 * interval, or why there is none. Strata without both after and comparison weeks, or without a
 * count, carry no information and are left out.
 */
export function stratifiedRateRatio(weeks: readonly StratumWeek[]): RateRatio | NoRateRatio {
  const strata = strataOf(weeks);
  if (strata.length === 0) return 'no_informative_strata';
  const observed = strata.reduce((sum, s) => sum + s.ya, 0);
  const compared = strata.reduce((sum, s) => sum + s.yb, 0);
  if (compared === 0) return 'nothing_compared';
  const weekCount = strata.reduce((sum, s) => sum + s.after.length + s.before.length, 0);
  const degreesOfFreedom = weekCount - strata.length - 1;
  if (degreesOfFreedom < MIN_DEGREES_OF_FREEDOM) return 'too_few_degrees_of_freedom';
  const t = studentT975(degreesOfFreedom);

  if (observed === 0) {
    // beta is -infinity. The upper limit: the rate ratio at which the expected after count is the
    // exact 97.5% Poisson upper limit for 0 counted (-ln 0.025 = 3.69), found by bisection.
    const expectedAt = (beta: number) => strata.reduce((sum, s) => sum + s.yb * afterPart(s, beta), 0);
    let low = -50;
    let high = 50;
    for (let i = 0; i < 200; i++) {
      const mid = (low + high) / 2;
      if (expectedAt(mid) < POISSON_ZERO_UPPER) low = mid;
      else high = mid;
    }
    // Without the change the after weeks would have held their share of each stratum's count.
    const expected = strata.reduce((sum, s) => sum + (s.yb * s.a) / s.b, 0);
    return {
      ratio: 0,
      interval: { low: 0, high: Math.exp(low) },
      observed: 0,
      expected,
      compared,
      dispersion: 1,
      degreesOfFreedom,
      strata: strata.length,
      afterWeeks: strata.flatMap((s) =>
        s.after.map((w) => ({ week: w.week, observed: 0, expected: (s.yb * w.exposure) / s.b })),
      ),
    };
  }

  // Newton-Raphson on the conditional score: U = sum(ya - n p), I = sum(n p (1 - p)).
  const pooledA = strata.reduce((sum, s) => sum + s.a, 0);
  const pooledB = strata.reduce((sum, s) => sum + s.b, 0);
  let beta = Math.log(observed / pooledA / (compared / pooledB));
  let information = 0;
  for (let i = 0; i < 100; i++) {
    let score = 0;
    information = 0;
    for (const s of strata) {
      const n = s.ya + s.yb;
      const p = afterPart(s, beta);
      score += s.ya - n * p;
      information += n * p * (1 - p);
    }
    const step = score / information;
    beta += Math.max(-5, Math.min(5, step));
    if (Math.abs(step) < 1e-12) break;
  }

  // Fitted weekly counts: exp(alpha_s) = n_s / (A_s e^beta + B_s), times the week's exposure
  // (and e^beta after). Pearson's chi-square over them gives the dispersion.
  let chiSquare = 0;
  const afterWeeks: RateRatio['afterWeeks'] = [];
  for (const s of strata) {
    const base = (s.ya + s.yb) / (s.a * Math.exp(beta) + s.b);
    for (const w of s.before) {
      const fitted = base * w.exposure;
      if (fitted > 0) chiSquare += (w.count - fitted) ** 2 / fitted;
    }
    for (const w of s.after) {
      const unchanged = base * w.exposure;
      const fitted = unchanged * Math.exp(beta);
      if (fitted > 0) chiSquare += (w.count - fitted) ** 2 / fitted;
      afterWeeks.push({ week: w.week, observed: w.count, expected: unchanged });
    }
  }
  const dispersion = Math.max(1, chiSquare / degreesOfFreedom);
  const halfWidth = t * Math.sqrt(dispersion / information);
  const ratio = Math.exp(beta);
  return {
    ratio,
    interval: { low: Math.exp(beta - halfWidth), high: Math.exp(beta + halfWidth) },
    observed,
    expected: observed / ratio,
    compared,
    dispersion,
    degreesOfFreedom,
    strata: strata.length,
    afterWeeks: afterWeeks.sort((x, y) => x.week.localeCompare(y.week)),
  };
}
