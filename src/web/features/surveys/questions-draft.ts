/**
 * Editing a survey's questions (issue #15): the steps the questions form takes on its list, kept
 * pure so that each is tested. A new question gets the first free key of its kind ("scale5_2"); a
 * removed question takes the conditions that pointed at it along, which the form says.
 */
import type { Question, QuestionKind } from './types.js';

export function moveQuestion(questions: readonly Question[], index: number, by: -1 | 1): Question[] {
  const to = index + by;
  if (to < 0 || to >= questions.length) return [...questions];
  const next = [...questions];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The first of kind_1, kind_2 ... that no question uses. */
export function freeKey(questions: readonly Question[], kind: QuestionKind): string {
  const used = new Set(questions.map((q) => q.key));
  for (let i = 1; ; i += 1) if (!used.has(`${kind}_${i}`)) return `${kind}_${i}`;
}

/** A new question with placeholder texts the person replaces; choices get two to start with. */
export function newQuestion(questions: readonly Question[], kind: QuestionKind, texts: NewTexts): Question {
  const q: Question = { key: freeKey(questions, kind), kind, text: { sv: texts.question } };
  if (kind === 'scale5' || kind === 'nps') q.ends = { low: { sv: texts.low }, high: { sv: texts.high } };
  if (kind === 'one_choice' || kind === 'many_choices') {
    q.choices = [
      { key: 'choice_1', label: { sv: texts.choice(1) } },
      { key: 'choice_2', label: { sv: texts.choice(2) } },
    ];
  }
  return q;
}

export interface NewTexts {
  question: string;
  low: string;
  high: string;
  choice: (n: number) => string;
}

/** Removes the question and the conditions on it (a condition on a missing question is refused). */
export function removeQuestion(questions: readonly Question[], index: number): Question[] {
  const removed = questions[index];
  if (!removed) return [...questions];
  return questions
    .filter((_, i) => i !== index)
    .map((q) => {
      if (q.condition?.question !== removed.key) return q;
      const { condition: _dropped, ...rest } = q;
      return rest;
    });
}

/** A text with its English left out when it is empty, as the API wants it. */
export function withEnglish(sv: string, en: string): { sv: string; en?: string } {
  return en.trim() === '' ? { sv } : { sv, en };
}
