-- Survey measures join the measure registry (issue #15; src/core/signals/measures.ts and
-- src/core/surveys/survey-measures.ts): survey_index (0-100 points), survey_mean (a grade 1-5) and
-- survey_satisfied_share, each about one survey's dimension or question, written as the scope
-- 'survey:<id>:dimension:<dimension>' or 'survey:<id>:question:<key>'. None is a capacity measure.
-- The lists below repeat core's registry; src/server/goals/goals.test.ts keeps them equal.
-- Also the departments' verdict (internal satisfaction): rounds of a departments' survey, one per
-- period (default a tertial), sent to each department's contacts and named recipients
-- (src/server/department-surveys).
-- Keep to PostgreSQL 15.

ALTER TABLE goals DROP CONSTRAINT goals_measure_check;
ALTER TABLE goals ADD CONSTRAINT goals_measure_check CHECK (measure IN (
  'offered', 'answered', 'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds',
  'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120', 'answeredOver120',
  'answeredWithin', 'answeredWithinShare', 'phoneContacts', 'resolutionRate',
  'resolvedHandlingShare', 'resolvedSpecialistShare', 'forwardedShare', 'unresolvedShare',
  'visitors', 'emailsDue', 'emailsWithinShare', 'contacts', 'failure_demand_share',
  'first_contact_resolution', 'existing_case_share', 'forwarded_share', 'survey_index',
  'survey_mean', 'survey_satisfied_share'));
ALTER TABLE goals DROP CONSTRAINT goals_scope_check;
ALTER TABLE goals ADD CONSTRAINT goals_scope_check CHECK (scope = 'all'
  OR scope ~ '^(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  OR scope ~ '^survey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(dimension|question):[a-z][a-z0-9_]{0,39}$');
ALTER TABLE goals DROP CONSTRAINT goals_scope_measure;
-- A queue scope only on the telephony's measures; a survey measure always on a survey scope and
-- only it.
ALTER TABLE goals ADD CONSTRAINT goals_scope_measure CHECK (
  (measure IN ('survey_index', 'survey_mean', 'survey_satisfied_share')) = (scope LIKE 'survey:%')
  AND (scope NOT LIKE 'group:%' AND scope NOT LIKE 'queue:%' OR measure IN (
    'offered', 'answered', 'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds',
    'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120', 'answeredOver120',
    'answeredWithin', 'answeredWithinShare')));

ALTER TABLE chart_baselines DROP CONSTRAINT chart_baselines_measure_check;
ALTER TABLE chart_baselines ADD CONSTRAINT chart_baselines_measure_check CHECK (measure IN (
  'offered', 'answered', 'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds',
  'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120', 'answeredOver120',
  'answeredWithin', 'answeredWithinShare', 'phoneContacts', 'resolutionRate',
  'resolvedHandlingShare', 'resolvedSpecialistShare', 'forwardedShare', 'unresolvedShare',
  'visitors', 'emailsDue', 'emailsWithinShare', 'contacts', 'failure_demand_share',
  'first_contact_resolution', 'existing_case_share', 'forwarded_share', 'survey_index',
  'survey_mean', 'survey_satisfied_share'));
ALTER TABLE chart_baselines DROP CONSTRAINT chart_baselines_scope_check;
ALTER TABLE chart_baselines ADD CONSTRAINT chart_baselines_scope_check CHECK (scope = 'all'
  OR scope ~ '^(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  OR scope ~ '^survey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(dimension|question):[a-z][a-z0-9_]{0,39}$');
ALTER TABLE chart_baselines DROP CONSTRAINT chart_baselines_scope_measure;
-- A queue scope only on the telephony's measures; a survey measure always on a survey scope and
-- only it.
ALTER TABLE chart_baselines ADD CONSTRAINT chart_baselines_scope_measure CHECK (
  (measure IN ('survey_index', 'survey_mean', 'survey_satisfied_share')) = (scope LIKE 'survey:%')
  AND (scope NOT LIKE 'group:%' AND scope NOT LIKE 'queue:%' OR measure IN (
    'offered', 'answered', 'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds',
    'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120', 'answeredOver120',
    'answeredWithin', 'answeredWithinShare')));

-- A target in the measure's unit: a share a fraction, an index 0..100 points, a mean 1..5.
ALTER TABLE goals DROP CONSTRAINT goals_share_target;
ALTER TABLE goals ADD CONSTRAINT goals_share_target CHECK (target <= 1 OR measure IN (
  'offered', 'answered', 'abandoned', 'turnedAway', 'meanQueueSeconds', 'meanAbandonedWaitSeconds',
  'answeredUnder60', 'answered60To120', 'answeredOver120', 'answeredWithin', 'phoneContacts',
  'visitors', 'emailsDue', 'contacts', 'survey_index', 'survey_mean'));
ALTER TABLE goals ADD CONSTRAINT goals_survey_target CHECK (
  (measure <> 'survey_index' OR target <= 100) AND (measure <> 'survey_mean' OR target BETWEEN 1 AND 5));

ALTER TABLE signals DROP CONSTRAINT signals_scope_check;
ALTER TABLE signals ADD CONSTRAINT signals_scope_check CHECK (scope = 'all'
  OR scope ~ '^(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  OR scope ~ '^survey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(dimension|question):[a-z][a-z0-9_]{0,39}$');

-- Invitations of a department round follow no contact: the day they are about is the period's last.
-- The survey measures' day query reads every invitation of a survey by that day; no bound on send_at.

-- A round of a departments' survey: one period ('2026-T1' tertial, '2026-Q2' quarter, '2026-H2'
-- half year), its invitations made when it is opened and sent by the survey sender.
CREATE TABLE department_survey_rounds (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL,
  period text NOT NULL CHECK (period ~ '^20[0-9]{2}-(T[1-3]|Q[1-4]|H[12])$'),
  from_day date NOT NULL,
  to_day date NOT NULL,
  opened_by_user_id uuid NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT department_survey_rounds_period_key UNIQUE (tenant_id, survey_id, period),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id),
  FOREIGN KEY (tenant_id, opened_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT department_survey_rounds_days CHECK (to_day > from_day)
);

-- Named recipients of a departments' survey beside the department contacts: an address that
-- speaks for a department (a head of department, a shared mailbox). Kept while the survey runs;
-- removed by a quality developer.
CREATE TABLE department_survey_recipients (
  tenant_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  address text NOT NULL CHECK (address = lower(address) AND length(address) BETWEEN 3 AND 254),
  added_by_user_id uuid NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, survey_id, unit_id, address),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, added_by_user_id) REFERENCES users (tenant_id, id)
);

