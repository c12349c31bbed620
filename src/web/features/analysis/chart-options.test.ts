import { describe, expect, it } from 'vitest';
import { categoryChart, chartHeight, heatmapChart } from './chart-options.js';

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
