/**
 * ECharts options of the analyses, as pure functions of the figures: a category chart (bars and
 * lines on one or two value axes, across or upright, stacked or not) and the weekday-by-hour
 * heat map. Readable in greyscale: the palette steps in lightness, the aria component lays a
 * pattern (decal) on each bar series, lines differ in dash and symbol, the heat map is one hue
 * from light to dark. Tooltips are drawn on the canvas (renderMode richText): the HTML tooltip
 * writes inline styles, which the app's Content-Security-Policy refuses.
 */
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
  MarkLineComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ColumnUnit } from '../../../core/analysis/tables.js';
import { formatCount, formatRate, formatShare, MISSING, type TableLocale } from './analysis-format.js';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

/**
 * Colours that differ in lightness as well as hue, neighbours far apart (dark navy, amber, mid
 * blue, brown, light blue, grey): in greyscale a stack still steps dark, light, mid.
 */
export const PALETTE = [
  '#1b3a6b',
  '#e3a33b',
  '#4f7cba',
  '#8a4516',
  '#a9c4e8',
  '#555b63',
  '#d8dde6',
  '#2f6f4f',
];

const TEXT = '#1f2933';
const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'] as const;

/** The numbers of one axis or series as the page writes them. */
export function formatValue(value: number | null | undefined, unit: ColumnUnit, locale: TableLocale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  if (unit === 'share') return formatShare(value, locale);
  if (unit === 'rate') return formatRate(value, locale);
  return formatCount(value, locale);
}

/** An axis' tick labels: whole percent for shares, separators for counts. */
function axisLabel(unit: ColumnUnit, locale: TableLocale): (value: number) => string {
  if (unit === 'share') return (v) => `${formatCount(v * 100, locale)}${locale === 'sv' ? '\u00a0%' : '%'}`;
  if (unit === 'rate') return (v) => formatRate(v, locale);
  return (v) => formatCount(v, locale);
}

export interface SeriesSpec {
  name: string;
  type: 'bar' | 'line';
  values: readonly (number | null)[];
  /** What the values are: counts, shares (0-1), minutes or daily rates. */
  unit: ColumnUnit;
  /** Per value: from fewer than 30 contacts, drawn pale with a dashed edge (a hollow point on a line). */
  uncertain?: readonly boolean[];
  /** Bars of the same stack sit on each other. */
  stack?: string;
  /** The value axis: 0 (first) or 1 (second, for a share beside counts). */
  axis?: 0 | 1;
  /** Whether its elements lead to contacts (default true); other series show a plain cursor. */
  clickable?: boolean;
}

export interface CategoryChartSpec {
  categories: readonly string[];
  series: readonly SeriesSpec[];
  locale: TableLocale;
  /** Bars across, categories down: for long names (topics, departments, districts). */
  horizontal?: boolean;
  /** Stacked shares of 100% (every stack's values add to 1). */
  maxShare?: number;
}

function dataOf(spec: SeriesSpec, colour: string) {
  return spec.values.map((value, i) => {
    if (!spec.uncertain?.[i]) return value;
    return spec.type === 'bar'
      ? {
          value,
          itemStyle: {
            color: colour,
            opacity: 0.45,
            borderColor: TEXT,
            borderType: 'dashed' as const,
            borderWidth: 1,
          },
        }
      : { value, symbol: 'emptyCircle', symbolSize: 9 };
  });
}

/** Pixels a chart needs: more for many categories across. */
export function chartHeight(spec: Pick<CategoryChartSpec, 'categories' | 'horizontal'>): number {
  return spec.horizontal ? Math.max(220, 70 + spec.categories.length * 38) : 340;
}

export function categoryChart(spec: CategoryChartSpec): ChartOption {
  const units: ColumnUnit[] = [];
  for (const s of spec.series) units[s.axis ?? 0] ??= s.unit;
  const valueAxes = units.map((unit, i) => ({
    type: 'value' as const,
    min: 0,
    // Counts in whole steps: no axis of 0, 0,2, 0,4 … contacts.
    ...(unit === 'count' || unit === 'minutes' ? { minInterval: 1 } : {}),
    ...(unit === 'share' ? { max: i === 0 && spec.maxShare ? spec.maxShare : undefined } : {}),
    axisLabel: { formatter: axisLabel(unit, spec.locale), color: TEXT },
    splitLine: { show: i === 0 },
  }));
  const categoryAxis = {
    type: 'category' as const,
    data: [...spec.categories],
    inverse: spec.horizontal === true,
    axisLabel: {
      color: TEXT,
      // Room for a second line: the n of a share, or a long name broken in two.
      lineHeight: 15,
      // Across: long names cut with an ellipsis (the table has them whole). Upright: every label
      // of a short list (channels, needs), the overlapping ones left out of a long one (weeks).
      ...(spec.horizontal
        ? { width: 240, overflow: 'truncate' as const }
        : spec.categories.length <= 12
          ? { interval: 0, width: 110, overflow: 'break' as const }
          : { hideOverlap: true }),
    },
    axisTick: { alignWithLabel: true },
  };
  let lineIndex = 0;
  const series = spec.series.map((s, i): BarSeriesOption | LineSeriesOption => {
    const colour = PALETTE[i % PALETTE.length] ?? PALETTE[0]!;
    const common = {
      name: s.name,
      cursor: s.clickable === false ? 'default' : 'pointer',
      tooltip: {
        valueFormatter: (v: unknown) => formatValue(typeof v === 'number' ? v : null, s.unit, spec.locale),
      },
      ...(spec.horizontal ? { xAxisIndex: s.axis ?? 0 } : { yAxisIndex: s.axis ?? 0 }),
    };
    if (s.type === 'bar') {
      return {
        ...common,
        type: 'bar',
        barMaxWidth: 56,
        itemStyle: { color: colour },
        data: dataOf(s, colour),
        ...(s.stack ? { stack: s.stack } : {}),
      };
    }
    const n = lineIndex++;
    return {
      ...common,
      type: 'line',
      itemStyle: { color: colour },
      lineStyle: { color: colour, width: 2, type: LINE_TYPES[n % LINE_TYPES.length] },
      symbol: SYMBOLS[n % SYMBOLS.length],
      symbolSize: 7,
      connectNulls: false,
      data: dataOf(s, colour),
    };
  });
  const hasLegend = spec.series.length > 1;
  return {
    animation: false,
    color: PALETTE,
    textStyle: { color: TEXT, fontFamily: 'system-ui, sans-serif' },
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    tooltip: { trigger: spec.series.length > 1 ? 'axis' : 'item', renderMode: 'richText', confine: true },
    ...(hasLegend ? { legend: { top: 0, textStyle: { color: TEXT } } } : {}),
    grid: { left: 12, right: 24, top: hasLegend ? 48 : 16, bottom: 8 },
    ...(spec.horizontal
      ? { yAxis: categoryAxis, xAxis: valueAxes }
      : { xAxis: categoryAxis, yAxis: valueAxes }),
    series,
  };
}

