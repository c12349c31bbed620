/**
 * A survey's result counts for a period, per group (a breakdown's value, or one group), from the
 * counts kept at answer time (migration 0022): the whole calendar months inside the period from
 * the months' rows, the days at its ends from the days' rows. With a topic asked for, from the
 * invitations' own tallies of that topic (topics are not in the rollups). Rows of three parts:
 * 'cell' (a: invitations, b: delivered, c: answered, d: respondents), 'answer' (key: question,
 * value, a: counted answers) and 'mean' (key: dimension, a: sum of grades, b: answers,
 * c: respondents with that sum and number).
 */
import { splitPeriod } from '../../../core/surveys/periods.js';
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

export type GroupBy = 'none' | 'channel' | 'need' | 'unit' | 'resolution' | 'version' | 'month';

export interface CountRow {
  part: 'cell' | 'answer' | 'mean';
  g: string | null;
  key: string | null;
  value: AnswerValue | null;
  a: number;
  b: number;
  c: number;
  d: number;
}

/** In the rollups '' and the nil uuid stand for none (0022); the tallies keep NULL. */
const groupKey = (group: GroupBy, day: string): string =>
  ({
    none: 'NULL::text',
    channel: "nullif(channel, '')",
    need: "nullif(need, '')",
    unit: "nullif(unit_id, '00000000-0000-0000-0000-000000000000')::text",
    resolution: "nullif(resolution, '')",
    version: 'version::text',
    month: `to_char(${day}, 'YYYY-MM')`,
  })[group];

const FILTERS = `survey_id = $1 AND version = $2
  AND ($5::text IS NULL OR channel = $5) AND ($6::text IS NULL OR need = $6)
  AND ($7::uuid IS NULL OR unit_id = $7) AND ($8::text IS NULL OR resolution = $8)`;

/** The rollups' rows of the period: whole months ($9..$10) by month, the rest by day. */
const PERIOD = `((grain = 'month' AND period BETWEEN $9::date AND $10::date)
  OR (grain = 'day' AND period BETWEEN $3::date AND $4::date
      AND ($9::date IS NULL OR period NOT BETWEEN $9::date AND $10::date)))`;

const fromRollups = (group: GroupBy) => {
  const g = groupKey(group, 'period');
  return `
  SELECT 'cell' AS part, ${g} AS g, NULL::text AS key, NULL::jsonb AS value,
         sum(invitations)::int AS a, sum(delivered)::int AS b, sum(answered)::int AS c, sum(respondents)::int AS d
    FROM survey_result_cells WHERE ${FILTERS} AND ${PERIOD}
   GROUP BY 2 HAVING sum(invitations) > 0
  UNION ALL
  SELECT 'answer', ${g}, question_key, value, sum(answers)::int, 0, 0, 0
    FROM survey_result_answers WHERE ${FILTERS} AND ${PERIOD}
   GROUP BY 2, 3, 4 HAVING sum(answers) > 0
  UNION ALL
  SELECT 'mean', ${g}, dimension, NULL, total, n, sum(respondents)::int, 0
    FROM survey_result_means WHERE ${FILTERS} AND ${PERIOD}
   GROUP BY 2, 3, 5, 6 HAVING sum(respondents) > 0`;
};

const fromTallies = (group: GroupBy) => {
  const g = groupKey(group, 'day');
  return `
  WITH t AS (
    SELECT ${g} AS g, delivered, answered, respondent, answers, means FROM survey_invitation_tallies
     WHERE ${FILTERS} AND topic_id = $9 AND day BETWEEN $3::date AND $4::date)
  SELECT 'cell' AS part, g, NULL::text AS key, NULL::jsonb AS value, count(*)::int AS a,
         count(*) FILTER (WHERE delivered)::int AS b, count(*) FILTER (WHERE answered)::int AS c,
         count(*) FILTER (WHERE respondent)::int AS d
    FROM t GROUP BY g
  UNION ALL
  SELECT 'answer', g, e.a ->> 0, e.a -> 1, count(*)::int, 0, 0, 0
    FROM t CROSS JOIN LATERAL jsonb_array_elements(t.answers) AS e(a) WHERE t.respondent
   GROUP BY 2, 3, 4
  UNION ALL
  SELECT 'mean', g, e.m ->> 0, NULL, (e.m ->> 1)::int, (e.m ->> 2)::int, count(*)::int, 0
    FROM t CROSS JOIN LATERAL jsonb_array_elements(t.means) AS e(m) WHERE t.respondent
   GROUP BY 2, 3, 5, 6`;
};

export async function readResultCounts(
  client: SqlClient,
  surveyId: string,
  f: ResultFilter,
  group: GroupBy,
): Promise<CountRow[]> {
  const params = [surveyId, f.version, f.from, f.to, f.channel, f.need, f.unitId, f.resolution];
  if (f.topicId) return client.query<CountRow>(fromTallies(group), [...params, f.topicId]);
  const { months } = splitPeriod(f.from, f.to);
  return client.query<CountRow>(fromRollups(group), [...params, months?.from ?? null, months?.to ?? null]);
}
