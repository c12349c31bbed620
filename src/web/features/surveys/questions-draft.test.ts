import { describe, expect, it } from 'vitest';
import { freeKey, moveQuestion, newQuestion, removeQuestion, withEnglish } from './questions-draft.js';
import type { Question } from './types.js';

const q = (key: string, extra: Partial<Question> = {}): Question => ({
  key,
  kind: 'yes_no',
  text: { sv: key },
  ...extra,
});
const texts = { question: 'Fråga', low: 'Låg', high: 'Hög', choice: (n: number) => `Val ${n}` };

describe('moving a question', () => {
  it('swaps it with its neighbour; at either end it stays', () => {
    const list = [q('a'), q('b'), q('c')];
    expect(moveQuestion(list, 1, -1).map((x) => x.key)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(list, 2, 1).map((x) => x.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('a new question', () => {
  it('takes the first free key of its kind: scale5_1 is used, so scale5_2', () => {
    expect(freeKey([q('scale5_1')], 'scale5')).toBe('scale5_2');
  });
  it('a scale gets labelled ends, a choice question two choices, a text neither', () => {
    expect(newQuestion([], 'scale5', texts).ends).toEqual({ low: { sv: 'Låg' }, high: { sv: 'Hög' } });
    expect(newQuestion([], 'one_choice', texts).choices?.map((c) => c.label.sv)).toEqual(['Val 1', 'Val 2']);
    const text = newQuestion([], 'text', texts);
    expect(text.ends).toBeUndefined();
    expect(text.choices).toBeUndefined();
  });
});

describe('removing a question', () => {
  it('removes the conditions that pointed at it, and only those', () => {
    const list = [
      q('got_answer'),
      q('simple', { kind: 'scale5', condition: { question: 'got_answer', anyOf: ['yes'] } }),
      q('other', { condition: { question: 'x', anyOf: ['yes'] } }),
    ];
    const after = removeQuestion(list, 0);
    expect(after.map((x) => x.key)).toEqual(['simple', 'other']);
    expect(after[0]!.condition).toBeUndefined();
    expect(after[1]!.condition).toEqual({ question: 'x', anyOf: ['yes'] });
  });
});

describe('English texts', () => {
  it('an empty English text is left out', () => {
    expect(withEnglish('Hej', ' ')).toEqual({ sv: 'Hej' });
    expect(withEnglish('Hej', 'Hi')).toEqual({ sv: 'Hej', en: 'Hi' });
  });
});
