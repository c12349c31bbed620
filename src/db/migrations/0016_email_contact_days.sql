-- The weekly report's e-mail measure (issue #14.1): "answered within one working day" of an
-- e-mail contact that says when the e-mail came in was judged on every request, once per contact,
-- with time-zone arithmetic in JavaScript (bench/weekly-report.ts: about 100 ms of a 190 ms
-- report for the demo year). The judgement is now kept when the contact is written:
-- - email_working_seconds: the working time from receipt to the contact (core/telephony/
--   email-response.ts, whole seconds rounded up, as email_messages.working_seconds), set by every
--   writer of a contact with received_at and recomputed when the working window, the time zone or
--   the closed days change (server/telephony/configure-telephony.ts). Contacts written before
--   this migration have none; the report judges those few as before.
-- - email_contact_days: per day of receipt (in the tenant's time zone) the e-mail contacts with a
--   working time and those within the tenant's limit, kept by statement triggers on contacts in
--   the same transaction, like contact_day_counts, spread over 16 shards for concurrent saves.
--   Rebuilt by lots_rebuild_email_contact_days() when the time zone or the limit changes.
ALTER TABLE contacts
  ADD COLUMN email_working_seconds integer CHECK (email_working_seconds >= 0),
  ADD CONSTRAINT contacts_email_working_seconds CHECK (email_working_seconds IS NULL OR received_at IS NOT NULL);

-- The contacts the report still judges itself (written before this migration): normally none.
CREATE INDEX contacts_email_unsettled_idx ON contacts (tenant_id, received_at)
  WHERE received_at IS NOT NULL AND email_working_seconds IS NULL AND deleted_at IS NULL;

CREATE TABLE email_contact_days (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  day date NOT NULL,
  shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
  received integer NOT NULL CHECK (received >= 0),
  within integer NOT NULL CHECK (within >= 0 AND within <= received),
  PRIMARY KEY (tenant_id, day, shard)
);

ALTER TABLE email_contact_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_contact_days FORCE ROW LEVEL SECURITY;
CREATE POLICY email_contact_days_tenant ON email_contact_days TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON email_contact_days TO lots_app;

CREATE FUNCTION lots_count_email_contacts() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE email_contact_days AS e SET received = e.received - o.received, within = e.within - o.within
      FROM (SELECT r.tenant_id, (r.received_at AT TIME ZONE coalesce(s.time_zone, 'Europe/Stockholm'))::date AS day,
                   (hashtext(r.id::text) & 15)::smallint AS shard, count(*)::int AS received,
                   count(*) FILTER (WHERE r.email_working_seconds <= coalesce(s.email_limit_hours, 9) * 3600)::int AS within
              FROM old_rows r LEFT JOIN telephony_settings s ON s.tenant_id = r.tenant_id
             WHERE r.deleted_at IS NULL AND r.email_working_seconds IS NOT NULL
             GROUP BY 1, 2, 3) o
     WHERE e.tenant_id = o.tenant_id AND e.day = o.day AND e.shard = o.shard;
  END IF;
  INSERT INTO email_contact_days AS e (tenant_id, day, shard, received, within)
  SELECT r.tenant_id, (r.received_at AT TIME ZONE coalesce(s.time_zone, 'Europe/Stockholm'))::date,
         (hashtext(r.id::text) & 15)::smallint, count(*)::int,
         count(*) FILTER (WHERE r.email_working_seconds <= coalesce(s.email_limit_hours, 9) * 3600)::int
    FROM new_rows r LEFT JOIN telephony_settings s ON s.tenant_id = r.tenant_id
   WHERE r.deleted_at IS NULL AND r.email_working_seconds IS NOT NULL
   GROUP BY 1, 2, 3
  ON CONFLICT (tenant_id, day, shard) DO UPDATE
    SET received = e.received + EXCLUDED.received, within = e.within + EXCLUDED.within;
  RETURN NULL;
END
$$;

CREATE TRIGGER contacts_count_email_inserted AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_count_email_contacts();
CREATE TRIGGER contacts_count_email_updated AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_count_email_contacts();

-- The current tenant's rows again from its contacts (after its time zone or limit changed).
CREATE FUNCTION lots_rebuild_email_contact_days() RETURNS void
  LANGUAGE sql
  SET search_path = public, pg_temp
  AS $$
  DELETE FROM email_contact_days WHERE tenant_id = lots_current_tenant();
  INSERT INTO email_contact_days (tenant_id, day, shard, received, within)
  SELECT r.tenant_id, (r.received_at AT TIME ZONE coalesce(s.time_zone, 'Europe/Stockholm'))::date,
         (hashtext(r.id::text) & 15)::smallint, count(*)::int,
         count(*) FILTER (WHERE r.email_working_seconds <= coalesce(s.email_limit_hours, 9) * 3600)::int
    FROM contacts r LEFT JOIN telephony_settings s ON s.tenant_id = r.tenant_id
   WHERE r.tenant_id = lots_current_tenant() AND r.deleted_at IS NULL AND r.email_working_seconds IS NOT NULL
   GROUP BY 1, 2, 3;
$$;
