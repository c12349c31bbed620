-- Analyses (issue #5) group contacts by the Stockholm day, weekday and hour they began. Working
-- those out per row (AT TIME ZONE, three times) took most of an analysis' time on a year of
-- contacts (bench/analysis.ts: about 35 ms per 120,000 contacts for each), so they are stored
-- once, when the contact is written, as generated columns, and the analysis index holds them.
-- AT TIME ZONE with a named zone is immutable in PostgreSQL: a change of Sweden's time-zone rules
-- in the tz database would need these columns recomputed (UPDATE contacts SET started_at =
-- started_at). Keep to PostgreSQL 15.
ALTER TABLE contacts
  ADD COLUMN local_day date
    GENERATED ALWAYS AS ((started_at AT TIME ZONE 'Europe/Stockholm')::date) STORED,
  ADD COLUMN local_weekday smallint
    GENERATED ALWAYS AS (date_part('isodow', started_at AT TIME ZONE 'Europe/Stockholm')::smallint) STORED,
  ADD COLUMN local_hour smallint
    GENERATED ALWAYS AS (date_part('hour', started_at AT TIME ZONE 'Europe/Stockholm')::smallint) STORED;

DROP INDEX contacts_analysis_idx;
CREATE INDEX contacts_analysis_idx ON contacts (tenant_id, started_at)
  INCLUDE (channel, need, topic_id, owner_unit_id, resolution, is_failure_demand, failure_reason,
           concerns_existing_case, forwarded_to_unit_id, duration_seconds, citizen_gender,
           citizen_age_band, citizen_district, logged_by_user_id, local_day, local_weekday, local_hour)
  WHERE deleted_at IS NULL;
