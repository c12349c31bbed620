-- Survey results from counts kept at answer time (issue #15): the results page sums a few
-- thousand rows instead of reading every answer of the year.
--
-- survey_invitation_tallies keeps what each invitation adds to the results now: its cell (survey,
-- version, day, channel, topic, need, unit, resolution), whether it was delivered (sent, not
-- bounced), answered (delivered with any answer stored) and has a respondent (an answer that
-- counts), its counted answers ([question, value]; a free text counts as null, only its number is
-- shown) and, per dimension of two or more questions, the sum and number of its counted 1-5 answers
-- (a respondent's mean in a dimension of one question is that answer: read from the answers). An answer counts when
-- its question is in the invitation's version and is asked (an unconditional question, or the
-- earlier question's answer is one of the leading ones: src/core/surveys/questions.ts, isAsked).
--
-- Statement-level triggers on survey_invitations, survey_answers and survey_versions call
-- lots_survey_recount() for the invitations a statement touched: it computes their contribution
-- from the tables as they are after the statement, subtracts the one kept, adds the new one to the
-- rollups and keeps it. So every writer is counted alike (the answer page's saves question by
-- question, a re-answer, a changed condition answer, a bounce, a bulk insert, a definition edited in
-- place), and a trigger that runs twice for one statement (INSERT ... ON CONFLICT DO UPDATE fires
-- both) changes nothing the second time.
--
-- The rollups are kept per day and per calendar month (grain 'day', 'month' with the month's first
-- day): a period reads its whole months' rows and the days at its ends. Topics are not in the
-- rollups (they would split every cell per topic); a filter on a topic reads the tallies of that
-- topic instead (index below). Keep to PostgreSQL 15.

CREATE TABLE survey_invitation_tallies (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  invitation_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  version integer NOT NULL,
  day date NOT NULL,
  channel text,
  topic_id uuid,
  need text,
  unit_id uuid,
  resolution text,
  delivered boolean NOT NULL,
  answered boolean NOT NULL,
  respondent boolean NOT NULL,
  answers jsonb NOT NULL,
  means jsonb NOT NULL,
  PRIMARY KEY (tenant_id, invitation_id)
);
CREATE INDEX survey_invitation_tallies_topic_idx
  ON survey_invitation_tallies (tenant_id, survey_id, version, topic_id, day);
-- The drill-down pages through respondents newest day first.
CREATE INDEX survey_invitation_tallies_respondents_idx
  ON survey_invitation_tallies (tenant_id, survey_id, version, day DESC, invitation_id DESC) WHERE respondent;

-- In the rollups' keys '' stands for no channel, need or resolution and the nil uuid for no unit
-- (a link made without a contact has none), so that the key can be the primary key.
CREATE TABLE survey_result_cells (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  survey_id uuid NOT NULL,
  version integer NOT NULL,
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  period date NOT NULL,
  channel text NOT NULL,
  need text NOT NULL,
  unit_id uuid NOT NULL,
  resolution text NOT NULL,
  invitations integer NOT NULL,
  delivered integer NOT NULL,
  answered integer NOT NULL,
  respondents integer NOT NULL,
  CONSTRAINT survey_result_cells_key PRIMARY KEY
    (tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution)
);

CREATE TABLE survey_result_answers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  survey_id uuid NOT NULL,
  version integer NOT NULL,
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  period date NOT NULL,
  channel text NOT NULL,
  need text NOT NULL,
  unit_id uuid NOT NULL,
  resolution text NOT NULL,
  question_key text NOT NULL,
  value jsonb NOT NULL,
  answers integer NOT NULL,
  CONSTRAINT survey_result_answers_key PRIMARY KEY
    (tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution, question_key, value)
);

-- Respondents per dimension (of two or more questions) by the sum and number of their counted
-- answers (mean = total / n).
CREATE TABLE survey_result_means (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  survey_id uuid NOT NULL,
  version integer NOT NULL,
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  period date NOT NULL,
  channel text NOT NULL,
  need text NOT NULL,
  unit_id uuid NOT NULL,
  resolution text NOT NULL,
  dimension text NOT NULL,
  total integer NOT NULL,
  n integer NOT NULL,
  respondents integer NOT NULL,
  CONSTRAINT survey_result_means_key PRIMARY KEY
    (tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution, dimension, total, n)
);

-- plpgsql, so that the statement's plan is kept for the session (an answer saved recounts one invitation).
CREATE FUNCTION lots_survey_recount(p_tenants uuid[], p_ids uuid[]) RETURNS void
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
BEGIN
  WITH ids AS (
    SELECT DISTINCT t AS tenant_id, i AS id FROM unnest(p_tenants, p_ids) AS x(t, i)
  ),
  inv AS (
    SELECT i.tenant_id, i.id, i.survey_id, i.version,
           coalesce(i.contact_day, (i.send_at AT TIME ZONE 'Europe/Stockholm')::date) AS day,
           i.channel, i.topic_id, i.need, i.unit_id, i.resolution,
           i.sent_at IS NOT NULL AND i.bounced_at IS NULL AS delivered
      FROM survey_invitations i JOIN ids ON ids.tenant_id = i.tenant_id AND ids.id = i.id
  ),
  -- Per invitation, by index lookups (linear in the invitations touched, also for a bulk insert).
  cur AS (
    SELECT inv.tenant_id, inv.id AS invitation_id, inv.survey_id, inv.version, inv.day, inv.channel, inv.topic_id,
           inv.need, inv.unit_id, inv.resolution, inv.delivered,
           inv.delivered AND EXISTS (SELECT 1 FROM survey_answers a WHERE a.tenant_id = inv.tenant_id AND a.invitation_id = inv.id)
             AS answered,
           ca.answers IS NOT NULL AS respondent,
           coalesce(ca.answers, '[]'::jsonb) AS answers, coalesce(cm.means, '[]'::jsonb) AS means
      FROM inv
      JOIN survey_versions v ON v.tenant_id = inv.tenant_id AND v.survey_id = inv.survey_id AND v.number = inv.version
      LEFT JOIN LATERAL (
        SELECT jsonb_agg(jsonb_build_array(q.key, CASE WHEN q.kind = 'text' THEN 'null'::jsonb ELSE a.value END)
                         ORDER BY q.key) AS answers
          FROM survey_answers a
          JOIN jsonb_to_recordset(v.definition -> 'questions') AS q(key text, kind text, condition jsonb)
            ON q.key = a.question_key
         WHERE a.tenant_id = inv.tenant_id AND a.invitation_id = inv.id
           AND (jsonb_typeof(q.condition) IS DISTINCT FROM 'object'
                OR EXISTS (SELECT 1 FROM survey_answers c
                            WHERE c.tenant_id = a.tenant_id AND c.invitation_id = a.invitation_id
                              AND c.question_key = q.condition ->> 'question' AND jsonb_typeof(c.value) = 'string'
                              AND (q.condition -> 'anyOf') @> jsonb_build_array(c.value)))
      ) ca ON true
      LEFT JOIN LATERAL (
        SELECT jsonb_agg(jsonb_build_array(d.dimension, d.total, d.n) ORDER BY d.dimension) AS means
          FROM (SELECT q.dimension, sum((e.a ->> 1)::numeric)::int AS total, count(*)::int AS n
                  FROM jsonb_array_elements(ca.answers) AS e(a)
                  JOIN jsonb_to_recordset(v.definition -> 'questions') AS q(key text, kind text, dimension text)
                    ON q.key = e.a ->> 0
                 WHERE q.kind = 'scale5' AND q.dimension IS NOT NULL AND jsonb_typeof(e.a -> 1) = 'number'
                   AND q.dimension IN (SELECT m.dimension
                                         FROM jsonb_to_recordset(v.definition -> 'questions') AS m(kind text, dimension text)
                                        WHERE m.kind = 'scale5' GROUP BY m.dimension HAVING count(*) >= 2)
                 GROUP BY q.dimension) d
      ) cm ON true
  ),
  old AS (
    SELECT t.tenant_id, t.invitation_id, t.survey_id, t.version, t.day, t.channel, t.topic_id, t.need, t.unit_id,
           t.resolution, t.delivered, t.answered, t.respondent, t.answers, t.means
      FROM survey_invitation_tallies t JOIN ids ON ids.tenant_id = t.tenant_id AND ids.id = t.invitation_id
  ),
  kept AS (
    INSERT INTO survey_invitation_tallies AS t
    SELECT * FROM cur
    ON CONFLICT (tenant_id, invitation_id) DO UPDATE SET
      survey_id = excluded.survey_id, version = excluded.version, day = excluded.day, channel = excluded.channel,
      topic_id = excluded.topic_id, need = excluded.need, unit_id = excluded.unit_id, resolution = excluded.resolution,
      delivered = excluded.delivered, answered = excluded.answered, respondent = excluded.respondent,
      answers = excluded.answers, means = excluded.means
    WHERE (t.survey_id, t.version, t.day, t.channel, t.topic_id, t.need, t.unit_id, t.resolution, t.delivered,
           t.answered, t.respondent, t.answers, t.means)
          IS DISTINCT FROM
          (excluded.survey_id, excluded.version, excluded.day, excluded.channel, excluded.topic_id, excluded.need,
           excluded.unit_id, excluded.resolution, excluded.delivered, excluded.answered, excluded.respondent,
           excluded.answers, excluded.means)
  ),
  gone AS (
    DELETE FROM survey_invitation_tallies t USING ids
     WHERE t.tenant_id = ids.tenant_id AND t.invitation_id = ids.id
       AND NOT EXISTS (SELECT 1 FROM survey_invitations i WHERE i.tenant_id = ids.tenant_id AND i.id = ids.id)
  ),
  change AS (
    SELECT 1 AS sign, * FROM cur
    UNION ALL
    SELECT -1 AS sign, * FROM old
  ),
  cells AS (
    SELECT c.sign, c.tenant_id, c.survey_id, c.version, g.grain, g.period, coalesce(c.channel, '') AS channel,
           coalesce(c.need, '') AS need, coalesce(c.unit_id, '00000000-0000-0000-0000-000000000000') AS unit_id,
           coalesce(c.resolution, '') AS resolution,
           c.delivered, c.answered, c.respondent, c.answers, c.means
      FROM change c
     CROSS JOIN LATERAL (VALUES ('day', c.day), ('month', date_trunc('month', c.day)::date)) AS g(grain, period)
  ),
  add_cells AS (
    INSERT INTO survey_result_cells AS r
      (tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution,
       invitations, delivered, answered, respondents)
    SELECT tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution,
           sum(sign)::int, sum(sign * delivered::int)::int, sum(sign * answered::int)::int, sum(sign * respondent::int)::int
      FROM cells
     GROUP BY tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution
    HAVING sum(sign) <> 0 OR sum(sign * delivered::int) <> 0 OR sum(sign * answered::int) <> 0
        OR sum(sign * respondent::int) <> 0
     ORDER BY tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution
    ON CONFLICT ON CONSTRAINT survey_result_cells_key DO UPDATE SET
      invitations = r.invitations + excluded.invitations, delivered = r.delivered + excluded.delivered,
      answered = r.answered + excluded.answered, respondents = r.respondents + excluded.respondents
  ),
  add_answers AS (
    INSERT INTO survey_result_answers AS r
      (tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution, question_key, value, answers)
    SELECT c.tenant_id, c.survey_id, c.version, c.grain, c.period, c.channel, c.need, c.unit_id, c.resolution,
           e.a ->> 0, e.a -> 1, sum(c.sign)::int
      FROM cells c CROSS JOIN LATERAL jsonb_array_elements(c.answers) AS e(a)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
    HAVING sum(c.sign) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
    ON CONFLICT ON CONSTRAINT survey_result_answers_key DO UPDATE SET answers = r.answers + excluded.answers
  )
  INSERT INTO survey_result_means AS r
      (tenant_id, survey_id, version, grain, period, channel, need, unit_id, resolution, dimension, total, n, respondents)
    SELECT c.tenant_id, c.survey_id, c.version, c.grain, c.period, c.channel, c.need, c.unit_id, c.resolution,
           e.m ->> 0, (e.m ->> 1)::int, (e.m ->> 2)::int, sum(c.sign)::int
      FROM cells c CROSS JOIN LATERAL jsonb_array_elements(c.means) AS e(m)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    HAVING sum(c.sign) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT ON CONSTRAINT survey_result_means_key DO UPDATE SET respondents = r.respondents + excluded.respondents;
END
$$;

CREATE FUNCTION lots_survey_answers_changed() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
DECLARE
  tenants uuid[];
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(tenant_id), array_agg(invitation_id) INTO tenants, ids FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(tenant_id), array_agg(invitation_id) INTO tenants, ids
      FROM (SELECT tenant_id, invitation_id FROM new_rows UNION SELECT tenant_id, invitation_id FROM old_rows) r;
  ELSE
    SELECT array_agg(tenant_id), array_agg(invitation_id) INTO tenants, ids FROM old_rows;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM lots_survey_recount(tenants, ids);
  END IF;
  RETURN NULL;
END
$$;

-- An invitation's changes that move its counts: where it belongs and whether it was delivered
-- (opening it, its first answer, completing it and the reminder do not).
CREATE FUNCTION lots_survey_invitations_changed() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
DECLARE
  tenants uuid[];
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(tenant_id), array_agg(id) INTO tenants, ids FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(tenant_id), array_agg(id) INTO tenants, ids FROM (
      SELECT n.tenant_id, n.id
        FROM new_rows n LEFT JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
       WHERE o.id IS NULL
          OR (o.survey_id, o.version, o.contact_day, o.send_at, o.channel, o.topic_id, o.need, o.unit_id,
              o.resolution, o.sent_at IS NULL, o.bounced_at IS NULL)
             IS DISTINCT FROM
             (n.survey_id, n.version, n.contact_day, n.send_at, n.channel, n.topic_id, n.need, n.unit_id,
              n.resolution, n.sent_at IS NULL, n.bounced_at IS NULL)
      UNION
      SELECT o.tenant_id, o.id
        FROM old_rows o LEFT JOIN new_rows n ON n.tenant_id = o.tenant_id AND n.id = o.id
       WHERE n.id IS NULL) r;
  ELSE
    SELECT array_agg(tenant_id), array_agg(id) INTO tenants, ids FROM old_rows;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM lots_survey_recount(tenants, ids);
  END IF;
  RETURN NULL;
END
$$;

-- A version's questions edited in place (before its first invitation, so normally none to count).
CREATE FUNCTION lots_survey_versions_changed() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
DECLARE
  tenants uuid[];
  ids uuid[];
BEGIN
  SELECT array_agg(i.tenant_id), array_agg(i.id) INTO tenants, ids
    FROM new_rows n
    JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.survey_id = n.survey_id AND o.number = n.number
    JOIN survey_invitations i ON i.tenant_id = n.tenant_id AND i.survey_id = n.survey_id AND i.version = n.number
   WHERE o.definition IS DISTINCT FROM n.definition;
  IF ids IS NOT NULL THEN
    PERFORM lots_survey_recount(tenants, ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER survey_answers_inserted AFTER INSERT ON survey_answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_answers_changed();
CREATE TRIGGER survey_answers_updated AFTER UPDATE ON survey_answers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_answers_changed();
CREATE TRIGGER survey_answers_deleted AFTER DELETE ON survey_answers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_answers_changed();
CREATE TRIGGER survey_invitations_inserted AFTER INSERT ON survey_invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_invitations_changed();
CREATE TRIGGER survey_invitations_updated AFTER UPDATE ON survey_invitations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_invitations_changed();
CREATE TRIGGER survey_invitations_deleted AFTER DELETE ON survey_invitations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_invitations_changed();
CREATE TRIGGER survey_versions_updated AFTER UPDATE ON survey_versions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_survey_versions_changed();

-- What is already there, counted once.
SELECT lots_survey_recount(array_agg(tenant_id), array_agg(id)) FROM survey_invitations HAVING count(*) > 0;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['survey_invitation_tallies', 'survey_result_cells', 'survey_result_answers',
    'survey_result_means'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
    -- The triggers run as the writer (lots_app): it keeps the counts, and reads them.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO lots_app', t);
  END LOOP;
END
$$;
