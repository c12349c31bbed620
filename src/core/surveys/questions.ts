/**
 * A survey's questions (issue #15): the kinds a municipality can ask, how a definition is checked,
 * which answer each question accepts, and when a change makes a new version.
 *
 * - Kinds: a 1-5 scale with labelled ends (SKR's servicemätning and Södertälje's dimensions), 0-10
 *   (NPS), yes/no, one choice, several choices, free text.
 * - Only a 1-5 scale question may belong to a dimension (engagemang, enkelhet, ...): a dimension's
 *   score is the mean of its questions on one scale, so mixing 0-10 into it would mean nothing.
 * - A question may be asked only of those who gave a certain answer to an earlier yes/no or
 *   one-choice question (SKR's e-mail survey scores only those who say they got an answer).
 * - Versions: once a version has been sent to anyone (a citizen may be reading it, and answers
 *   will follow: the "once answered", made safe for the answers still on their way), any
 *   change to what is asked (a question added, removed or moved, a text, a kind, a choice, a
 *   dimension, a condition) makes a new version, and results say which version each answer
 *   belongs to; before the first invitation a version is edited in place. A change of an English
 *   text alone also makes a new version: a citizen answered the words shown.
 */

export const QUESTION_KINDS = ['scale5', 'nps', 'yes_no', 'one_choice', 'many_choices', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Södertälje's six dimensions and SKR's three published ones (bemötande, tydlighet; enkelhet is shared). */
export const DIMENSIONS = [
  'engagemang',
  'enkelhet',
  'generell_nojdhet',
  'kunskap',
  'svarstid',
  'uppklarning',
  'bemotande',
  'tydlighet',
  'samarbete',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A text in Swedish, and in English when the municipality has written one. */
export interface Text {
  sv: string;
  en?: string;
}

export interface Choice {
  key: string;
  label: Text;
}

export interface Condition {
  /** The key of an earlier yes/no or one-choice question. */
  question: string;
  /** The answers to it that lead to this question ('yes'/'no' for yes/no, choice keys otherwise). */
  anyOf: string[];
}

export interface Question {
  key: string;
  kind: QuestionKind;
  text: Text;
  /** Labels of the scale's ends (1 and 5, or 0 and 10). */
  ends?: { low: Text; high: Text };
  choices?: Choice[];
  dimension?: Dimension;
  /** Required questions must be answered before the survey counts as complete (never before it is stored). */
  required?: boolean;
  condition?: Condition;
}

export interface SurveyDefinition {
  questions: Question[];
}

export interface DefinitionProblem {
  /** JSON pointer below the definition, e.g. "/questions/2/choices". */
  path: string;
  code:
    | 'no_questions'
    | 'too_many_questions'
    | 'duplicate_key'
    | 'bad_key'
    | 'empty_text'
    | 'text_too_long'
    | 'ends_only_on_scales'
    | 'choices_required'
    | 'choices_only_on_choice_questions'
    | 'duplicate_choice'
    | 'dimension_only_on_scale5'
    | 'condition_on_unknown_question'
    | 'condition_on_later_question'
    | 'condition_on_unconditional_kind'
    | 'condition_unknown_answer';
}

export const MAX_QUESTIONS = 30;
export const MAX_CHOICES = 20;
export const MAX_TEXT_LENGTH = 500;
/** What a citizen may type in a free-text answer (SKR's comment fields take a paragraph or two). */
export const MAX_FREE_TEXT = 2000;

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

function textProblems(text: Text, path: string): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const language of ['sv', 'en'] as const) {
    const value = text[language];
    if (value === undefined) continue;
    if (value.trim() === '') problems.push({ path: `${path}/${language}`, code: 'empty_text' });
    else if (value.length > MAX_TEXT_LENGTH)
      problems.push({ path: `${path}/${language}`, code: 'text_too_long' });
  }
  return problems;
}

const SCALES: readonly QuestionKind[] = ['scale5', 'nps'];
const CHOICE_KINDS: readonly QuestionKind[] = ['one_choice', 'many_choices'];

function conditionProblems(
  condition: Condition,
  path: string,
  earlier: ReadonlyMap<string, Question>,
  all: ReadonlySet<string>,
): DefinitionProblem[] {
  const target = earlier.get(condition.question);
  if (!target) {
    const code = all.has(condition.question)
      ? 'condition_on_later_question'
      : 'condition_on_unknown_question';
    return [{ path: `${path}/question`, code }];
  }
  if (target.kind !== 'yes_no' && target.kind !== 'one_choice') {
    return [{ path: `${path}/question`, code: 'condition_on_unconditional_kind' }];
  }
  const allowed = target.kind === 'yes_no' ? ['yes', 'no'] : (target.choices ?? []).map((c) => c.key);
  if (condition.anyOf.length === 0 || condition.anyOf.some((a) => !allowed.includes(a))) {
    return [{ path: `${path}/anyOf`, code: 'condition_unknown_answer' }];
  }
  return [];
}

