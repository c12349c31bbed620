import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('formatDuration', () => {
  it.each<[number, string, string]>([
    [0, '0:00', 'nothing yet'],
    [65, '1:05', 'seconds padded'],
    [599.9, '9:59', 'fractions cut, not rounded up'],
    [3600, '1:00:00', 'an hour shows hours'],
    [3725, '1:02:05', 'minutes padded under hours'],
  ])('%s s -> %s (%s)', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('parseDuration', () => {
  it.each<[string, number | null, string]>([
    ['', null, 'empty: the timer decides'],
    ['  ', null, 'blank is empty'],
    ['12', 720, 'a bare number is minutes'],
    ['4:05', 245, 'minutes and seconds'],
    ['4.05', 245, 'a keypad dot works as a colon'],
    ['0:45', 45, 'seconds only'],
    ['1:02:30', 3750, 'hours, minutes, seconds'],
    ['90:00', 5400, 'minutes may pass 60 in the first part'],
    ['4:60', Number.NaN, '60 seconds is a minute'],
    ['fyra', Number.NaN, 'not a number'],
    ['-3', Number.NaN, 'negative'],
    ['1:2:3:4', Number.NaN, 'too many parts'],
    ['24:00:01', Number.NaN, 'over a day, the API’s limit'],
  ])('%j -> %s (%s)', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
});
