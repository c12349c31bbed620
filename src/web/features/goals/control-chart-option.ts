/**
 * The ECharts option of a control chart, a pure function of the API's chart: the plotted days
 * (closed days and days without data left out, as the chart's rules leave them out), the value
 * as a line with points, the centre line and the two limits as steps that change where a new
 * baseline starts (each start also a vertical line), and EVERY point where a rule fired drawn
 * as a large diamond with its rule numbers beside it, on a series of its own that always draws its
 * symbols (a line series hides some symbols when points are dense, which hid rule hits), so they
 * show without colour. The tooltip names the rules that fired on the day. Tooltips on the canvas,
 * as in the analyses.
 */
import type { ChartOption } from '../analysis/chart-options.js';
import { formatGoalValue } from './goal-format.js';
import type { ControlChartAnswer, RuleId } from './types.js';

export interface ControlChartNames {
  value: string;
  centre: string;
  limits: string;
  signal: string;
  /** The label of a new baseline's vertical line. */
  baseline: string;
  /** A rule's name for the tooltip: "en punkt utanför gränserna". */
  rule: (rule: RuleId) => string;
}

/** The rules' numbers (rules.ts, docs/metrics.md): 1 beyond the limits, 2 a run, 3 a trend, 4 two of three. */
export const RULE_NUMBERS: Readonly<Record<RuleId, number>> = {
  beyond_limits: 1,
  run_one_side: 2,
  trend: 3,
  two_of_three_beyond_two_sigma: 4,
};

/** The rules that fired on each day, in rule order. */
export function rulesByDay(chart: ControlChartAnswer): Map<string, RuleId[]> {
  const byDay = new Map<string, RuleId[]>();
  for (const s of chart.signals) {
    const rules = byDay.get(s.day) ?? [];
    if (!rules.includes(s.rule)) rules.push(s.rule);
    byDay.set(s.day, rules);
  }
  for (const rules of byDay.values()) rules.sort((a, b) => RULE_NUMBERS[a] - RULE_NUMBERS[b]);
  return byDay;
}

export function plottedPoints(chart: ControlChartAnswer) {
  return chart.points.filter((p) => p.skipped === null && p.value !== null);
}

export function controlChartOption(
  chart: ControlChartAnswer,
  names: ControlChartNames,
  lang: string,
): ChartOption {
  const points = plottedPoints(chart);
  const rules = rulesByDay(chart);
  const plottedDays = new Set(points.map((p) => p.day));
  const baselineDays = chart.baselines
    .map((b) => b.startDay)
    .filter((day): day is string => day !== null && plottedDays.has(day));
  const fmt = (v: number) => formatGoalValue(v, chart.unit, lang);
  const line = (
    name: string,
    values: (number | null)[],
    type: 'solid' | 'dashed' | 'dotted',
    color: string,
  ) => ({
    type: 'line' as const,
    name,
    data: values,
    step: 'middle' as const,
    showSymbol: false,
    lineStyle: { type, width: 1.5, color },
    itemStyle: { color },
    connectNulls: false,
  });
  return {
    animation: false,
    aria: { enabled: true },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[];
        const point = points[items[0]?.dataIndex ?? -1];
        if (!point) return '';
        const lines = [
          point.day,
          `${names.value}: ${fmt(point.value!)}`,
          ...(point.limits
            ? [
                `${names.centre}: ${fmt(point.limits.centre)}`,
                `${names.limits}: ${fmt(point.limits.lower)}–${fmt(point.limits.upper)}`,
              ]
            : []),
          ...(rules.get(point.day) ?? []).map((r) => `${names.signal} ${RULE_NUMBERS[r]}: ${names.rule(r)}`),
        ];
        return lines.join('\n');
      },
    },
    xAxis: { type: 'category', data: points.map((p) => p.day), axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: (v: number) => fmt(v) },
    },
    series: [
      {
        type: 'line',
        name: names.value,
        data: points.map((p) => p.value),
        symbol: 'circle',
        symbolSize: 4,
        lineStyle: { width: 1, color: '#1b3a6b' },
        itemStyle: { color: '#1b3a6b' },
      },
      line(
        names.centre,
        points.map((p) => p.limits?.centre ?? null),
        'solid',
        '#555b63',
      ),
      line(
        names.limits,
        points.map((p) => p.limits?.upper ?? null),
        'dashed',
        '#8a4516',
      ),
      {
        ...line(
          names.limits,
          points.map((p) => p.limits?.lower ?? null),
          'dashed',
          '#8a4516',
        ),
      },
      {
        type: 'line',
        name: names.signal,
        data: points.map((p) => (rules.has(p.day) ? p.value : null)),
        symbol: 'diamond',
        symbolSize: 12,
        showSymbol: true,
        showAllSymbol: true,
        lineStyle: { width: 0, opacity: 0 },
        itemStyle: { color: '#e3a33b', borderColor: '#1f2933', borderWidth: 1.5 },
        label: {
          show: true,
          position: 'top',
          color: '#1f2933',
          fontWeight: 'bold',
          formatter: (p: { dataIndex: number }) =>
            (rules.get(points[p.dataIndex]?.day ?? '') ?? []).map((r) => RULE_NUMBERS[r]).join(','),
        },
        connectNulls: false,
        z: 5,
        ...(baselineDays.length > 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#1f2933', type: 'solid' as const, width: 1.5 },
                label: { formatter: names.baseline, position: 'insideEndTop' as const, color: '#1f2933' },
                data: baselineDays.map((day) => ({ xAxis: day })),
              },
            }
          : {}),
      },
    ],
  };
}