-- Which round an invitation belongs to (its department is the invitation's unit_id).
CREATE TABLE department_survey_invitations (
  tenant_id uuid NOT NULL,
  invitation_id uuid NOT NULL,
  round_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, invitation_id),
  FOREIGN KEY (tenant_id, invitation_id) REFERENCES survey_invitations (tenant_id, id),
  FOREIGN KEY (tenant_id, round_id) REFERENCES department_survey_rounds (tenant_id, id)
);
CREATE INDEX department_survey_invitations_round_idx ON department_survey_invitations (tenant_id, round_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['department_survey_rounds', 'department_survey_recipients',
    'department_survey_invitations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT ON department_survey_rounds TO lots_app;
GRANT SELECT, INSERT, DELETE ON department_survey_recipients TO lots_app;
GRANT SELECT, INSERT ON department_survey_invitations TO lots_app;

-- The improvement board's before/after on a survey measure: a card may name one (measure and
-- scope), alone or beside its contact targets; a card started from a department's answer names
-- that answer (the invitation whose "one thing" it is).
ALTER TABLE improvements
  ADD COLUMN survey_measure text CHECK (survey_measure IN ('survey_index', 'survey_mean', 'survey_satisfied_share')),
  ADD COLUMN survey_scope text CHECK (
    survey_scope ~ '^survey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(dimension|question):[a-z][a-z0-9_]{0,39}$'),
  ADD COLUMN source_invitation_id uuid,
  ADD CONSTRAINT improvements_survey CHECK ((survey_measure IS NULL) = (survey_scope IS NULL)),
  ADD CONSTRAINT improvements_source_invitation FOREIGN KEY (tenant_id, source_invitation_id)
    REFERENCES survey_invitations (tenant_id, id);
ALTER TABLE improvements DROP CONSTRAINT improvements_targets;
ALTER TABLE improvements ADD CONSTRAINT improvements_targets CHECK (
  cardinality(topic_ids) + cardinality(needs) + cardinality(failure_reasons) > 0 OR survey_measure IS NOT NULL);
ALTER TABLE improvements DROP CONSTRAINT improvements_source_check;
ALTER TABLE improvements ADD CONSTRAINT improvements_source_check
  CHECK (source IN ('board', 'fix_first', 'signal', 'department_answer'));
ALTER TABLE improvements ADD CONSTRAINT improvements_source_answer
  CHECK ((source = 'department_answer') = (source_invitation_id IS NOT NULL));
-- One card per answer: the answer shows its card.
CREATE UNIQUE INDEX improvements_source_invitation_key ON improvements (tenant_id, source_invitation_id)
  WHERE source_invitation_id IS NOT NULL;
