-- Analyses (issue #14.2) keep the tallies of each calendar month of a municipality's contacts in
-- the server process and reuse them while the month is unchanged: a year's analysis then counts
-- only the months written since (in the busy hour, the current one). Whether a month changed is
-- read here: every statement that adds, changes or removes contacts adds the number of rows it
-- touched to their months' counters (both months when a correction moves a contact), in the same
-- transaction, so a reader sees a higher sum exactly when it may see changed contacts. Spread over
-- 16 shards by contact id, as contact_day_counts, so that guides saving at the same moment do not
-- wait for each other on the current month's row. The month is the contact's Stockholm day's.
CREATE TABLE contact_month_versions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  month date NOT NULL,
  shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
  version bigint NOT NULL,
  PRIMARY KEY (tenant_id, month, shard)
);

CREATE FUNCTION lots_bump_contact_months() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO contact_month_versions AS v (tenant_id, month, shard, version)
    SELECT tenant_id, date_trunc('month', local_day)::date, (hashtext(id::text) & 15)::smallint, count(*)
      FROM new_rows GROUP BY 1, 2, 3
    ON CONFLICT (tenant_id, month, shard) DO UPDATE SET version = v.version + EXCLUDED.version;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO contact_month_versions AS v (tenant_id, month, shard, version)
    SELECT tenant_id, month, shard, count(*) FROM (
      SELECT tenant_id, date_trunc('month', local_day)::date AS month, (hashtext(id::text) & 15)::smallint AS shard
        FROM old_rows
      UNION ALL
      SELECT tenant_id, date_trunc('month', local_day)::date, (hashtext(id::text) & 15)::smallint FROM new_rows
    ) t GROUP BY 1, 2, 3
    ON CONFLICT (tenant_id, month, shard) DO UPDATE SET version = v.version + EXCLUDED.version;
  ELSE
    INSERT INTO contact_month_versions AS v (tenant_id, month, shard, version)
    SELECT tenant_id, date_trunc('month', local_day)::date, (hashtext(id::text) & 15)::smallint, count(*)
      FROM old_rows GROUP BY 1, 2, 3
    ON CONFLICT (tenant_id, month, shard) DO UPDATE SET version = v.version + EXCLUDED.version;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER contacts_month_inserted AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_bump_contact_months();
CREATE TRIGGER contacts_month_updated AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_bump_contact_months();
CREATE TRIGGER contacts_month_deleted AFTER DELETE ON contacts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_bump_contact_months();

INSERT INTO contact_month_versions (tenant_id, month, shard, version)
SELECT tenant_id, date_trunc('month', local_day)::date, (hashtext(id::text) & 15)::smallint, count(*)
  FROM contacts GROUP BY 1, 2, 3;

ALTER TABLE contact_month_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_month_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_month_versions_tenant ON contact_month_versions TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
GRANT SELECT, INSERT, UPDATE ON contact_month_versions TO lots_app;
