/** Surveys and survey links as the API shows them. */
import { isAsked, isComplete, type SurveyDefinition } from '../../core/surveys/questions.js';
import type { Locale } from '../http/locale.js';
import type { OpenedLink } from './answer-survey.js';
import type { SurveyRow } from './queries/surveys.js';
import type { PublicSurveyJson, SurveyJson } from './schema.js';

export function presentSurvey(s: SurveyRow): SurveyJson {
  return {
    id: s.id,
    templateKey: s.templateKey,
    name: s.name,
    nameEn: s.nameEn,
    audience: s.audience,
    status: s.status,
    rules: {
      ...s.rules,
      channels: [...s.rules.channels],
      topics: s.rules.topics && [...s.rules.topics],
      needs: s.rules.needs && [...s.rules.needs],
    },
    linkValidDays: s.linkValidDays,
    reminderAfterDays: s.reminderAfterDays,
    version: s.version,
    definition: s.definition,
    invitations: s.invitations,
    answered: s.answered,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

const pick = (text: { sv: string; en?: string }, locale: Locale) =>
  locale === 'en' && text.en ? text.en : text.sv;

export function presentLink(link: OpenedLink, locale: Locale): PublicSurveyJson {
  const definition: SurveyDefinition = link.definition;
  return {
    state: link.complete ? 'complete' : 'open',
    name: locale === 'en' && link.name.en ? link.name.en : link.name.sv,
    questions: definition.questions.map((q) => ({
      key: q.key,
      kind: q.kind,
      text: pick(q.text, locale),
      ends: q.ends ? { low: pick(q.ends.low, locale), high: pick(q.ends.high, locale) } : null,
      choices: q.choices?.map((c) => ({ key: c.key, label: pick(c.label, locale) })) ?? null,
      required: q.required === true,
      asked: isAsked(q, link.answers),
    })),
    answers: Object.fromEntries(link.answers),
    complete: link.complete || isComplete(definition, link.answers),
  };
}
