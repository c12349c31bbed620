-- Callers turned away (issue #12.8, docs/metrics.md "Callers turned away"): the queue did not take
-- the call in (queue_log FULL, JOINEMPTY, JOINUNAVAIL, CLOSED, DIVERT_CA_RATIO, DIVERT_HOLDTIME).
-- They are not offered calls, so availability is unchanged; they are counted beside the calls, per
-- day in the rollups, and are a measure of their own (turnedAway) for goals and control charts.

-- One caller turned away from one queue at one moment. Like queued_calls: no caller number, no
-- agent; the same (source, callid, queue, time) twice is one (a file imported again).
CREATE TABLE turned_away_callers (
  tenant_id uuid NOT NULL,
  source text COLLATE "C" NOT NULL,
  queue_id uuid NOT NULL,
  call_id text COLLATE "C" NOT NULL CHECK (length(call_id) BETWEEN 1 AND 200),
  at timestamptz NOT NULL,
  -- The calendar day of `at` in telephony_settings.time_zone (set by the import).
  day date NOT NULL,
  reason text NOT NULL CHECK (reason IN ('full', 'join_empty', 'join_unavailable', 'closed', 'diverted')),
  import_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, source, call_id, queue_id, at),
  FOREIGN KEY (tenant_id, queue_id) REFERENCES queues (tenant_id, id)
);
CREATE INDEX turned_away_callers_day_idx ON turned_away_callers (tenant_id, day);

ALTER TABLE turned_away_callers ENABLE ROW LEVEL SECURITY;
ALTER TABLE turned_away_callers FORCE ROW LEVEL SECURITY;
CREATE POLICY turned_away_callers_tenant ON turned_away_callers TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON turned_away_callers TO lots_app;

-- The day's callers turned away in the scope (not offered: beside offered).
ALTER TABLE call_day_rollups ADD COLUMN turned_away integer NOT NULL DEFAULT 0;

-- The measure registry (core/signals/measures.ts) gains turnedAway: a count, so a capacity measure.
ALTER TABLE goals DROP CONSTRAINT goals_measure_check;
ALTER TABLE goals ADD CONSTRAINT goals_measure_check CHECK (measure IN ('offered', 'answered', 'abandoned',
  'turnedAway', 'availability', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60',
  'answered60To120', 'answeredOver120', 'answeredWithin', 'answeredWithinShare', 'phoneContacts',
  'resolutionRate', 'resolvedHandlingShare', 'resolvedSpecialistShare', 'forwardedShare', 'unresolvedShare',
  'visitors', 'emailsDue', 'emailsWithinShare', 'contacts', 'failure_demand_share', 'first_contact_resolution',
  'existing_case_share', 'forwarded_share'));
ALTER TABLE goals DROP CONSTRAINT goals_capacity_area;
ALTER TABLE goals ADD CONSTRAINT goals_capacity_area CHECK (area = 'accessible' OR measure NOT IN ('offered',
  'answered', 'abandoned', 'turnedAway', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60',
  'answered60To120', 'answeredOver120', 'answeredWithin', 'phoneContacts', 'visitors', 'emailsDue', 'contacts'));
ALTER TABLE goals DROP CONSTRAINT goals_share_target;
ALTER TABLE goals ADD CONSTRAINT goals_share_target CHECK (target <= 1 OR measure IN ('offered', 'answered',
  'abandoned', 'turnedAway', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60', 'answered60To120',
  'answeredOver120', 'answeredWithin', 'phoneContacts', 'visitors', 'emailsDue', 'contacts'));
ALTER TABLE goals DROP CONSTRAINT goals_scope_measure;
ALTER TABLE goals ADD CONSTRAINT goals_scope_measure CHECK (scope = 'all' OR measure IN ('offered', 'answered',
  'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60',
  'answered60To120', 'answeredOver120', 'answeredWithin', 'answeredWithinShare'));

ALTER TABLE chart_baselines DROP CONSTRAINT chart_baselines_measure_check;
ALTER TABLE chart_baselines ADD CONSTRAINT chart_baselines_measure_check CHECK (measure IN ('offered', 'answered',
  'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds', 'meanAbandonedWaitSeconds', 'answeredUnder60',
  'answered60To120', 'answeredOver120', 'answeredWithin', 'answeredWithinShare', 'phoneContacts',
  'resolutionRate', 'resolvedHandlingShare', 'resolvedSpecialistShare', 'forwardedShare', 'unresolvedShare',
  'visitors', 'emailsDue', 'emailsWithinShare', 'contacts', 'failure_demand_share', 'first_contact_resolution',
  'existing_case_share', 'forwarded_share'));
ALTER TABLE chart_baselines DROP CONSTRAINT chart_baselines_scope_measure;
ALTER TABLE chart_baselines ADD CONSTRAINT chart_baselines_scope_measure CHECK (scope = 'all' OR measure IN
  ('offered', 'answered', 'abandoned', 'turnedAway', 'availability', 'meanQueueSeconds', 'meanAbandonedWaitSeconds',
  'answeredUnder60', 'answered60To120', 'answeredOver120', 'answeredWithin', 'answeredWithinShare'));
