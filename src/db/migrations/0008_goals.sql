-- Goals and control charts (issue #6): the municipality's goals on its measures, and the
-- baselines its control charts take their limits from. The measures, their units and which are
-- capacity measures are defined by src/core/signals/measures.ts (docs/metrics.md, "Goals and
-- control charts"); the CHECK constraints below repeat its rules, and an integration test
-- (src/server/goals/goals.test.ts) keeps these lists equal to the core registry. A new measure
-- (surveys) extends them with a migration. Keep to PostgreSQL 15.

CREATE TABLE goals (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  measure text NOT NULL CHECK (measure IN ('offered', 'answered', 'abandoned', 'availability',
    'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120',
    'answeredOver120', 'answeredWithin', 'answeredWithinShare', 'phoneContacts', 'resolutionRate',
    'resolvedHandlingShare', 'resolvedSpecialistShare', 'forwardedShare', 'unresolvedShare', 'visitors',
    'emailsDue', 'emailsWithinShare', 'contacts', 'failure_demand_share', 'first_contact_resolution',
    'existing_case_share', 'forwarded_share')),
  -- 'all', or a queue group or queue of the telephony (core/telephony/scope.ts).
  scope text NOT NULL DEFAULT 'all' CHECK (
    scope = 'all' OR scope ~ '^(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
  -- A share as a fraction 0..1, a count, or a time in seconds.
  target numeric NOT NULL CHECK (target >= 0 AND target <= 10000000),
  direction text NOT NULL CHECK (direction IN ('at_least', 'at_most')),
  -- Operational: day; tactical: week or month; strategic: tertial or year.
  level text NOT NULL CHECK (level IN ('day', 'week', 'month', 'tertial', 'year')),
  area text NOT NULL CHECK (area IN ('accessible', 'pleasant', 'trustworthy')),
  valid_from date NOT NULL,
  valid_to date,
  owner_user_id uuid NOT NULL,
  -- Contacts (or calls) a period needs before the goal is judged met or missed.
  minimum_n integer NOT NULL DEFAULT 30 CHECK (minimum_n BETWEEN 1 AND 100000),
  created_by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_user_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT goals_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
  -- Capacity measures (how much work came: counts and times) say nothing of how pleasant or
  -- trustworthy the service is: goals on them belong to the area 'accessible' only.
  CONSTRAINT goals_capacity_area CHECK (area = 'accessible' OR measure NOT IN ('offered', 'answered',
    'abandoned', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120',
    'answeredOver120', 'answeredWithin', 'phoneContacts', 'visitors', 'emailsDue', 'contacts')),
  -- Every other measure is a share: a fraction.
  CONSTRAINT goals_share_target CHECK (target <= 1 OR measure IN ('offered', 'answered', 'abandoned',
    'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120',
    'answeredOver120', 'answeredWithin', 'phoneContacts', 'visitors', 'emailsDue', 'contacts')),
  -- Only the telephony's measures exist per queue group and queue.
  CONSTRAINT goals_scope_measure CHECK (scope = 'all' OR measure IN ('offered', 'answered', 'abandoned',
    'availability', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120',
    'answeredOver120', 'answeredWithin', 'answeredWithinShare'))
);
CREATE INDEX goals_measure_idx ON goals (tenant_id, measure, scope) WHERE archived_at IS NULL;

-- The baselines of a control chart (a measure in a scope): the period its limits are computed
-- from. A baseline governs the chart from its start until the next one starts; each is set once
-- and never changed, so the chart shows where the limits changed and why.
CREATE TABLE chart_baselines (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  measure text NOT NULL CHECK (measure IN ('offered', 'answered', 'abandoned', 'availability',
    'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120',
    'answeredOver120', 'answeredWithin', 'answeredWithinShare', 'phoneContacts', 'resolutionRate',
    'resolvedHandlingShare', 'resolvedSpecialistShare', 'forwardedShare', 'unresolvedShare', 'visitors',
    'emailsDue', 'emailsWithinShare', 'contacts', 'failure_demand_share', 'first_contact_resolution',
    'existing_case_share', 'forwarded_share')),
  scope text NOT NULL DEFAULT 'all' CHECK (
    scope = 'all' OR scope ~ '^(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
  from_day date NOT NULL,
  to_day date NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  set_by_user_id uuid NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, set_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT chart_baselines_period CHECK (to_day >= from_day),
  CONSTRAINT chart_baselines_scope_measure CHECK (scope = 'all' OR measure IN ('offered', 'answered',
    'abandoned', 'availability', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60',
    'answered60To120', 'answeredOver120', 'answeredWithin', 'answeredWithinShare'))
);
-- Two baselines of one chart cannot start the same day (which would govern?).
CREATE UNIQUE INDEX chart_baselines_start_key ON chart_baselines (tenant_id, measure, scope, from_day);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['goals', 'chart_baselines'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;

-- Goals are archived, never deleted; baselines are history: set once, never changed.
GRANT SELECT, INSERT, UPDATE ON goals TO lots_app;
GRANT SELECT, INSERT ON chart_baselines TO lots_app;
