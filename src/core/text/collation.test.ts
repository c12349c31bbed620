import { describe, expect, it } from 'vitest';
import { compareSwedish, sortSwedish } from './collation.js';

describe('Swedish collation', () => {
  it('å, ä, ö after z, in that order (Åre < Älvdalen < Örebro)', () => {
    expect(sortSwedish(['Örebro', 'Älvdalen', 'Åre', 'Zinkgruvan', 'Ale'], (s) => s)).toEqual([
      'Ale',
      'Zinkgruvan',
      'Åre',
      'Älvdalen',
      'Örebro',
    ]);
  });

  it('case is secondary: "ale" and "Ale" sort together, before "Alingsås"', () => {
    expect(sortSwedish(['Alingsås', 'Ale', 'ale'], (s) => s).slice(2)).toEqual(['Alingsås']);
  });

  it('numbers by value: "Enhet 2" before "Enhet 10" (people number their units)', () => {
    expect(compareSwedish('Enhet 2', 'Enhet 10')).toBeLessThan(0);
  });

  it('sortSwedish does not change its input', () => {
    const input = ['b', 'a'];
    sortSwedish(input, (s) => s);
    expect(input).toEqual(['b', 'a']);
  });
});
