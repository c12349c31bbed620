import { describe, expect, it } from 'vitest';
import { categoryChart, chartHeight, fitLabels, heatmapChart } from './chart-options.js';

describe('the category chart', () => {
  const option = categoryChart({
    categories: ['Faktura (n = 12)', 'Bygglov (n = 140)'],
    series: [
      { name: 'Andel', type: 'bar', unit: 'share', values: [0.5, 0.25], uncertain: [true, false] },
      { name: 'Kumulativ', type: 'line', unit: 'share', axis: 1, values: [0.5, 1] },
    ],
    horizontal: true,
    locale: 'sv',
  });

  it('draws shares from fewer than 30 pale with a dashed edge, the others plain', () => {
    const series = option.series as { data: unknown[] }[];
    expect(series[0]?.data[0]).toMatchObject({
      value: 0.5,
      itemStyle: { opacity: 0.45, borderType: 'dashed' },
    });
    expect(series[0]?.data[1]).toBe(0.25);
  });

  it('puts the categories down and the values across when horizontal, first on top', () => {
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(Array.isArray(option.xAxis) && option.xAxis.length).toBe(2);
  });

  it('lays patterns on the series (aria decal) and draws tooltips on the canvas (no inline styles for the CSP)', () => {
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
  });

  it('writes the share axis in percent', () => {
    const axes = option.xAxis as { axisLabel: { formatter: (v: number) => string } }[];
    expect(axes[0]?.axisLabel.formatter(0.25)).toBe('25\u00a0%');
  });

  it('is taller for more categories across', () => {
    expect(chartHeight({ categories: Array.from({ length: 20 }, String), horizontal: true })).toBeGreaterThan(
      chartHeight({ categories: ['a'], horizontal: true }),
    );
  });
});

describe('the heat map', () => {
  it('places each cell at its hour (x) and weekday (y, Monday = 0)', () => {
    const option = heatmapChart({
      weekdays: ['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön'],
      cells: [
        { weekday: 1, hour: 8, contacts: 5 },
        { weekday: 7, hour: 23, contacts: 1 },
      ],
      locale: 'sv',
      seriesName: 'Kontakter',
    });
    const series = option.series as { data: unknown[] }[];
    expect(series[0]?.data).toEqual([
      [8, 0, 5],
      [23, 6, 1],
    ]);
    expect(option.visualMap).toMatchObject({ min: 0, max: 5 });
  });
});

describe('labels fitted to the chart’s width (issue #13)', () => {
  const needs = categoryChart({
    categories: ['Vill ha tjänst', 'Vill veta', 'Problem', 'Förstår inte', 'Synpunkt', 'Annan myndighet'],
    series: [{ name: 'Andel', type: 'bar', unit: 'share', values: [0.44, 0.25, 0.16, 0.12, 0.02, 0.01] }],
    locale: 'sv',
  });
  const label = (option: ReturnType<typeof fitLabels>, axis: 'xAxis' | 'yAxis') =>
    (option[axis] as { axisLabel: Record<string, unknown> }).axisLabel;

  it('across: each label its category’s width on a desktop, broken onto lines', () => {
    // 1000 px: (1000 - 60) / 6 = 156 px a category, 150 for its label.
    expect(label(fitLabels(needs, 1000), 'xAxis')).toMatchObject({
      width: 150,
      overflow: 'break',
      rotate: 0,
    });
  });

  it('across on a phone: slanted and cut, never overlapping', () => {
    // 350 px: (350 - 60) / 6 = 48 px a category, too narrow for a word.
    expect(label(fitLabels(needs, 350), 'xAxis')).toMatchObject({
      width: 96,
      overflow: 'truncate',
      rotate: 40,
    });
  });

  it('down the side: 45 % of the width, 80 to 240 px, cut with an ellipsis', () => {
    const topics = categoryChart({
      categories: ['Gator, parker och trafik › Felanmälan gata och gatubelysning', 'Förskola'],
      series: [{ name: 'Kontakter', type: 'bar', unit: 'count', values: [40, 12] }],
      horizontal: true,
      locale: 'sv',
    });
    expect(label(fitLabels(topics, 350), 'yAxis')).toMatchObject({ width: 158, overflow: 'truncate' });
    expect(label(fitLabels(topics, 1200), 'yAxis')).toMatchObject({ width: 240 });
    expect(label(fitLabels(topics, 150), 'yAxis')).toMatchObject({ width: 80 });
    // The names themselves are whole: the tooltip and the table view show them.
    expect((fitLabels(topics, 350).yAxis as { data: string[] }).data[0]).toBe(
      'Gator, parker och trafik › Felanmälan gata och gatubelysning',
    );
  });

  it('leaves other charts (a heatmap) as they are', () => {
    const heat = heatmapChart({ weekdays: ['mån'], cells: [], locale: 'sv', seriesName: 'Kontakter' });
    expect(fitLabels(heat, 350)).toEqual(heat);
  });
});
