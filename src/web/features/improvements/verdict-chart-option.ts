/**
 * The small chart beside an improvement's verdict (core/improvements/verdict-chart.ts gives its
 * rows): the targeted failure demand week by week, before the change in a light bar and after it
 * in a dark one (the aria component lays a pattern on each, so they differ in greyscale too),
 * what was expected after it without the change as a dashed line with square points, the same
 * weeks a year before as a dotted line with triangles when they are the comparison, and the
 * change as a vertical line.
 */
import type { VerdictChartRow } from '../../../core/improvements/verdict-chart.js';
import type { ChartOption } from '../analysis/chart-options.js';

export interface VerdictChartNames {
  before: string;
  after: string;
  expected: string;
  yearBefore: string;
  change: string;
  /** A week's label on the axis: "v. 33". */
  week: (week: string) => string;
  count: (value: number) => string;
}

export function verdictChartOption(rows: readonly VerdictChartRow[], names: VerdictChartNames): ChartOption {
  const labels = rows.map((r) => names.week(r.week));
  const firstAfter = rows.findIndex((r) => r.period === 'after');
  const hasBefore = rows.some((r) => r.period === 'before');
  const hasYearBefore = rows.some((r) => r.yearBefore !== null);
  const bar = (name: string, period: VerdictChartRow['period'], color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'weeks',
    barMaxWidth: 18,
    data: rows.map((r) => (r.period === period ? r.failureDemand : null)),
    itemStyle: { color },
  });
  return {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    grid: { left: 48, right: 16, top: 56, bottom: 40 },
    legend: { top: 0, textStyle: { color: '#1f2933' } },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      valueFormatter: (v) => (typeof v === 'number' ? names.count(v) : '–'),
    },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true, color: '#1f2933' } },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (v: number) => names.count(v), color: '#1f2933' },
    },
    series: [
      ...(hasBefore ? [bar(names.before, 'before', '#a9c4e8')] : []),
      {
        ...bar(names.after, 'after', '#1b3a6b'),
        ...(hasBefore && firstAfter > 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#1f2933', type: 'solid' as const, width: 1.5 },
                label: { formatter: names.change, position: 'insideEndTop' as const, color: '#1f2933' },
                data: [{ xAxis: labels[firstAfter] }],
              },
            }
          : {}),
      },
      ...(hasYearBefore
        ? [
            {
              type: 'line' as const,
              name: names.yearBefore,
              data: rows.map((r) => r.yearBefore),
              symbol: 'triangle',
              symbolSize: 7,
              lineStyle: { type: 'dotted' as const, width: 2, color: '#555b63' },
              itemStyle: { color: '#555b63' },
            },
          ]
        : []),
      {
        type: 'line' as const,
        name: names.expected,
        data: rows.map((r) => (r.expected === null ? null : Math.round(r.expected * 10) / 10)),
        symbol: 'rect',
        symbolSize: 6,
        connectNulls: false,
        lineStyle: { type: 'dashed' as const, width: 2, color: '#8a4516' },
        itemStyle: { color: '#8a4516' },
      },
    ],
  };
}
