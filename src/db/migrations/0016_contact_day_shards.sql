-- contact_day_counts spreads each count over 16 shards so that guides saving at the same moment
-- do not wait for each other on today's rows (0007). Past days keep those 16 rows for good: a
-- year of the demo is 39,000 rows where 2,500 would do, and reading them was the largest part of
-- the weekly report left after 0016_email_contact_days (issue #14.1). Days more than a week old
-- now keep their counts in shard 0: the triggers add and subtract there (a correction first merges
-- the other shards of the old days it touches), and lots_merge_contact_day_shards() merges a tenant's old days
-- (the weekly report calls it before reading; after the first time there is a day or so to do).
-- Only past days are merged, where no live save writes, so a merge never holds up a guide.
CREATE FUNCTION lots_contact_day_shard(day date, id uuid) RETURNS smallint
  LANGUAGE sql STABLE
  AS $$ SELECT CASE WHEN day < current_date - 7 THEN 0 ELSE hashtext(id::text) & 15 END::smallint $$;

-- Merges the shards of the tenants' given days into shard 0 (sums unchanged).
CREATE FUNCTION lots_merge_contact_day_shards(tenants uuid[], days date[]) RETURNS void
  LANGUAGE sql
  SET search_path = public, pg_temp
  AS $$
  WITH moved AS (
    DELETE FROM contact_day_counts
     WHERE tenant_id = ANY(tenants) AND day = ANY(days) AND shard <> 0
    RETURNING tenant_id, day, channel, resolution, contacts
  )
  INSERT INTO contact_day_counts AS c (tenant_id, day, channel, resolution, shard, contacts)
  SELECT tenant_id, day, channel, resolution, 0, sum(contacts)::int FROM moved GROUP BY 1, 2, 3, 4
  ON CONFLICT (tenant_id, day, channel, resolution, shard) DO UPDATE SET contacts = c.contacts + EXCLUDED.contacts;
$$;

-- The current tenant's days more than a week old, merged.
CREATE FUNCTION lots_merge_old_contact_day_shards() RETURNS void
  LANGUAGE sql
  SET search_path = public, pg_temp
  AS $$
  SELECT lots_merge_contact_day_shards(ARRAY[lots_current_tenant()],
    ARRAY(SELECT DISTINCT day FROM contact_day_counts
           WHERE tenant_id = lots_current_tenant() AND day < current_date - 7 AND shard <> 0));
$$;

CREATE OR REPLACE FUNCTION lots_count_contacts() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Old days count in shard 0 only: merge what is left in their other shards first.
    PERFORM lots_merge_contact_day_shards(
      ARRAY(SELECT DISTINCT tenant_id FROM old_rows),
      ARRAY(SELECT DISTINCT (started_at AT TIME ZONE 'Europe/Stockholm')::date FROM old_rows
             WHERE (started_at AT TIME ZONE 'Europe/Stockholm')::date < current_date - 7));
    -- A contact's shard comes from its id (and the age of its day), as when it was added.
    UPDATE contact_day_counts AS c SET contacts = c.contacts - o.n
      FROM (SELECT tenant_id, (started_at AT TIME ZONE 'Europe/Stockholm')::date AS day, channel, resolution,
                   lots_contact_day_shard((started_at AT TIME ZONE 'Europe/Stockholm')::date, id) AS shard,
                   count(*)::int AS n
              FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5) o
     WHERE c.tenant_id = o.tenant_id AND c.day = o.day AND c.channel = o.channel
       AND c.resolution = o.resolution AND c.shard = o.shard;
  END IF;
  INSERT INTO contact_day_counts AS c (tenant_id, day, channel, resolution, shard, contacts)
  SELECT tenant_id, (started_at AT TIME ZONE 'Europe/Stockholm')::date, channel, resolution,
         lots_contact_day_shard((started_at AT TIME ZONE 'Europe/Stockholm')::date, id), count(*)::int
    FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (tenant_id, day, channel, resolution, shard) DO UPDATE SET contacts = c.contacts + EXCLUDED.contacts;
  RETURN NULL;
END
$$;

GRANT DELETE ON contact_day_counts TO lots_app;

-- Every tenant's old days, merged now.
SELECT lots_merge_contact_day_shards(array_agg(DISTINCT tenant_id), array_agg(DISTINCT day))
  FROM contact_day_counts WHERE day < current_date - 7 AND shard <> 0;
