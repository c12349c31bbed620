import { describe, expect, it } from 'vitest';
import { pareto, vitalFew } from './pareto.js';

describe('pareto', () => {
  it('sorts by count, and gives share and cumulative share worked by hand', () => {
    // Total 200: 90 (45%), 50 (25% → 70%), 30 (15% → 85%), 20 (10% → 95%), 10 (5% → 100%).
    const { total, rows } = pareto([
      { key: 'c', label: 'Bygglov', count: 30 },
      { key: 'a', label: 'Faktura', count: 90 },
      { key: 'e', label: 'Parkering', count: 10 },
      { key: 'b', label: 'Förskola', count: 50 },
      { key: 'd', label: 'Hemtjänst', count: 20 },
    ]);
    expect(total).toBe(200);
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.share)).toEqual([0.45, 0.25, 0.15, 0.1, 0.05]);
    expect(rows.map((r) => Math.round(r.cumulativeShare * 100))).toEqual([45, 70, 85, 95, 100]);
    expect(rows[4]!.cumulativeShare).toBe(1);
    expect(vitalFew(rows)).toBe(3);
    expect(vitalFew(rows, 0.7)).toBe(2);
  });

  it('orders ties by label in Swedish, leaves out empty items, and handles no data', () => {
    const { rows } = pareto([
      { key: '2', label: 'Ängar', count: 5 },
      { key: '1', label: 'Avfall', count: 5 },
      { key: '3', label: 'Zon', count: 5 },
      { key: '4', label: 'Tom', count: 0 },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['Avfall', 'Zon', 'Ängar']);
    expect(pareto([])).toEqual({ total: 0, rows: [] });
  });
});
