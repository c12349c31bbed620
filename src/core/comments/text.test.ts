import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './text.js';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('fold', () => {
  it('folds å, ä and ö so that a comment typed without them meets one typed with them', () => {
    expect(fold('väntetiden')).toBe('vantetiden');
    expect(fold('bemötande')).toBe('bemotande');
    expect(fold('snöröjning på gården')).toBe('snorojning pa garden');
    expect(fold('café')).toBe('cafe');
    expect(fold('plain')).toBe('plain');
  });
});

describe('tokenize', () => {
  it('drops spoken fillers and keeps the words', () => {
    expect(words('ehm alltså jag ringde och eh fick hjälp')).toEqual([
      'jag',
      'ringde',
      'och',
      'fick',
      'hjälp',
    ]);
  });

  it('lower-cases, turns masks into one token and digit runs into 0', () => {
    expect(words('Ring [telefon], väntade 40 MINUTER')).toEqual(['ring', 'pii', 'väntade', '0', 'minuter']);
    expect(words('[personnummer] [e-post]')).toEqual(['pii', 'pii']);
  });

  it('marks a break after punctuation, and at the start', () => {
    expect(tokenize('Bra. Men dyrt').map((t) => t.breakBefore)).toEqual([true, true, false]);
  });

  it('reads smileys and emoji as a glad or angry token', () => {
    expect(words('Toppen :) 👎')).toEqual(['toppen', 'emoji_glad', 'emoji_arg']);
  });

  it('gives nothing for empty, binary or punctuation-only input', () => {
    expect(words('')).toEqual([]);
    expect(words('\u0000\u0001\u0002\ufffd')).toEqual([]);
    expect(words(' ... !!! ')).toEqual([]);
  });
});
