/**
 * The ECharts option of a control chart, a pure function of the API's chart: the plotted days
 * (closed days and days without data left out, as the chart's rules leave them out), the value
 * as a line with points, the centre line and the two limits as steps that change where a new
 * baseline starts, and the points where a rule fired drawn large on a series of their own (so
 * they show in greyscale as well as in colour). Tooltips on the canvas, as in the analyses.
 */
import type { ChartOption } from '../analysis/chart-options.js';
import { formatGoalValue } from './goal-format.js';
import type { ControlChartAnswer } from './types.js';

export interface ControlChartNames {
  value: string;
  centre: string;
  limits: string;
  signal: string;
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
  const signalDays = new Set(chart.signals.map((s) => s.day));
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
      valueFormatter: (v) => (typeof v === 'number' ? fmt(v) : '–'),
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
        data: points.map((p) => (signalDays.has(p.day) ? p.value : null)),
        symbol: 'diamond',
        symbolSize: 12,
        lineStyle: { width: 0, opacity: 0 },
        itemStyle: { color: '#e3a33b', borderColor: '#1f2933', borderWidth: 1 },
        connectNulls: false,
      },
    ],
  };
}
