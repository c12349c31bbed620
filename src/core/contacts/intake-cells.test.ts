import { describe, expect, it } from 'vitest';
import { keyedValueMap, readBoolean, readCode, readDuration, readText } from './intake-cells.js';
import { CHANNELS } from './taxonomy.js';

describe('readCode', () => {
  const map = keyedValueMap({ Telefon: 'phone', ' Besök ': 'visit' });
  it.each([
    ['Telefon', 'phone', 'the source code, mapped'],
    ['  TELEFON ', 'phone', 'ignoring case and outer spaces'],
    ['besök', 'visit', 'a map key written with spaces'],
    ['email', 'email', 'our own code needs no map'],
    ['', null, 'empty is null'],
  ])('%j -> %j (%s)', (cell, expected, _why) => {
    expect(readCode(cell, CHANNELS, map)).toEqual({ value: expected });
  });

  it('refuses anything else and lists what it takes', () => {
    const result = readCode('Fax', CHANNELS, map);
    expect(result).toEqual({
      error: 'invalid_choice',
      params: { options: 'telefon, besök, phone, visit, email, chat, eservice, letter, social_media, other' },
    });
  });
});

describe('readBoolean', () => {
  it.each([
    ['ja', true],
    ['Nej', false],
    ['SANT', true],
    ['falskt', false],
    ['1', true],
    ['0', false],
    ['', null],
  ])('%j -> %j', (cell, expected) => {
    expect(readBoolean(cell, new Map())).toEqual({ value: expected });
  });

  it('takes the source words through the map, and refuses others', () => {
    const map = keyedValueMap({ Pågående: 'true', Nytt: 'false' });
    expect(readBoolean('pågående', map)).toEqual({ value: true });
    expect(readBoolean('Nytt', map)).toEqual({ value: false });
    expect(readBoolean('kanske', map)).toEqual({ error: 'invalid_choice', params: { options: 'ja, nej' } });
  });
});

describe('readDuration', () => {
  it.each([
    ['245', 'seconds', 245, 'whole seconds'],
    ['4', 'minutes', 240, '4 min'],
    ['2,5', 'minutes', 150, '2.5 min with a decimal comma'],
    ['0.75', 'minutes', 45, '0.75 min with a point'],
    ['4:05', 'clock', 245, 'M:SS: 4*60 + 5'],
    ['1:02:03', 'clock', 3723, 'H:MM:SS: 3600 + 120 + 3'],
    ['75:00', 'clock', 4500, 'minutes past 59 without hours: 75*60'],
    ['24:00:00', 'clock', 86_400, 'a whole day, the longest allowed'],
  ] as const)('%s %s -> %i (%s)', (cell, unit, expected, _why) => {
    expect(readDuration(cell, unit)).toEqual({ value: expected });
  });

  it.each([
    ['4:5', 'clock', 'invalid_duration'],
    ['1:60:00', 'clock', 'invalid_duration'],
    ['4:61', 'clock', 'invalid_duration'],
    ['2,5', 'seconds', 'invalid_duration'],
    ['-3', 'minutes', 'invalid_duration'],
    ['86401', 'seconds', 'too_big_number'],
  ] as const)('refuses %s as %s (%s)', (cell, unit, error) => {
    expect(readDuration(cell, unit)).toMatchObject({ error });
  });

  it('empty is null', () => {
    expect(readDuration(' ', 'seconds')).toEqual({ value: null });
  });
});

describe('readText', () => {
  it('trims, takes empty as null and refuses text past the limit', () => {
    expect(readText('  Jakobsberg ', 60)).toEqual({ value: 'Jakobsberg' });
    expect(readText('   ', 60)).toEqual({ value: null });
    expect(readText('x'.repeat(61), 60)).toEqual({ error: 'too_long', params: { max: 60 } });
  });
});
