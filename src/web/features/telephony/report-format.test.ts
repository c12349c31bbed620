import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDay,
  formatMeasure,
  formatShare,
  formatWeekday,
  minutesToTime,
  reportLocaleOf,
  timeToMinutes,
} from './report-format.js';

// Intl separates thousands and the percent sign with a no-break space (U+00A0) in Swedish.
const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

describe('report numbers', () => {
  it('shares: one decimal, decimal comma and a spaced percent sign in Swedish', () => {
    expect(formatShare(0.863, 'sv')).toBe(nbsp('86,3 %'));
    expect(formatShare(0.75, 'sv')).toBe(nbsp('75,0 %')); // the decimal stays: 75,0 not 75
    expect(formatShare(1, 'sv')).toBe(nbsp('100,0 %'));
    expect(formatShare(0.863, 'en')).toBe('86.3%');
  });

  it('rounds a share half-way up at the first decimal: 0.86349 -> 86,3, 0.86351 -> 86,4', () => {
    expect(formatShare(0.86349, 'sv')).toBe(nbsp('86,3 %'));
    expect(formatShare(0.86351, 'sv')).toBe(nbsp('86,4 %'));
  });

  it('counts are whole numbers with a thousands separator', () => {
    expect(formatCount(4321, 'sv')).toBe(nbsp('4 321'));
    expect(formatCount(4321, 'en')).toBe('4,321');
    expect(formatCount(0, 'sv')).toBe('0');
  });

  it('by unit; seconds are whole seconds (54.6 -> 55 s); null has no text', () => {
    expect(formatMeasure(54.6, 'seconds', 'sv')).toBe(nbsp('55 s'));
    expect(formatMeasure(0.5, 'share', 'sv')).toBe(nbsp('50,0 %'));
    expect(formatMeasure(12, 'count', 'sv')).toBe('12');
    expect(formatMeasure(null, 'share', 'sv')).toBeNull();
    expect(formatMeasure(Number.NaN, 'count', 'sv')).toBeNull();
  });

  it('the labels follow the interface language, Swedish unless English', () => {
    expect(reportLocaleOf('sv')).toBe('sv');
    expect(reportLocaleOf('en')).toBe('en');
    expect(reportLocaleOf('en-GB')).toBe('en');
    expect(reportLocaleOf('de')).toBe('sv');
  });
});

describe('days and times', () => {
  it('a day is the date as written, whatever the browser’s time zone', () => {
    expect(formatWeekday('2026-03-03', 'sv')).toBe('tisdag 3 mars');
    expect(formatWeekday('2026-03-03', 'en')).toBe('Tuesday 3 March');
    expect(formatDay('2026-03-03', 'sv')).toBe('3 mars 2026');
  });

  it('minutes after midnight as HH:MM and back; 24:00 is the end of the day', () => {
    expect(minutesToTime(480)).toBe('08:00');
    expect(minutesToTime(1020)).toBe('17:00');
    expect(minutesToTime(1440)).toBe('24:00');
    expect(timeToMinutes('08:00')).toBe(480);
    expect(timeToMinutes('8:05')).toBe(485);
    expect(timeToMinutes('17.30')).toBe(1050);
    expect(timeToMinutes('24:00')).toBe(1440);
  });

  it.each(['24:01', '25:00', '08:60', '0800', '8', '', 'åtta'])('%j is not a time', (text) => {
    expect(timeToMinutes(text)).toBeNull();
  });

  it('file sizes in thousands (kB), one decimal below ten', () => {
    expect(formatBytes(512, 'sv')).toBe(nbsp('512 B'));
    expect(formatBytes(12_345, 'sv')).toBe(nbsp('12 kB'));
    expect(formatBytes(3_400_000, 'sv')).toBe(nbsp('3,4 MB'));
  });
});
