-- Analyses (issue #5) read every contact of a municipality's period. Contacts of many
-- municipalities are written interleaved over the year, so one municipality's rows are spread
-- over the whole table; this index holds every column an analysis reads, in (tenant, start)
-- order, so that an analysis is an index-only scan of one contiguous range (the visibility map
-- is kept by autovacuum, which also runs on insert-only tables since PostgreSQL 13).
CREATE INDEX contacts_analysis_idx ON contacts (tenant_id, started_at)
  INCLUDE (channel, need, topic_id, owner_unit_id, resolution, is_failure_demand, failure_reason,
           concerns_existing_case, forwarded_to_unit_id, duration_seconds, citizen_gender,
           citizen_age_band, citizen_district, logged_by_user_id)
  WHERE deleted_at IS NULL;
