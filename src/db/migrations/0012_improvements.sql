-- The improvement board (issue #6): improvements chosen at the weekly board meeting, what they
-- target, their column on the board, the "before" measured when each was created, and when the
-- change took effect (the "after" is measured from then: src/core/improvements/improvement.ts).
-- Keep to PostgreSQL 15.

CREATE TABLE improvements (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- The problem statement: what fails for citizens, seen how.
  problem text NOT NULL CHECK (length(problem) BETWEEN 1 AND 4000),
  -- The department that owns the change (a root unit).
  owner_unit_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'idea'
    CHECK (status IN ('idea', 'planned', 'in_progress', 'done', 'evaluated')),
  due_on date,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 8000),
  -- What it targets: topics (each with the topics below it), needs, failure-demand reasons. The
  -- topics are checked to exist when written; topics are retired, never deleted.
  topic_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(topic_ids) <= 50),
  needs text[] NOT NULL DEFAULT '{}' CHECK (needs <@ ARRAY['want_service', 'want_to_know', 'problem',
    'dont_understand', 'opinion', 'other_authority']::text[]),
  failure_reasons text[] NOT NULL DEFAULT '{}' CHECK (failure_reasons <@ ARRAY['did_not_understand_information',
    'eservice_problem', 'chasing_case', 'municipality_error', 'other']::text[]),
  -- The before: whole ISO weeks before the week it was created, figures as they were then.
  baseline_from date NOT NULL,
  baseline_to date NOT NULL,
  -- [{ "week": "2026-03-02", "contacts": 210, "failureDemand": 130 }, ...], one per week.
  baseline_weeks jsonb NOT NULL CHECK (jsonb_typeof(baseline_weeks) = 'array'),
  -- The day the change took effect; set when it is done. The after is measured from it.
  implemented_on date,
  -- Where it came from: the "fix first" list, a signal, or neither.
  source text NOT NULL DEFAULT 'board' CHECK (source IN ('board', 'fix_first', 'signal')),
  source_signal_id uuid,
  created_by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_user_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, source_signal_id) REFERENCES signals (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT improvements_targets CHECK (
    cardinality(topic_ids) + cardinality(needs) + cardinality(failure_reasons) > 0),
  CONSTRAINT improvements_baseline CHECK (baseline_to > baseline_from),
  -- Done and evaluated improvements say when the change took effect.
  CONSTRAINT improvements_implemented CHECK (
    implemented_on IS NOT NULL OR status NOT IN ('done', 'evaluated')),
  CONSTRAINT improvements_source_signal CHECK ((source = 'signal') = (source_signal_id IS NOT NULL))
);
CREATE INDEX improvements_board_idx ON improvements (tenant_id, status, due_on);

ALTER TABLE improvements ENABLE ROW LEVEL SECURITY;
ALTER TABLE improvements FORCE ROW LEVEL SECURITY;
CREATE POLICY improvements_tenant ON improvements TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());

-- Improvements are history: moved and changed, never deleted (an idea dropped is archived by
-- the audit trail of its moves; a wrong card is moved back or edited).
GRANT SELECT, INSERT, UPDATE ON improvements TO lots_app;