export interface HeatmapSpec {
  /** Weekday names Monday first, and hour labels 0-23. */
  weekdays: readonly string[];
  cells: readonly { weekday: number; hour: number; contacts: number }[];
  locale: TableLocale;
  seriesName: string;
}

/** Hours across, weekdays down (Monday on top), one hue from white to navy. */
export function heatmapChart(spec: HeatmapSpec): ChartOption {
  const max = Math.max(1, ...spec.cells.map((c) => c.contacts));
  const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
  return {
    animation: false,
    textStyle: { color: TEXT, fontFamily: 'system-ui, sans-serif' },
    aria: { enabled: true, label: { enabled: false } },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      formatter: (params: unknown) => {
        const p = params as { value?: [number, number, number] };
        const [h, d, v] = p.value ?? [0, 0, 0];
        return `${spec.weekdays[d] ?? ''} ${hours[h] ?? ''}: ${formatCount(v, spec.locale)}`;
      },
    },
    grid: { left: 12, right: 16, top: 8, bottom: 64 },
    xAxis: { type: 'category', data: hours, axisLabel: { color: TEXT }, splitArea: { show: true } },
    yAxis: { type: 'category', data: [...spec.weekdays], inverse: true, axisLabel: { color: TEXT } },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 200,
      text: [formatCount(max, spec.locale), '0'],
      inRange: { color: ['#f4f7fb', '#1b3a6b'] },
      textStyle: { color: TEXT },
      formatter: (v: unknown) => formatCount(Number(v), spec.locale),
    },
    series: [
      {
        name: spec.seriesName,
        type: 'heatmap',
        cursor: 'pointer',
        data: spec.cells.map((c) => [c.hour, c.weekday - 1, c.contacts]),
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: TEXT, borderWidth: 2 } },
      },
    ],
  };
}

/**
 * The chart in one sentence for a screen reader (the table below has every figure): its kind,
 * what it counts, how many elements, and the largest.
 */
export function chartSummary(
  kind: string,
  title: string,
  categories: readonly string[],
  values: readonly (number | null)[],
  format: (value: number) => string,
  words: {
    elements: (count: number) => string;
    largest: (label: string, value: string) => string;
    table: string;
  },
): string {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best === -1 || v > (values[best] ?? -Infinity))) best = i;
  });
  const parts = [`${kind}: ${title}`, words.elements(categories.length)];
  const label = (categories[best] ?? '').replaceAll('\n', ' ');
  if (best >= 0) parts.push(words.largest(label, format(values[best] ?? 0)));
  parts.push(words.table);
  return `${parts.join('. ')}.`;
}

interface CategoryAxisLike {
  type?: string;
  data?: unknown[];
  axisLabel?: { width?: number; [key: string]: unknown };
}

/**
 * The category axis' labels fitted to the chart's width in pixels (issue #13): every label stays
 * readable on a phone as on a desktop. Down the side (horizontal bars) a name gets up to 45 % of
 * the width, at least 80 and at most 240 px, cut with an ellipsis; across the bottom each
 * label gets its category's share of the width and breaks onto lines, or, where that is under
 * 64 px, is set at a slant and cut at 96 px. A cut name is whole in the bar's tooltip and in the
 * table view. Only the axes categoryChart made (whose labels have a width) change.
 */
export function fitLabels(option: ChartOption, width: number): ChartOption {
  const fit = (axis: unknown, across: boolean): unknown => {
    const a = axis as CategoryAxisLike | undefined;
    if (!a || a.type !== 'category' || a.axisLabel?.width === undefined || !Array.isArray(a.data))
      return axis;
    if (!across) {
      const labelWidth = Math.round(Math.min(240, Math.max(80, width * 0.45)));
      return { ...a, axisLabel: { ...a.axisLabel, width: labelWidth, overflow: 'truncate' } };
    }
    const perCategory = Math.floor((width - 60) / Math.max(1, a.data.length));
    return perCategory >= 64
      ? { ...a, axisLabel: { ...a.axisLabel, width: perCategory - 6, overflow: 'break', rotate: 0 } }
      : { ...a, axisLabel: { ...a.axisLabel, width: 96, overflow: 'truncate', rotate: 40 } };
  };
  return { ...option, xAxis: fit(option.xAxis, true), yAxis: fit(option.yAxis, false) } as ChartOption;
}
