/**
 * The drill-down from any survey figure to the answers behind it (issue #15): the respondents the
 * figure counts (the results' period and filters; a question, a value of it or its satisfied
 * answers; a dimension, or its satisfied respondents), a page at a time through an opaque cursor,
 * newest contact day first. Each respondent with the contact's channel, topic, need, unit,
 * resolution and day and the answers that count, comments masked of personal data (again, for
 * rows written by other means than the answer page); never the address, the contact or its guide.
 * An asker who sees only some units' contacts (a department contact, should that role read
 * surveys) sees only the answers about those units and the units below them.
 */
import { z } from 'zod';
import { can, type Actor } from '../../core/auth/roles.js';
import { maskPersonalData } from '../../core/privacy/personal-data.js';
import type { AnswerValue, Dimension, QuestionKind, SurveyDefinition } from '../../core/surveys/questions.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { contactScopeOf } from '../contacts/policy.js';
import { badRequest, notFound, Problem } from '../http/problem.js';
import { readAnswersBehind } from './queries/answers-behind.js';
import { readSurveyVersion } from './queries/survey-version.js';
import type { Filter } from './survey-results.js';

export interface AnswersQuery extends Filter {
  question: string | null;
  value: string | null;
  dimension: Dimension | null;
  satisfied: boolean | null;
  cursor: string | null;
  limit: number;
}

export interface RespondentAnswers {
  id: string;
  day: string;
  channel: string | null;
  topic: { id: string; name: string } | null;
  need: string | null;
  unit: { id: string; name: string } | null;
  resolution: string | null;
  answeredAt: Date | null;
  answers: { question: string; kind: QuestionKind; value: AnswerValue }[];
}

const CursorJson = z.tuple([z.iso.date(), z.uuid()]);

export function encodeAnswersCursor(row: { day: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.day, row.id])).toString('base64url');
}

function decodeAnswersCursor(cursor: string): { day: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = CursorJson.safeParse(parsed);
  if (!result.success)
    throw new Problem(400, 'validation_failed', [{ pointer: '/querystring/cursor', code: 'invalid_format' }]);
  return { day: result.data[0], id: result.data[1] };
}

const invalid = (field: string, code: string) =>
  badRequest('validation_failed', [{ pointer: `/querystring/${field}`, code }]);

/** The stored form of a value asked for, checked against the question's kind and choices. */
function storedValue(definition: SurveyDefinition, key: string, text: string): AnswerValue {
  const question = definition.questions.find((q) => q.key === key)!;
  switch (question.kind) {
    case 'scale5':
    case 'nps': {
      const [low, high] = question.kind === 'scale5' ? [1, 5] : [0, 10];
      const n = Number(text);
      if (!/^\d{1,2}$/.test(text) || n < low || n > high) throw invalid('value', 'out_of_scale');
      return n;
    }
    case 'yes_no':
      if (text !== 'yes' && text !== 'no') throw invalid('value', 'unknown_choice');
      return text;
    case 'one_choice':
    case 'many_choices':
      if (!(question.choices ?? []).some((c) => c.key === text)) throw invalid('value', 'unknown_choice');
      return text;
    case 'text':
      throw invalid('value', 'not_for_text');
  }
}

export async function answersBehind({
  db,
  actor,
  id,
  query,
}: {
  db: Database;
  actor: Actor;
  id: string;
  query: AnswersQuery;
}): Promise<{ items: RespondentAnswers[]; nextCursor: string | null }> {
  if (query.from > query.to) throw invalid('to', 'date_range_reversed');
  const after = query.cursor ? decodeAnswersCursor(query.cursor) : null;
  const scope = contactScopeOf(actor);
  const unitScope = can(actor, 'contacts:read_all') || scope.kind === 'all' ? null : scope.unitIds;
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurveyVersion(client, id, query.version);
    if (!survey) throw notFound();
    const { version, definition } = survey;
    if (!definition) throw invalid('version', 'unknown_version');
    const question = query.question ? definition.questions.find((q) => q.key === query.question) : null;
    if (query.question && !question) throw invalid('question', 'unknown_question');
    if (query.value !== null && !question) throw invalid('value', 'question_required');
    if (
      query.dimension &&
      !definition.questions.some((q) => q.kind === 'scale5' && q.dimension === query.dimension)
    )
      throw invalid('dimension', 'unknown_dimension');
    if (
      query.satisfied !== null &&
      !query.dimension &&
      question?.kind !== 'scale5' &&
      question?.kind !== 'nps'
    )
      throw invalid('satisfied', 'only_on_scales');
    const dimensionQuestions = definition.questions.filter(
      (q) => q.kind === 'scale5' && query.dimension !== null && q.dimension === query.dimension,
    );
    const found = await readAnswersBehind(client, id, {
      ...query,
      dimensionQuestion: dimensionQuestions.length === 1 ? dimensionQuestions[0]!.key : null,
      version,
      value: question && query.value !== null ? storedValue(definition, question.key, query.value) : null,
      satisfiedFrom: question?.kind === 'nps' ? 9 : 4,
      satisfied: query.satisfied,
      unitScope,
      after,
      limit: query.limit + 1,
    });
    const page = found.slice(0, query.limit);
    const order = new Map(definition.questions.map((q, i) => [q.key, i]));
    const kinds = new Map(definition.questions.map((q) => [q.key, q.kind]));
    return {
      items: page.map((r) => ({
        id: r.id,
        day: r.day,
        channel: r.channel,
        topic: r.topic_id && r.topic_name ? { id: r.topic_id, name: r.topic_name } : null,
        need: r.need,
        unit: r.unit_id && r.unit_name ? { id: r.unit_id, name: r.unit_name } : null,
        resolution: r.resolution,
        answeredAt: r.answered_at,
        answers: r.answers
          .filter(([key]) => kinds.has(key))
          .sort(([a], [b]) => order.get(a)! - order.get(b)!)
          .map(([key, value]) => ({
            question: key,
            kind: kinds.get(key)!,
            value:
              kinds.get(key) === 'text' && typeof value === 'string' ? maskPersonalData(value).text : value,
          })),
      })),
      nextCursor: found.length > query.limit ? encodeAnswersCursor(page[page.length - 1]!) : null,
    };
  });
}
