import { describe, expect, it } from 'vitest';
import { governingBaselines, sortBaselines } from './baseline.js';
import { xmrChart, type XmrInput } from './xmr.js';

const day = (i: number) => `2026-05-${String(i + 1).padStart(2, '0')}`;
const series = (values: number[]): XmrInput[] => values.map((value, i) => ({ date: day(i), value }));

describe('sortBaselines and governingBaselines', () => {
  it('sorts by start; each date takes the last baseline begun on or before it, else the first', () => {
    const sorted = sortBaselines([
      { from: '2026-05-10', to: '2026-05-12' },
      { from: '2026-05-03', to: '2026-05-05' },
    ]);
    expect(sorted.map((b) => b.from)).toEqual(['2026-05-03', '2026-05-10']);
    expect(
      governingBaselines(['2026-05-01', '2026-05-03', '2026-05-09', '2026-05-10', '2026-05-20'], sorted),
    ).toEqual([0, 0, 0, 1, 1]);
  });

  it('refuses no baseline, one that ends before it starts, and two that start together', () => {
    expect(() => sortBaselines([])).toThrow(RangeError);
    expect(() => sortBaselines([{ from: '2026-05-02', to: '2026-05-01' }])).toThrow(RangeError);
    expect(() =>
      sortBaselines([
        { from: '2026-05-02', to: '2026-05-03' },
        { from: '2026-05-02', to: '2026-05-09' },
      ]),
    ).toThrow(RangeError);
  });
});

describe('a chart with a new baseline after an improvement', () => {
  // Days 0-1 come before any baseline. Baseline 1 is days 2-9 around 20 (20, 22, 20, 22, ...):
  // x̄ 21, MR̄ 2, limits 21 ± 5.32. On day 12 the level falls to about 10, and on day 14 the user
  // sets baseline 2 over days 14-19 (10, 12, ...): x̄ 11, MR̄ 2, limits 11 ± 5.32.
  const values = [21, 21, 20, 22, 20, 22, 20, 22, 20, 22, 21, 21, 10, 12, 10, 12, 10, 12, 10, 12, 11, 11];
  const baselines = [
    { from: day(14), to: day(19) },
    { from: day(2), to: day(9) },
  ];
  const chart = xmrChart(series(values), baselines);

  it('marks where each baseline starts and how many points made it', () => {
    expect(chart.baselines.map((b) => [b.from, b.startIndex, b.points, b.limits?.centre])).toEqual([
      [day(2), 2, 8, 21],
      [day(14), 14, 6, 11],
    ]);
  });

  it('judges each point by the baseline begun before it; days 0-1 by the first', () => {
    expect(chart.points.map((p) => p.baseline)).toEqual([
      ...Array<number>(14).fill(0),
      ...Array<number>(8).fill(1),
    ]);
    expect(chart.points.map((p) => p.limits?.centre)).toEqual([
      ...Array<number>(14).fill(21),
      ...Array<number>(8).fill(11),
    ]);
    expect(chart.points.filter((p) => p.isInBaseline).map((p) => p.date)).toEqual([
      ...[2, 3, 4, 5, 6, 7, 8, 9].map(day),
      ...[14, 15, 16, 17, 18, 19].map(day),
    ]);
  });

  it('the fall shows under the old limits (days 12-13 below 15.68), and nothing under the new', () => {
    expect(chart.signals.map((s) => [s.rule, s.side, s.index, s.baseline])).toEqual([
      ['beyond_limits', 'below', 12, 0],
      ['beyond_limits', 'below', 13, 0],
      ['two_of_three_beyond_two_sigma', 'below', 13, 0],
    ]);
  });

  it('limits come only from baseline points: changing a point outside every baseline changes none', () => {
    const changed = xmrChart(series(values.map((v, i) => (i === 0 || i === 11 ? 500 : v))), baselines);
    expect(changed.baselines.map((b) => b.limits)).toEqual(chart.baselines.map((b) => b.limits));
    expect(changed.signals.filter((s) => s.rule === 'beyond_limits').map((s) => s.index)).toEqual([
      0, 11, 12, 13,
    ]);
  });
});

describe('no pattern spans a change of baseline', () => {
  // Baseline 1, days 0-3: 9, 11, 9, 11 (x̄ 10). Days 3-7 are above 10: five points.
  // Baseline 2, days 8-13: 21, 21, 21, 19, 19, 19 (x̄ 20). Days 8-10 are above 20: three points.
  // Each above its own centre, days 3-10 are eight in a row, but under two different centres.
  const values = [9, 11, 9, 11, 10.5, 10.5, 10.5, 10.5, 21, 21, 21, 19, 19, 19];

  it('5 above the old centre and 3 above the new one are not a run of 8', () => {
    const chart = xmrChart(series(values), [
      { from: day(0), to: day(3) },
      { from: day(8), to: day(13) },
    ]);
    expect(chart.baselines[1]!.limits?.centre).toBe(20);
    expect(chart.signals.filter((s) => s.rule === 'run_one_side')).toEqual([]);
  });

  it('under one baseline the same points are one run (days 3-13 above 10)', () => {
    const chart = xmrChart(series(values), [{ from: day(0), to: day(3) }]);
    expect(
      chart.signals.filter((s) => s.rule === 'run_one_side').map((s) => [s.index, s.from, s.to]),
    ).toEqual([[10, 3, 13]]);
  });
});

describe('chart input', () => {
  it('refuses dates out of order', () => {
    expect(() =>
      xmrChart(
        [
          { date: day(1), value: 1 },
          { date: day(0), value: 2 },
        ],
        [{ from: day(0), to: day(1) }],
      ),
    ).toThrow(RangeError);
  });

  it('a baseline that begins after the last point governs none and has no start', () => {
    const chart = xmrChart(series([1, 2, 3]), [
      { from: day(0), to: day(2) },
      { from: day(10), to: day(12) },
    ]);
    expect(chart.baselines[1]).toMatchObject({
      startIndex: null,
      points: 0,
      limits: null,
      noLimitsReason: 'too_few_points',
    });
    expect(chart.points.every((p) => p.baseline === 0)).toBe(true);
  });
});
