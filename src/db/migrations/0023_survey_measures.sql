-- Survey measures join the measure registry (issue #15; src/core/signals/measures.ts and
-- src/core/surveys/survey-measures.ts): survey_index (0-100 points), survey_mean (a grade 1-5) and
-- survey_satisfied_share, each about one survey's dimension or question, written as the scope
-- 'survey:<id>:dimension:<dimension>' or 'survey:<id>:question:<key>'. None is a capacity measure.
-- The lists below repeat core's registry; src/server/goals/goals.test.ts keeps them equal.
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
