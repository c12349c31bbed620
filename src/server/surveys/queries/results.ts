/**
 * A survey's results counted in the database (0021), so that a year of answers is never sent row
 * by row: per group (a breakdown's value, or one group) the invitations delivered and answered,
 * the respondents, the counted answers per question and value, and the respondents per mean of
 * each dimension. An answer counts when its question was asked: a conditional question's answer
 * only where the earlier question has one of its leading answers (core/surveys/questions.ts,
 * isAsked). The period is the contact's day (the day of sending for a link without a contact).
 */
import type { AnswerValue } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';

export interface ResultFilter {
  from: string;
  to: string;
  version: number;
  channel: string | null;
  topicId: string | null;
  need: string | null;
  unitId: string | null;
  resolution: string | null;
}

/** The SQL of each breakdown's group key, over survey_invitations i and the day d. */
const GROUP_KEYS = {
  none: 'NULL::text',
  channel: 'i.channel',
  need: 'i.need',
  unit: 'i.unit_id::text',
  resolution: 'i.resolution',
  version: 'i.version::text',
  month: "to_char(d.day, 'YYYY-MM')",
} as const;
export type GroupBy = keyof typeof GROUP_KEYS;

const INVITATIONS = (group: GroupBy) => `
  SELECT i.id, ${GROUP_KEYS[group]} AS g, i.sent_at IS NOT NULL AND i.bounced_at IS NULL AS delivered
    FROM survey_invitations i
    CROSS JOIN LATERAL (SELECT coalesce(i.contact_day, (i.send_at AT TIME ZONE 'Europe/Stockholm')::date) AS day) d
   WHERE i.survey_id = $1 AND d.day BETWEEN $2::date AND $3::date AND i.version = $4
     AND ($5::text IS NULL OR i.channel = $5) AND ($6::uuid IS NULL OR i.topic_id = $6)
     AND ($7::text IS NULL OR i.need = $7) AND ($8::uuid IS NULL OR i.unit_id = $8)
     AND ($9::text IS NULL OR i.resolution = $9)`;

/** The counted answers: $10 is [{ key, cond, any }] for the conditional questions. */
const COUNTED = `
  SELECT inv.g, a.invitation_id, a.question_key, a.value
    FROM inv
    JOIN survey_answers a ON a.invitation_id = inv.id
    LEFT JOIN jsonb_to_recordset($10::jsonb) AS cq(key text, cond text, "any" text[]) ON cq.key = a.question_key
    LEFT JOIN survey_answers c ON cq.key IS NOT NULL AND c.invitation_id = a.invitation_id AND c.question_key = cq.cond
   WHERE cq.key IS NULL OR (c.value #>> '{}') = ANY (cq."any")`;

const params = (surveyId: string, f: ResultFilter, conditions: unknown) => [
  surveyId,
  f.from,
  f.to,
  f.version,
  f.channel,
  f.topicId,
  f.need,
  f.unitId,
  f.resolution,
  JSON.stringify(conditions),
];

export interface Condition {
  key: string;
  cond: string;
  any: string[];
}

export interface GroupCounts {
  g: string | null;
  delivered: number;
  answered: number;
  respondents: number;
}

export async function readGroupCounts(
  client: SqlClient,
  surveyId: string,
  f: ResultFilter,
  group: GroupBy,
  conditions: readonly Condition[],
): Promise<GroupCounts[]> {
  return client.query<GroupCounts>(
    `WITH inv AS (${INVITATIONS(group)}),
          counted AS (${COUNTED}),
          answered AS (SELECT DISTINCT a.invitation_id FROM survey_answers a JOIN inv ON inv.id = a.invitation_id)
     SELECT inv.g,
            count(*) FILTER (WHERE inv.delivered)::int AS delivered,
            count(*) FILTER (WHERE inv.delivered AND inv.id IN (SELECT invitation_id FROM answered))::int AS answered,
            (SELECT count(DISTINCT c.invitation_id)::int FROM counted c WHERE c.g IS NOT DISTINCT FROM inv.g) AS respondents
       FROM inv GROUP BY inv.g`,
    params(surveyId, f, conditions),
  );
}

export interface ValueCount {
  g: string | null;
  key: string;
  value: AnswerValue;
  count: number;
}

export async function readAnswerCounts(
  client: SqlClient,
  surveyId: string,
  f: ResultFilter,
  group: GroupBy,
  conditions: readonly Condition[],
): Promise<ValueCount[]> {
  return client.query<ValueCount>(
    `WITH inv AS (${INVITATIONS(group)}), counted AS (${COUNTED})
     SELECT g, question_key AS key, value, count(*)::int AS count FROM counted GROUP BY g, question_key, value`,
    params(surveyId, f, conditions),
  );
}

export interface MeanCount {
  g: string | null;
  dimension: string;
  mean: number;
  count: number;
}

/** Respondents per group, dimension and mean over the dimension's questions ($11: [{ key, dimension }]). */
export async function readDimensionMeans(
  client: SqlClient,
  surveyId: string,
  f: ResultFilter,
  group: GroupBy,
  conditions: readonly Condition[],
  dimensions: readonly { key: string; dimension: string }[],
): Promise<MeanCount[]> {
  const rows = await client.query<{ g: string | null; dimension: string; mean: string; count: number }>(
    `WITH inv AS (${INVITATIONS(group)}), counted AS (${COUNTED}),
          means AS (SELECT c.g, c.invitation_id, d.dimension, avg((c.value #>> '{}')::numeric) AS mean
                      FROM counted c JOIN jsonb_to_recordset($11::jsonb) AS d(key text, dimension text) ON d.key = c.question_key
                     GROUP BY c.g, c.invitation_id, d.dimension)
     SELECT g, dimension, mean::text AS mean, count(*)::int AS count FROM means GROUP BY g, dimension, mean`,
    [...params(surveyId, f, conditions), JSON.stringify(dimensions)],
  );
  return rows.map((r) => ({ ...r, mean: Number(r.mean) }));
}

export async function readUnitNames(client: SqlClient, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await client.query<{ id: string; name: string }>(
    'SELECT id, name FROM units WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
