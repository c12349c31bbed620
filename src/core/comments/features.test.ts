import { describe, expect, it } from 'vitest';
import { featureVector, fnv1a, namedFeatures } from './features.js';

const options = { charNgrams: false, bigrams: false };
const weightOf = (text: string, name: string) =>
  namedFeatures(text, options)
    .filter(([hash]) => hash === fnv1a(name))
    .reduce((sum, [, weight]) => sum + weight, 0);

describe('fnv1a', () => {
  it('is the 32-bit FNV-1a hash', () => {
    // Reference values of the FNV-1a specification: "" and "a".
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});

describe('negation scope', () => {
  it('marks the words after a negator as negated', () => {
    // "dålig" stems to "dål", folded "dal".
    expect(weightOf('dålig', 's:dal')).toBe(1);
    expect(weightOf('dålig', 'n:dal')).toBe(0);
    expect(weightOf('inte dålig alls', 'n:dal')).toBe(1);
    expect(weightOf('inte dålig alls', 's:dal')).toBe(0.3);
  });

  it('ends at a contrast word or punctuation, and after three words', () => {
    expect(weightOf('inte snabbt men trevlig', 'n:trev')).toBe(0);
    expect(weightOf('inte snabbt. Trevlig', 'n:trev')).toBe(0);
    expect(weightOf('int va de trevlig', 'n:trev')).toBe(1);
    expect(weightOf('inte så att man blev trevlig', 'n:trev')).toBe(0);
  });
});

describe('featureVector', () => {
  const full = { dimensions: 1 << 16, charNgrams: true, bigrams: true };

  it('gives "vantetiden" and "väntetiden" the same stem feature', () => {
    const a = featureVector('vantetiden', full);
    const b = featureVector('väntetiden', full);
    const stem = fnv1a('s:vantetid') % full.dimensions;
    expect([...a.indices]).toContain(stem);
    expect([...b.indices]).toContain(stem);
  });

  it('is L2-normalised and keeps the words for explanations', () => {
    const v = featureVector('Trevlig personal men lång kö', full);
    const norm = Math.sqrt([...v.values].reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(1, 6);
    expect(v.words).toEqual(['trevlig', 'personal', 'men', 'lång', 'kö']);
    expect(Math.max(...v.sources)).toBe(4);
  });
});
