import { describe, expect, it } from 'vitest';
import { daysBetween } from '../calendar/swedish-calendar.js';
import { periodParts } from './periods.js';

/** Each day's weight over the parts: 1 inside the period, 0 outside. */
function weights(from: string, to: string): Map<string, number> {
  const weight = new Map<string, number>();
  for (const p of periodParts(from, to)) {
    const last = p.grain === 'month' ? p.to : p.to;
    for (const day of daysBetween(p.from, last)) weight.set(day, (weight.get(day) ?? 0) + p.sign);
  }
  return weight;
}

describe('periodParts', () => {
  it('reads whole months by month, a month mostly inside as the month less its outside days', () => {
    // The bench's year: 9 December to 8 December. December 2025 has 23 days inside, 8 outside.
    expect(periodParts('2025-12-09', '2026-12-08')).toEqual([
      { grain: 'month', from: '2025-12-01', to: '2026-11-30', sign: 1 },
      { grain: 'day', from: '2025-12-01', to: '2025-12-08', sign: -1 },
      { grain: 'day', from: '2026-12-01', to: '2026-12-08', sign: 1 },
    ]);
    expect(periodParts('2026-01-01', '2026-12-31')).toEqual([
      { grain: 'month', from: '2026-01-01', to: '2026-12-31', sign: 1 },
    ]);
    expect(periodParts('2024-02-01', '2024-02-29')).toEqual([
      { grain: 'month', from: '2024-02-01', to: '2024-02-29', sign: 1 },
    ]);
    // 28 of February 2024's 29 days: the month less the 29th.
    expect(periodParts('2024-02-01', '2024-02-28')).toEqual([
      { grain: 'month', from: '2024-02-01', to: '2024-02-29', sign: 1 },
      { grain: 'day', from: '2024-02-29', to: '2024-02-29', sign: -1 },
    ]);
    expect(periodParts('2026-12-08', '2026-12-08')).toEqual([
      { grain: 'day', from: '2026-12-08', to: '2026-12-08', sign: 1 },
    ]);
  });

  it('counts every day of the period once and no other day, whatever the period', () => {
    for (const [from, to] of [
      ['2025-12-09', '2026-12-08'],
      ['2026-03-02', '2026-04-29'],
      ['2026-03-31', '2026-05-01'],
      ['2026-01-16', '2026-01-16'],
      ['2025-11-17', '2026-02-14'],
    ] as const) {
      const weight = weights(from, to);
      const inside = new Set(daysBetween(from, to));
      for (const [day, w] of weight) expect([day, w]).toEqual([day, inside.has(day) ? 1 : 0]);
      for (const day of inside) expect(weight.get(day)).toBe(1);
      const dayParts = periodParts(from, to).filter((p) => p.grain === 'day');
      for (const p of dayParts) expect(daysBetween(p.from, p.to).length).toBeLessThanOrEqual(15);
    }
  });
});