/** Every problem of a definition, each with where it is; none means the survey can be used. */
export function definitionProblems(definition: SurveyDefinition): DefinitionProblem[] {
  const { questions } = definition;
  if (questions.length === 0) return [{ path: '/questions', code: 'no_questions' }];
  if (questions.length > MAX_QUESTIONS) return [{ path: '/questions', code: 'too_many_questions' }];
  const problems: DefinitionProblem[] = [];
  const earlier = new Map<string, Question>();
  const all = new Set(questions.map((q) => q.key));
  questions.forEach((q, i) => {
    const path = `/questions/${i}`;
    if (!KEY.test(q.key)) problems.push({ path: `${path}/key`, code: 'bad_key' });
    else if (earlier.has(q.key)) problems.push({ path: `${path}/key`, code: 'duplicate_key' });
    problems.push(...textProblems(q.text, `${path}/text`));
    if (q.ends) {
      if (!SCALES.includes(q.kind)) problems.push({ path: `${path}/ends`, code: 'ends_only_on_scales' });
      problems.push(
        ...textProblems(q.ends.low, `${path}/ends/low`),
        ...textProblems(q.ends.high, `${path}/ends/high`),
      );
    }
    if (CHOICE_KINDS.includes(q.kind)) {
      const choices = q.choices ?? [];
      if (choices.length < 2 || choices.length > MAX_CHOICES) {
        problems.push({ path: `${path}/choices`, code: 'choices_required' });
      }
      const seen = new Set<string>();
      choices.forEach((c, j) => {
        if (!KEY.test(c.key)) problems.push({ path: `${path}/choices/${j}/key`, code: 'bad_key' });
        else if (seen.has(c.key))
          problems.push({ path: `${path}/choices/${j}/key`, code: 'duplicate_choice' });
        seen.add(c.key);
        problems.push(...textProblems(c.label, `${path}/choices/${j}/label`));
      });
    } else if (q.choices !== undefined) {
      problems.push({ path: `${path}/choices`, code: 'choices_only_on_choice_questions' });
    }
    if (q.dimension !== undefined && q.kind !== 'scale5') {
      problems.push({ path: `${path}/dimension`, code: 'dimension_only_on_scale5' });
    }
    if (q.condition) problems.push(...conditionProblems(q.condition, `${path}/condition`, earlier, all));
    if (!earlier.has(q.key)) earlier.set(q.key, q);
  });
  return problems;
}

/** One answer as the answer page sends it. */
export type AnswerValue = number | string | string[];

export type AnswerProblem =
  'wrong_type' | 'out_of_scale' | 'unknown_choice' | 'duplicate_choice' | 'empty' | 'too_long';

/**
 * Whether a value answers the question: an integer on the question's scale, 'yes'/'no', a known
 * choice key (or several distinct ones), or non-empty text of at most MAX_FREE_TEXT characters.
 */
export function answerProblem(question: Question, value: AnswerValue): AnswerProblem | null {
  switch (question.kind) {
    case 'scale5':
    case 'nps': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'wrong_type';
      const [low, high] = question.kind === 'scale5' ? [1, 5] : [0, 10];
      return value < low || value > high ? 'out_of_scale' : null;
    }
    case 'yes_no':
      if (typeof value !== 'string') return 'wrong_type';
      return value === 'yes' || value === 'no' ? null : 'unknown_choice';
    case 'one_choice':
      if (typeof value !== 'string') return 'wrong_type';
      return (question.choices ?? []).some((c) => c.key === value) ? null : 'unknown_choice';
    case 'many_choices': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'wrong_type';
      if (value.length === 0) return 'empty';
      if (new Set(value).size !== value.length) return 'duplicate_choice';
      const keys = new Set((question.choices ?? []).map((c) => c.key));
      return value.every((v) => keys.has(v)) ? null : 'unknown_choice';
    }
    case 'text':
      if (typeof value !== 'string') return 'wrong_type';
      if (value.trim() === '') return 'empty';
      return value.length > MAX_FREE_TEXT ? 'too_long' : null;
  }
}

/**
 * Whether the question is asked, given the answers so far: unconditional questions always; a
 * conditional one when its earlier question was answered with one of the leading answers.
 */
export function isAsked(question: Question, answers: ReadonlyMap<string, AnswerValue>): boolean {
  if (!question.condition) return true;
  const earlier = answers.get(question.condition.question);
  return typeof earlier === 'string' && question.condition.anyOf.includes(earlier);
}

/** A complete answer: every required question that is asked has an answer. */
export function isComplete(definition: SurveyDefinition, answers: ReadonlyMap<string, AnswerValue>): boolean {
  return definition.questions.every((q) => !q.required || !isAsked(q, answers) || answers.has(q.key));
}

function canonical(definition: SurveyDefinition): string {
  // Key order fixed, optional fields absent rather than undefined: two equal definitions compare equal.
  const text = (t: Text): Text => (t.en === undefined ? { sv: t.sv } : { sv: t.sv, en: t.en });
  return JSON.stringify(
    definition.questions.map((q) => ({
      key: q.key,
      kind: q.kind,
      text: text(q.text),
      ends: q.ends ? { low: text(q.ends.low), high: text(q.ends.high) } : null,
      choices: q.choices?.map((c) => ({ key: c.key, label: text(c.label) })) ?? null,
      dimension: q.dimension ?? null,
      required: q.required === true,
      condition: q.condition ? { question: q.condition.question, anyOf: [...q.condition.anyOf] } : null,
    })),
  );
}

/** Whether two definitions ask the same thing in the same words (then no new version is needed). */
export function sameDefinition(a: SurveyDefinition, b: SurveyDefinition): boolean {
  return canonical(a) === canonical(b);
}

export type VersionStep = 'unchanged' | 'edit_in_place' | 'new_version';

/** What saving a changed definition does to the current version, sent in `invitations` invitations. */
export function versionStep(
  current: SurveyDefinition,
  next: SurveyDefinition,
  invitations: number,
): VersionStep {
  if (sameDefinition(current, next)) return 'unchanged';
  return invitations > 0 ? 'new_version' : 'edit_in_place';
}
