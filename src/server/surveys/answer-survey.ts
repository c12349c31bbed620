/**
 * The citizen's side of a survey link (issue #15): open it (no sign-in; the link is the only key)
 * and answer question by question. A link that does not exist, or has expired, is a Problem the
 * page turns into a kind page; a repeated answer replaces the earlier one (one answer per
 * question); personal data typed in a comment is masked before it is stored; an answer is stored
 * the moment it is given, so a citizen who stops halfway still counts for what they answered.
 * Answers may be changed while the link is valid.
 */
import {
  answerProblem,
  isAsked,
  isComplete,
  type AnswerValue,
  type Question,
  type SurveyDefinition,
} from '../../core/surveys/questions.js';
import { maskPersonalData } from '../../core/privacy/personal-data.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, Problem } from '../http/problem.js';
import { findLinkTenant, markOpened, readLink, storeAnswer, type LinkRow } from './queries/links.js';
import { LINK_TOKEN, linkHash } from './link.js';

export interface OpenedLink {
  name: { sv: string; en: string | null };
  definition: SurveyDefinition;
  answers: Map<string, AnswerValue>;
  complete: boolean;
}

function opened(link: LinkRow): OpenedLink {
  const answers = new Map(Object.entries(link.answers));
  return {
    name: { sv: link.surveyName, en: link.surveyNameEn },
    definition: link.definition,
    answers,
    complete: link.completedAt !== null || isComplete(link.definition, answers),
  };
}

async function tenantOfToken(db: Database, token: string): Promise<{ tenantId: string; hash: string }> {
  if (!LINK_TOKEN.test(token)) throw new Problem(404, 'survey_link_unknown');
  const hash = linkHash(token);
  const tenantId = await findLinkTenant(db, hash);
  if (!tenantId) throw new Problem(404, 'survey_link_unknown');
  return { tenantId, hash };
}

function usable(link: LinkRow | null, now: Date): LinkRow {
  if (!link) throw new Problem(404, 'survey_link_unknown');
  if (link.expiresAt.getTime() <= now.getTime() || link.surveyStatus === 'closed') {
    throw new Problem(410, 'survey_link_expired');
  }
  return link;
}

/** The survey behind a link, with what has been answered; the first opening is recorded. */
export async function openLink(db: Database, token: string, now = new Date()): Promise<OpenedLink> {
  const { tenantId, hash } = await tenantOfToken(db, token);
  return withTenantClient(db, tenantId, async (client) => {
    const link = usable(await readLink(client, hash, false), now);
    if (!link.openedAt) await markOpened(client, link.invitationId, now);
    return opened(link);
  });
}

function findQuestion(definition: SurveyDefinition, key: string): Question {
  const question = definition.questions.find((q) => q.key === key);
  if (!question)
    throw badRequest('validation_failed', [{ pointer: '/params/question', code: 'unknown_question' }]);
  return question;
}

/** Stores one answer (text masked of personal data) and returns the link as it now stands. */
export async function answerQuestion(
  db: Database,
  token: string,
  questionKey: string,
  value: AnswerValue,
  now = new Date(),
): Promise<OpenedLink> {
  const { tenantId, hash } = await tenantOfToken(db, token);
  return withTenantClient(db, tenantId, async (client) => {
    const link = usable(await readLink(client, hash, true), now);
    const question = findQuestion(link.definition, questionKey);
    const problem = answerProblem(question, value);
    if (problem) throw badRequest('validation_failed', [{ pointer: '/body/value', code: problem }]);
    const answers = new Map(Object.entries(link.answers));
    if (!isAsked(question, answers)) {
      throw badRequest('validation_failed', [{ pointer: '/params/question', code: 'not_asked' }]);
    }
    const stored =
      question.kind === 'text' && typeof value === 'string' ? maskPersonalData(value.trim()).text : value;
    answers.set(questionKey, stored);
    // An answer to a question that a later change of an earlier answer no longer asks is kept as
    // given; results read only answers to questions asked (isAsked), so it does not count.
    const complete = isComplete(link.definition, answers);
    await storeAnswer(client, link.invitationId, questionKey, stored, now, complete);
    return { ...opened({ ...link, answers: Object.fromEntries(answers) }), complete };
  });
}
