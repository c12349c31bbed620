import { describe, expect, it } from 'vitest';
import { controlChartOption, plottedPoints } from './control-chart-option.js';
import type { ControlChartAnswer } from './types.js';

const limits = (centre: number) => ({ centre, sigma: 1, upper: centre + 3, lower: centre - 3 });
const chart: ControlChartAnswer = {
  measure: 'contacts',
  scope: 'all',
  unit: 'count',
  kind: 'xmr',
  isCapacity: true,
  better: null,
  from: '2026-03-02',
  to: '2026-03-09',
  points: [
    {
      day: '2026-03-06',
      value: 10,
      numerator: 10,
      denominator: 10,
      skipped: null,
      baseline: 0,
      isInBaseline: true,
      limits: limits(10),
      movingRange: null,
    },
    {
      day: '2026-03-07',
      value: null,
      numerator: 0,
      denominator: 0,
      skipped: 'closed',
      baseline: 0,
      isInBaseline: false,
      limits: null,
      movingRange: null,
    },
    {
      day: '2026-03-08',
      value: null,
      numerator: 0,
      denominator: 0,
      skipped: 'closed',
      baseline: 0,
      isInBaseline: false,
      limits: null,
      movingRange: null,
    },
    {
      day: '2026-03-09',
      value: 20,
      numerator: 20,
      denominator: 20,
      skipped: null,
      baseline: 1,
      isInBaseline: false,
      limits: limits(12),
      movingRange: 10,
    },
  ],
  baselines: [],
  signals: [
    { rule: 'beyond_limits', side: 'above', day: '2026-03-09', fromDay: '2026-03-09', toDay: '2026-03-09' },
  ],
};

describe('controlChartOption', () => {
  it('plots open days with data only, the limits stepping with the baseline, and the rule hits apart', () => {
    expect(plottedPoints(chart).map((p) => p.day)).toEqual(['2026-03-06', '2026-03-09']);
    const option = controlChartOption(chart, { value: 'V', centre: 'C', limits: 'L', signal: 'S' }, 'sv');
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-03-06', '2026-03-09']);
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['V', [10, 20]],
      ['C', [10, 12]],
      ['L', [13, 15]],
      ['L', [7, 9]],
      ['S', [null, 20]],
    ]);
  });
});
