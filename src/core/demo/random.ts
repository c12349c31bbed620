/**
 * A small seeded pseudo-random generator for demo data: the same seed gives the same numbers on
 * every machine, so the demo year is reproducible. sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator, PractRand-tested) seeded through splitmix32; not for anything secret.
 */

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A standard normal deviate (Box-Muller). */
  normal(): number;
  /** exp(N(mu, sigma)): a log-normal deviate, the usual shape of handling times. */
  logNormal(mu: number, sigma: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to its weight. */
  weighted(table: WeightTable): number;
  /** A version-4-shaped UUID from the stream (deterministic, so not unique across seeds by design). */
  uuid(): string;
  /**
   * A version-7 UUID (RFC 9562, section 5.7): the instant's milliseconds first, then random bits
   * from the stream. Ids in time order keep index inserts at the end of the index.
   */
  uuidV7(at: Date): string;
}

/** Cumulative weights, built once and drawn from many times (binary search). */
export interface WeightTable {
  readonly cumulative: Float64Array;
  readonly total: number;
}

export function weightTable(weights: readonly number[]): WeightTable {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    if (!(w >= 0)) throw new RangeError(`weight ${i} is not a non-negative number: ${w}`);
    total += w;
    cumulative[i] = total;
  });
  if (!(total > 0)) throw new RangeError('weights must not all be zero');
  return { cumulative, total };
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs, as the author recommends, so that close seeds diverge.
  for (let i = 0; i < 12; i++) next32();

  const next = () => next32() / 4_294_967_296;
  const hex = (n: number, digits = 8) => n.toString(16).padStart(digits, '0');
  const format = (s: string) =>
    `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  const random: Random = {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    normal: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    logNormal: (mu, sigma) => Math.exp(mu + sigma * random.normal()),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    weighted: ({ cumulative, total }) => {
      const x = next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] ?? 0) > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    uuid: () => {
      const [w1, w2, w3, w4] = [next32(), next32(), next32(), next32()];
      // Version 4 in the third group, variant 10xx in the fourth (RFC 9562, section 5.4).
      const version = ((w2 & 0xffff0fff) | 0x4000) >>> 0;
      const variant = ((w3 & 0x3fffffff) | 0x80000000) >>> 0;
      const s = hex(w1) + hex(version) + hex(variant) + hex(w4);
      return format(s);
    },
    uuidV7: (at) => {
      const ms = at.getTime();
      if (!(ms >= 0 && ms < 2 ** 48)) throw new RangeError('instant outside the UUIDv7 range');
      const [w2, w3, w4] = [next32(), next32(), next32()];
      const version = ((w2 & 0x0fff) | 0x7000) >>> 0;
      const variant = ((w3 & 0x3fffffff) | 0x80000000) >>> 0;
      return format(
        hex(Math.floor(ms / 2 ** 16), 8) + hex(ms % 2 ** 16, 4) + hex(version, 4) + hex(variant) + hex(w4),
      );
    },
  };
  return random;
}
