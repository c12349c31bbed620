/**
 * A survey's result counts for a period, per group (a breakdown's value, or one group), from the
 * counts kept at answer time (migration 0022): the months' rows and the days' rows added or taken
 * away as core/surveys/periods.ts plans them (a few index ranges). With a topic asked for, from the
 * invitations' own tallies of that topic (topics are not in the rollups). Rows of three parts:
 * 'cell' (a: invitations, b: delivered, c: answered, d: respondents), 'answer' (key: question,
 * value, a: counted answers) and 'mean' (key: dimension, a: sum of grades, b: answers,
 * c: respondents with that sum and number).
 */
import { periodParts, type PeriodPart } from '../../../core/surveys/periods.js';
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
    channel: "nullif(r.channel, '')",
    need: "nullif(r.need, '')",
    unit: "nullif(r.unit_id, '00000000-0000-0000-0000-000000000000')::text",
    resolution: "nullif(r.resolution, '')",
    version: 'r.version::text',
    month: `to_char(${day}, 'YYYY-MM')`,
  })[group];

/** The survey ($1), version ($2) and the filters from parameter $n on (channel, need, unit, resolution). */
const filters = (n: number) => `r.survey_id = $1 AND r.version = $2
  AND ($${n}::text IS NULL OR r.channel = $${n}) AND ($${n + 1}::text IS NULL OR r.need = $${n + 1})
  AND ($${n + 2}::uuid IS NULL OR r.unit_id = $${n + 2}) AND ($${n + 3}::text IS NULL OR r.resolution = $${n + 3})`;

/**
 * The rollups' rows of the period's parts as plain ranges from parameter $n on (so that each is an
 * index range scan), and each row's sign: a day row inside a part taken away counts -1.
 */
function partsSql(
  parts: readonly PeriodPart[],
  n: number,
): { where: string; sign: string; params: string[] } {
  const params: string[] = [];
  const range = (p: PeriodPart) => {
    params.push(p.from, p.to);
    return `r.period BETWEEN $${n + params.length - 2}::date AND $${n + params.length - 1}::date`;
  };
  const ranges = parts.map((p) => ({ grain: p.grain, sign: p.sign, sql: range(p) }));
  const where = ranges.map((r) => `(r.grain = '${r.grain}' AND ${r.sql})`).join(' OR ');
  const minus = ranges.filter((r) => r.sign < 0).map((r) => `(r.grain = 'day' AND ${r.sql})`);
  return {
    where: `(${where})`,
    sign: minus.length ? `(CASE WHEN ${minus.join(' OR ')} THEN -1 ELSE 1 END)` : '1',
    params,
  };
}

const fromRollups = (group: GroupBy, parts: { where: string; sign: string }) => {
  const g = groupKey(group, 'r.period');
  const { where, sign } = parts;
  return `
  SELECT 'cell' AS part, ${g} AS g, NULL::text AS key, NULL::jsonb AS value, sum(${sign} * r.invitations)::int AS a,
         sum(${sign} * r.delivered)::int AS b, sum(${sign} * r.answered)::int AS c, sum(${sign} * r.respondents)::int AS d
    FROM survey_result_cells r WHERE ${filters(3)} AND ${where}
   GROUP BY 2 HAVING sum(${sign} * r.invitations) > 0
  UNION ALL
  SELECT 'answer', ${g}, r.question_key, r.value, sum(${sign} * r.answers)::int, 0, 0, 0
    FROM survey_result_answers r WHERE ${filters(3)} AND ${where}
   GROUP BY 2, 3, 4 HAVING sum(${sign} * r.answers) > 0
  UNION ALL
  SELECT 'mean', ${g}, r.dimension, NULL, r.total, r.n, sum(${sign} * r.respondents)::int, 0
    FROM survey_result_means r WHERE ${filters(3)} AND ${where}
   GROUP BY 2, 3, 5, 6 HAVING sum(${sign} * r.respondents) > 0`;
};

const fromTallies = (group: GroupBy) => {
  const g = groupKey(group, 'r.day');
  return `
  WITH t AS (
    SELECT ${g} AS g, r.delivered, r.answered, r.respondent, r.answers, r.means FROM survey_invitation_tallies r
     WHERE ${filters(6)} AND r.topic_id = $5 AND r.day BETWEEN $3::date AND $4::date)
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
  const rest = [f.channel, f.need, f.unitId, f.resolution];
  if (f.topicId) {
    return client.query<CountRow>(fromTallies(group), [
      surveyId,
      f.version,
      f.from,
      f.to,
      f.topicId,
      ...rest,
    ]);
  }
  const parts = partsSql(periodParts(f.from, f.to), 7);
  return client.query<CountRow>(fromRollups(group, parts), [surveyId, f.version, ...rest, ...parts.params]);
}
