import { describe, expect, it } from 'vitest';
import { isDayTextValid, normalizeDayText, pickerYears, weekOf, weekParts } from './date-text.js';

describe('a typed day', () => {
  it('is tidied into ÅÅÅÅ-MM-DD from the usual variants', () => {
    expect(normalizeDayText(' 2026-11-30 ')).toBe('2026-11-30');
    expect(normalizeDayText('2026-1-5')).toBe('2026-01-05');
    expect(normalizeDayText('2026/01/05')).toBe('2026-01-05');
    expect(normalizeDayText('2026.1.5')).toBe('2026-01-05');
    expect(normalizeDayText('20260105')).toBe('2026-01-05');
  });

  it('stays as typed when it is no day, and is then invalid', () => {
    expect(normalizeDayText('2026-02-30')).toBe('2026-02-30');
    expect(normalizeDayText('30/11/2026')).toBe('30/11/2026');
    expect(normalizeDayText('2026015')).toBe('2026015');
    expect(isDayTextValid('2026-02-30')).toBe(false);
    expect(isDayTextValid('30/11/2026')).toBe(false);
    expect(isDayTextValid('2024-02-29')).toBe(true);
    expect(isDayTextValid('')).toBe(true);
  });
});

describe('a picked week', () => {
  it('splits into year and number, and back within the year', () => {
    expect(weekParts('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(weekParts('2025-W53')).toBeNull();
    expect(weekOf(2026, 5)).toBe('2026-W05');
    // 2025 has 52 weeks: week 53 chosen in 2026 becomes 52 when the year changes to 2025.
    expect(weekOf(2025, 53)).toBe('2025-W52');
  });

  it('offers the years around this one and keeps a chosen one outside them', () => {
    expect(pickerYears(2026, null)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(pickerYears(2026, 2015)).toEqual([2015, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });
});
