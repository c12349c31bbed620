/**
 * The four control-chart rules of issue #6 ("Goals and signals"), each with its source. They read
 * a normalised chart: per point its value, centre line, sigma and 3-sigma limits, so the same
 * rules serve an XmR chart (constant limits) and a p-chart (limits that follow each day's
 * denominator). Closed days and days without data are not in the array at all: callers remove
 * them first, so they neither break nor continue a run.
 *
 * "Beyond" is strict everywhere: a point exactly on a limit, or exactly on the 2-sigma line, is
 * not beyond it (Montgomery counts points that "plot outside" the limits).
 */

/** One point as the rules see it. upper and lower are the (possibly clipped) 3-sigma limits. */
export interface RulePoint {
  value: number;
  centre: number;
  sigma: number;
  upper: number;
  lower: number;
}

export type RuleId = 'beyond_limits' | 'run_one_side' | 'trend' | 'two_of_three_beyond_two_sigma';

/** Every rule, in the order the issue lists them. */
export const RULES: readonly RuleId[] = [
  'beyond_limits',
  'run_one_side',
  'trend',
  'two_of_three_beyond_two_sigma',
];

/** Where a pattern lies: above or below the centre line, or for a trend its direction. */
export type RuleSide = 'above' | 'below' | 'rising' | 'falling';

export interface RuleHit {
  rule: RuleId;
  side: RuleSide;
  /** The point that completes the pattern: where the rule fires. */
  index: number;
  /** The points involved, inclusive; for a run, the whole run as far as it goes on. */
  from: number;
  to: number;
}

/** 8 in a row on one side of the centre line (rule 2). */
export const RUN_LENGTH = 8;
/** 6 points in a row steadily rising or falling (rule 3). */
export const TREND_LENGTH = 6;

/**
 * Rule 1: a point beyond the 3-sigma control limits.
 * Western Electric Co., Statistical Quality Control Handbook (1956), rule 1; Nelson, L. S. (1984)
 * "The Shewhart control chart: tests for special causes", J. Quality Technology 16:237-239, test 1.
 * Fires at every such point.
 */
export function beyondLimits(points: readonly RulePoint[]): RuleHit[] {
  const hits: RuleHit[] = [];
  points.forEach((p, index) => {
    if (p.value > p.upper) hits.push({ rule: 'beyond_limits', side: 'above', index, from: index, to: index });
    else if (p.value < p.lower)
      hits.push({ rule: 'beyond_limits', side: 'below', index, from: index, to: index });
  });
  return hits;
}

function sideOf(p: RulePoint): 'above' | 'below' | null {
  if (p.value > p.centre) return 'above';
  if (p.value < p.centre) return 'below';
  return null;
}

/**
 * Rule 2: 8 points in a row on the same side of the centre line.
 * The issue asks for eight. That is Western Electric Handbook (1956) rule 4 ("eight successive
 * points on one side of the central line"), Wheeler & Chambers, Understanding Statistical Process
 * Control (2nd ed. 1992), detection rule four, and rule 4 of Montgomery's Table 5.1 of sensitizing
 * rules (Introduction to Statistical Quality Control, ch. 5). Nelson's test 2 (1984) uses nine,
 * which gives fewer false alarms and detects a shift a point later.
 * A point exactly on the centre line belongs to neither side and breaks the run (some texts skip
 * such points instead; breaking is the cautious choice: it never makes a signal).
 * One hit per run: index is the eighth point, from..to the whole run however long it goes on.
 */
export function runOneSide(points: readonly RulePoint[], length: number = RUN_LENGTH): RuleHit[] {
  const hits: RuleHit[] = [];
  let start = 0;
  for (let i = 0; i <= points.length; i++) {
    const side = i < points.length ? sideOf(points[i]!) : null;
    const runSide = i > start ? sideOf(points[start]!) : null;
    if (i < points.length && side !== null && side === runSide) continue;
    // The run start..i-1 has ended (a change of side, the centre line, or the end of the series).
    if (runSide !== null && i - start >= length) {
      hits.push({ rule: 'run_one_side', side: runSide, index: start + length - 1, from: start, to: i - 1 });
    }
    start = i;
  }
  return hits;
}

/**
 * Rule 3: 6 points in a row steadily rising or falling (five rises or five falls in a row).
 * Nelson (1984), test 3; rule 5 of Montgomery's Table 5.1. Two equal consecutive values are
 * neither a rise nor a fall and break the trend. The centre line and the limits play no part.
 * One hit per trend: index is the sixth point, from..to the whole trend.
 */
export function trend(points: readonly RulePoint[], length: number = TREND_LENGTH): RuleHit[] {
  const hits: RuleHit[] = [];
  const step = (i: number): 'rising' | 'falling' | null => {
    const d = points[i]!.value - points[i - 1]!.value;
    return d > 0 ? 'rising' : d < 0 ? 'falling' : null;
  };
  // A trend of m points is m - 1 steps in the same direction; start is the trend's first point.
  let start = 0;
  let direction: 'rising' | 'falling' | null = null;
  const close = (end: number) => {
    if (direction !== null && end - start + 1 >= length) {
      hits.push({ rule: 'trend', side: direction, index: start + length - 1, from: start, to: end });
    }
  };
  for (let i = 1; i < points.length; i++) {
    const s = step(i);
    if (s !== null && s === direction) continue;
    close(i - 1);
    // A change of direction: the turning point is the first point of the new trend.
    start = i - 1;
    direction = s;
  }
  if (points.length > 0) close(points.length - 1);
  return hits;
}

/**
 * Rule 4: 2 of 3 consecutive points beyond 2 sigma, on the same side of the centre line.
 * Western Electric Handbook (1956) rule 2 ("two out of three successive points in zone A or
 * beyond"); Nelson (1984) test 5. "Or beyond": a point past the 3-sigma limit counts too (rule 1
 * flags it as well); Montgomery's Table 5.1 words it "but still inside the control limits".
 * Fires at each point beyond 2 sigma that has another on the same side among the two points
 * before it; from is that earlier point.
 */
export function twoOfThreeBeyondTwoSigma(points: readonly RulePoint[]): RuleHit[] {
  const zone = (p: RulePoint): 'above' | 'below' | null => {
    if (p.value > p.centre + 2 * p.sigma) return 'above';
    if (p.value < p.centre - 2 * p.sigma) return 'below';
    return null;
  };
  const zones = points.map(zone);
  const hits: RuleHit[] = [];
  zones.forEach((side, index) => {
    if (side === null) return;
    for (const back of [1, 2]) {
      if (index - back >= 0 && zones[index - back] === side) {
        hits.push({ rule: 'two_of_three_beyond_two_sigma', side, index, from: index - back, to: index });
        return;
      }
    }
  });
  return hits;
}

/** The chosen rules (all four unless told) over one chart, ordered by where they fire, then by rule. */
export function findRuleHits(points: readonly RulePoint[], rules: readonly RuleId[] = RULES): RuleHit[] {
  const run: Record<RuleId, (p: readonly RulePoint[]) => RuleHit[]> = {
    beyond_limits: beyondLimits,
    run_one_side: (p) => runOneSide(p),
    trend: (p) => trend(p),
    two_of_three_beyond_two_sigma: twoOfThreeBeyondTwoSigma,
  };
  return rules
    .flatMap((rule) => run[rule](points))
    .sort((a, b) => a.index - b.index || RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
}
