-- Signals (issue #6): a control-chart rule that fired on a day, or a goal missed over a whole
-- period with enough data. Raised by the daily evaluation (src/server/signals/evaluate-signals.ts),
-- shown until acknowledged with what was done or why nothing is needed, and e-mailed to the
-- people who subscribe. Keep to PostgreSQL 15.

CREATE TABLE signals (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('rule', 'goal_missed')),
  -- A key of core/signals/measures.ts, and 'all' or a queue group or queue.
  measure text NOT NULL CHECK (length(measure) BETWEEN 1 AND 100),
  scope text NOT NULL DEFAULT 'all' CHECK (
    scope = 'all' OR scope ~ '^(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
  -- A RuleId of core/signals/rules.ts; only for kind 'rule'.
  rule text CHECK (rule IN ('beyond_limits', 'run_one_side', 'trend', 'two_of_three_beyond_two_sigma')),
  goal_id uuid,
  -- The point's day (a rule), or the goal period's last day.
  day date NOT NULL,
  -- The goal's period, like '2026-W11'; only for kind 'goal_missed'.
  period text CHECK (length(period) BETWEEN 1 AND 20),
  -- Figures only (value, limits or target, n): signals hold no personal data.
  details jsonb NOT NULL DEFAULT '{}',
  raised_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  acknowledged_by_user_id uuid,
  acknowledgement text CHECK (length(acknowledgement) BETWEEN 1 AND 2000),
  action text CHECK (action IN ('acted', 'no_action_needed')),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES goals (tenant_id, id),
  FOREIGN KEY (tenant_id, acknowledged_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT signals_kind_fields CHECK (
    (kind = 'rule' AND rule IS NOT NULL AND goal_id IS NULL AND period IS NULL)
    OR (kind = 'goal_missed' AND rule IS NULL AND goal_id IS NOT NULL AND period IS NOT NULL)),
  -- Acknowledged all at once, or not at all.
  CONSTRAINT signals_acknowledgement CHECK (
    (acknowledged_at IS NULL AND acknowledged_by_user_id IS NULL AND acknowledgement IS NULL AND action IS NULL)
    OR (acknowledged_at IS NOT NULL AND acknowledged_by_user_id IS NOT NULL AND acknowledgement IS NOT NULL
        AND action IS NOT NULL))
);
-- One signal per rule and day of a chart, and per goal and period: evaluating again adds nothing.
CREATE UNIQUE INDEX signals_key ON signals (tenant_id, measure, scope, kind, coalesce(rule, ''),
  coalesce(goal_id, '00000000-0000-0000-0000-000000000000'::uuid), day);
-- The start page: the open ones, newest first.
CREATE INDEX signals_open_idx ON signals (tenant_id, raised_at DESC) WHERE acknowledged_at IS NULL;

-- Who gets the e-mail of new signals: a person subscribes themself.
CREATE TABLE signal_subscriptions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['signals', 'signal_subscriptions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;

-- Signals are kept: raised, then acknowledged (an UPDATE), never deleted.
GRANT SELECT, INSERT, UPDATE ON signals TO lots_app;
GRANT SELECT, INSERT, DELETE ON signal_subscriptions TO lots_app;
