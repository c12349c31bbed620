import { describe, expect, it } from 'vitest';
import { controlChartOption, plottedPoints, rulesByDay } from './control-chart-option.js';
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

const NAMES = {
  value: 'V',
  centre: 'C',
  limits: 'L',
  signal: 'Regel',
  baseline: 'Ny baslinje',
  rule: (r: string) => `rule ${r}`,
};

/** A month of weekdays with a value each, limits 80 ± 4, and rule hits on five of them. */
function denseChart(): ControlChartAnswer {
  const days = Array.from({ length: 60 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 6, 1 + i));
    return d.toISOString().slice(0, 10);
  });
  return {
    ...chart,
    unit: 'share',
    kind: 'p',
    from: days[0]!,
    to: days.at(-1)!,
    points: days.map((day, i) => ({
      day,
      value: day === '2026-08-18' ? 0.749 : 0.8 + ((i % 5) - 2) / 100,
      numerator: 80,
      denominator: 100,
      skipped: null,
      baseline: i < 30 ? 0 : 1,
      isInBaseline: i < 20,
      limits: { centre: 0.8, sigma: 0.013, upper: 0.839, lower: 0.761 },
      movingRange: null,
    })),
    baselines: [
      {
        id: 'a',
        from: days[0]!,
        to: days[19]!,
        reason: 'x',
        setBy: { id: 'u', name: 'U' },
        startDay: days[0]!,
        points: 20,
        noLimitsReason: null,
      },
      {
        id: 'b',
        from: days[30]!,
        to: days[40]!,
        reason: 'y',
        setBy: { id: 'u', name: 'U' },
        startDay: days[30]!,
        points: 11,
        noLimitsReason: null,
      },
    ],
    signals: [
      { rule: 'beyond_limits', side: 'below', day: '2026-08-18', fromDay: '2026-08-18', toDay: '2026-08-18' },
      {
        rule: 'two_of_three_beyond_two_sigma',
        side: 'below',
        day: '2026-08-18',
        fromDay: '2026-08-17',
        toDay: '2026-08-18',
      },
      { rule: 'run_one_side', side: 'above', day: '2026-07-12', fromDay: '2026-07-05', toDay: '2026-07-12' },
      {
        rule: 'trend',
        side: null as unknown as string,
        day: '2026-07-20',
        fromDay: '2026-07-15',
        toDay: '2026-07-20',
      },
      { rule: 'beyond_limits', side: 'above', day: '2026-08-25', fromDay: '2026-08-25', toDay: '2026-08-25' },
    ],
  };
}

describe('controlChartOption: every rule hit marked', () => {
  const dense = denseChart();
  const option = controlChartOption(dense, NAMES, 'sv');
  const series = option.series as {
    name: string;
    data: (number | null)[];
    showAllSymbol?: boolean;
    label?: { show: boolean; formatter: (p: { dataIndex: number }) => string };
    markLine?: { data: { xAxis: string }[] };
  }[];
  const signals = series.find((s) => s.name === 'Regel')!;
  const days = (option.xAxis as { data: string[] }).data;

  it('has a marked point on every day a rule fired, and nowhere else', () => {
    const marked = days.filter((_, i) => signals.data[i] !== null);
    expect(marked).toEqual(['2026-07-12', '2026-07-20', '2026-08-18', '2026-08-25']);
    expect(signals.data[days.indexOf('2026-08-18')]).toBe(0.749);
    // Drawn even where points are dense: ECharts's default 'auto' skips symbols.
    expect(signals.showAllSymbol).toBe(true);
  });

  it('writes the rule numbers beside each mark (not colour alone) and names them in the tooltip', () => {
    expect(signals.label?.show).toBe(true);
    expect(signals.label!.formatter({ dataIndex: days.indexOf('2026-08-18') })).toBe('1,4');
    expect(signals.label!.formatter({ dataIndex: days.indexOf('2026-07-12') })).toBe('2');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const text = tooltip([{ dataIndex: days.indexOf('2026-08-18') }]);
    expect(text).toContain('Regel 1: rule beyond_limits');
    expect(text).toContain('Regel 4: rule two_of_three_beyond_two_sigma');
    expect(text).toContain('74,9');
    expect(tooltip([{ dataIndex: 0 }])).not.toContain('Regel');
  });

  it('draws each baseline start as a vertical line', () => {
    expect(signals.markLine?.data).toEqual([{ xAxis: '2026-07-01' }, { xAxis: '2026-07-31' }]);
  });

  it('lists several rules of a day in rule order', () => {
    expect(rulesByDay(dense).get('2026-08-18')).toEqual(['beyond_limits', 'two_of_three_beyond_two_sigma']);
  });
});

describe('controlChartOption', () => {
  it('plots open days with data only, the limits stepping with the baseline, and the rule hits apart', () => {
    expect(plottedPoints(chart).map((p) => p.day)).toEqual(['2026-03-06', '2026-03-09']);
    const option = controlChartOption(chart, NAMES, 'sv');
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-03-06', '2026-03-09']);
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['V', [10, 20]],
      ['C', [10, 12]],
      ['L', [13, 15]],
      ['L', [7, 9]],
      ['Regel', [null, 20]],
    ]);
  });
});
