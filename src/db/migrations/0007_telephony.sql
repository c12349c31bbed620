-- Telephony and the daily measures (issue #4): the contact centre's queues, the queued calls
-- imported from the telephone platform, the daily rollups every report reads, visitors to the
-- service office, e-mail response times, and the municipality's own closed days and settings.
-- docs/metrics.md defines every measure; the CHECK constraints repeat the rules of
-- src/core/telephony so that no path can store a call that breaks them. Keep to PostgreSQL 15.

-- How this municipality measures (one row per tenant, created with defaults on first use).
CREATE TABLE telephony_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  -- The day of a call is its ENTERQUEUE's calendar day in this zone (23/25-hour days at DST).
  time_zone text NOT NULL DEFAULT 'Europe/Stockholm' CHECK (length(time_zone) BETWEEN 1 AND 64),
  -- Abandons with a wait shorter than this are left out of offered and abandoned.
  short_abandon_seconds integer NOT NULL DEFAULT 0 CHECK (short_abandon_seconds BETWEEN 0 AND 600),
  -- "Answered within 2 minutes": wait <= this.
  answered_within_seconds integer NOT NULL DEFAULT 120 CHECK (answered_within_seconds BETWEEN 1 AND 3600),
  -- E-mails: the working day's window (minutes after local midnight) and the limit in working hours.
  email_day_start_minute integer NOT NULL DEFAULT 480 CHECK (email_day_start_minute BETWEEN 0 AND 1439),
  email_day_end_minute integer NOT NULL DEFAULT 1020 CHECK (email_day_end_minute BETWEEN 1 AND 1440),
  email_limit_hours numeric(4, 2) NOT NULL DEFAULT 9 CHECK (email_limit_hours > 0 AND email_limit_hours <= 24),
  updated_by_user_id uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT telephony_settings_email_day CHECK (email_day_start_minute < email_day_end_minute),
  FOREIGN KEY (tenant_id, updated_by_user_id) REFERENCES users (tenant_id, id)
);

-- The municipality's own closed days, on top of weekends and the Swedish holidays and eves that
-- src/core/calendar/swedish-calendar.ts knows (a staff day, a closure for a move).
CREATE TABLE closed_days (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  day date NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
  created_by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, day),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id)
);

-- A queue group: queues whose calls overflow into each other; a call counts once in its group.
CREATE TABLE queue_groups (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX queue_groups_name_key ON queue_groups (tenant_id, lower(name));

-- A queue of the telephone platform, by the name the platform gives it (queue_log's queuename).
-- Created by the first import that names it; an administrator gives it a label and a group.
CREATE TABLE queues (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  label text CHECK (length(label) BETWEEN 1 AND 100),
  group_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT queues_name_key UNIQUE (tenant_id, name),
  FOREIGN KEY (tenant_id, group_id) REFERENCES queue_groups (tenant_id, id)
);

-- How to read one source's CSV exports of calls or of interval counts (generic platforms): the
-- columns, the source's outcome codes, the date format and zone. Checked by the server (zod) and
-- by core/telephony/call-csv.ts before it is stored.
CREATE TABLE call_mappings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- The source the calls read with this mapping belong to (their identity is within it).
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 60),
  mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
  created_by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_user_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by_user_id) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX call_mappings_name_key ON call_mappings (tenant_id, lower(name));

-- Every import of call records (a file, or a batch from the push API), with its summary.
CREATE TABLE call_imports (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Calls are identified within their source: 'asterisk', a mapping's source, an integration's.
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 60),
  format text NOT NULL CHECK (format IN ('asterisk-queue-log', 'asterisk-cdr', 'csv', 'api')),
  mapping_name text CHECK (length(mapping_name) BETWEEN 1 AND 100),
  file_name text CHECK (length(file_name) BETWEEN 1 AND 255),
  -- SHA-256 of the file as sent (before any decompression): the same file twice adds nothing.
  file_sha256 text CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  summary jsonb NOT NULL CHECK (jsonb_typeof(summary) = 'object'),
  first_day date,
  last_day date,
  -- Null for an import run from the command line (lots import calls).
  created_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX call_imports_file_key ON call_imports (tenant_id, source, file_sha256);
CREATE INDEX call_imports_created_idx ON call_imports (tenant_id, created_at DESC);

-- Per source: what the next queue_log file continues from (calls entered but not yet ended at
-- the end of the last file, recent lines for duplicate detection): core CallAssembler's state.
CREATE TABLE call_sources (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 60),
  assembly_state jsonb NOT NULL CHECK (jsonb_typeof(assembly_state) = 'object'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, source)
);

-- One queued call: (callid, queue, ENTERQUEUE). No caller number and no agent are kept: Lots
-- needs neither to measure, and figures per agent would rank guides. The busiest table (a
-- million rows a year for a large contact centre): the queue's foreign key vouches for the
-- tenant, so there is no second key to tenants, and callids compare bytewise (COLLATE "C"), which
-- is what an id needs and sorts and hashes fastest.
CREATE TABLE queued_calls (
  tenant_id uuid NOT NULL,
  source text COLLATE "C" NOT NULL,
  queue_id uuid NOT NULL,
  call_id text COLLATE "C" NOT NULL CHECK (length(call_id) BETWEEN 1 AND 200),
  entered_at timestamptz NOT NULL,
  -- The calendar day of entered_at in telephony_settings.time_zone (set by the import).
  day date NOT NULL,
  ended_at timestamptz NOT NULL,
  outcome text NOT NULL CHECK (outcome IN
    ('answered', 'abandoned', 'timeout', 'exit_key', 'exit_empty', 'withdrawn')),
  answered_end text CHECK (answered_end IN ('completed_caller', 'completed_agent', 'transferred')),
  wait_seconds integer NOT NULL CHECK (wait_seconds >= 0),
  talk_seconds integer NOT NULL CHECK (talk_seconds >= 0),
  ring_no_answer_count integer NOT NULL CHECK (ring_no_answer_count >= 0),
  import_id uuid NOT NULL,
  -- callid before queue: the segments of one call (overflow between queues) are neighbours.
  PRIMARY KEY (tenant_id, source, call_id, queue_id, entered_at),
  FOREIGN KEY (tenant_id, queue_id) REFERENCES queues (tenant_id, id),
  CONSTRAINT queued_calls_answered_end CHECK (outcome = 'answered' OR answered_end IS NULL),
  CONSTRAINT queued_calls_talk CHECK (outcome = 'answered' OR talk_seconds = 0)
);
CREATE INDEX queued_calls_day_idx ON queued_calls (tenant_id, day);
CREATE INDEX queued_calls_import_idx ON queued_calls (tenant_id, import_id);

-- Aggregate counts per interval from platforms that export only those (generic CSV, intervals).
CREATE TABLE call_intervals (
  tenant_id uuid NOT NULL,
  source text NOT NULL,
  queue_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  day date NOT NULL,
  offered integer NOT NULL CHECK (offered >= 0),
  answered integer NOT NULL CHECK (answered >= 0),
  abandoned integer NOT NULL CHECK (abandoned >= 0),
  answered_wait_seconds bigint CHECK (answered_wait_seconds >= 0),
  answered_wait_under_60 integer CHECK (answered_wait_under_60 >= 0),
  answered_wait_max_120 integer CHECK (answered_wait_max_120 >= 0),
  abandoned_wait_seconds bigint CHECK (abandoned_wait_seconds >= 0),
  import_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, source, queue_id, starts_at),
  FOREIGN KEY (tenant_id, queue_id) REFERENCES queues (tenant_id, id)
);
CREATE INDEX call_intervals_day_idx ON call_intervals (tenant_id, day);
CREATE INDEX call_intervals_import_idx ON call_intervals (tenant_id, import_id);

-- The daily measures per queue, per queue group and for all queues ('all', scope_id = tenant),
-- kept by every import so that no report reads raw calls (docs/metrics.md, "Telephony").
CREATE TABLE call_day_rollups (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  scope text NOT NULL CHECK (scope IN ('queue', 'group', 'all')),
  scope_id uuid NOT NULL,
  day date NOT NULL,
  offered integer NOT NULL,
  answered integer NOT NULL,
  abandoned integer NOT NULL,
  timeout integer NOT NULL,
  exit_key integer NOT NULL,
  exit_empty integer NOT NULL,
  withdrawn integer NOT NULL,
  short_abandons integer NOT NULL,
  completed_caller integer NOT NULL,
  completed_agent integer NOT NULL,
  transferred integer NOT NULL,
  answered_wait_seconds bigint NOT NULL,
  abandoned_wait_seconds bigint NOT NULL,
  answered_wait_under_60 integer NOT NULL,
  answered_wait_60_to_120 integer NOT NULL,
  answered_wait_over_120 integer NOT NULL,
  answered_within integer NOT NULL,
  talk_seconds bigint NOT NULL,
  ring_no_answer integer NOT NULL,
  -- Answered calls from interval rows that gave no wait bands (their band is unknown).
  answered_unbanded integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, scope, scope_id, day)
);

-- Visitors to the service office per day, counted at the door and entered or imported.
CREATE TABLE visitor_counts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  day date NOT NULL,
  visitors integer NOT NULL CHECK (visitors BETWEEN 0 AND 100000),
  source text NOT NULL CHECK (source IN ('entered', 'imported')),
  updated_by_user_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, day),
  FOREIGN KEY (tenant_id, updated_by_user_id) REFERENCES users (tenant_id, id)
);

-- E-mails to the contact centre's mailbox: received and first answered (CSV import).
CREATE TABLE email_messages (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 60),
  external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
  received_at timestamptz NOT NULL,
  answered_at timestamptz CHECK (answered_at >= received_at),
  -- The working time from receipt to the first answer (null while unanswered), computed by the
  -- import with the municipality's working window and closed days, and again when those change,
  -- so that the daily measure is a sum rather than a walk through the calendar per e-mail.
  working_seconds integer CHECK (working_seconds >= 0),
  day date NOT NULL,
  import_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, source, external_id),
  CONSTRAINT email_messages_working_seconds CHECK ((answered_at IS NULL) = (working_seconds IS NULL))
);
CREATE INDEX email_messages_day_idx ON email_messages (tenant_id, day);

-- An e-mail contact may say when the e-mail came in; the contact is its answer, so the e-mail
-- measure can come from contact logging where no mailbox export is imported.
ALTER TABLE contacts
  ADD COLUMN received_at timestamptz CHECK (received_at = date_trunc('milliseconds', received_at)),
  ADD CONSTRAINT contacts_received_at CHECK (
    received_at IS NULL OR (channel = 'email' AND received_at <= started_at));
CREATE INDEX contacts_received_idx ON contacts (tenant_id, received_at)
  WHERE received_at IS NOT NULL AND deleted_at IS NULL;

-- Logged contacts per day, channel and resolution, for the daily measures (resolution of phone
-- contacts, visits logged): kept by triggers on contacts, so every path that writes a contact
-- (logging, correction, deletion, bulk intake, the demo) keeps it right, in the same transaction.
-- The day is the contact's calendar day in Europe/Stockholm, the rule contacts follow everywhere.
-- A deleted contact is not counted. Each count is spread over 16 rows (shard: from the contact's
-- id), which readers add up: guides saving at the same moment would otherwise all wait for the
-- one row of today's resolved phone calls until each other's commit.
CREATE TABLE contact_day_counts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  day date NOT NULL,
  channel text NOT NULL,
  resolution text NOT NULL,
  shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
  contacts integer NOT NULL CHECK (contacts >= 0),
  PRIMARY KEY (tenant_id, day, channel, resolution, shard)
);

CREATE FUNCTION lots_count_contacts() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- A contact's shard comes from its id, so it is taken from the row it was added to.
    UPDATE contact_day_counts AS c SET contacts = c.contacts - o.n
      FROM (SELECT tenant_id, (started_at AT TIME ZONE 'Europe/Stockholm')::date AS day, channel, resolution,
                   (hashtext(id::text) & 15)::smallint AS shard, count(*)::int AS n
              FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5) o
     WHERE c.tenant_id = o.tenant_id AND c.day = o.day AND c.channel = o.channel
       AND c.resolution = o.resolution AND c.shard = o.shard;
  END IF;
  INSERT INTO contact_day_counts AS c (tenant_id, day, channel, resolution, shard, contacts)
  SELECT tenant_id, (started_at AT TIME ZONE 'Europe/Stockholm')::date, channel, resolution,
         (hashtext(id::text) & 15)::smallint, count(*)::int
    FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (tenant_id, day, channel, resolution, shard) DO UPDATE SET contacts = c.contacts + EXCLUDED.contacts;
  RETURN NULL;
END
$$;

-- Transition tables: one statement of many rows (a bulk batch, the demo year) updates each
-- count once.
CREATE TRIGGER contacts_count_inserted AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_count_contacts();
CREATE TRIGGER contacts_count_updated AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_count_contacts();

INSERT INTO contact_day_counts (tenant_id, day, channel, resolution, shard, contacts)
SELECT tenant_id, (started_at AT TIME ZONE 'Europe/Stockholm')::date, channel, resolution,
       (hashtext(id::text) & 15)::smallint, count(*)::int
  FROM contacts WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;


DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['telephony_settings', 'closed_days', 'queue_groups', 'queues', 'call_mappings',
    'call_imports', 'call_sources', 'queued_calls', 'call_intervals', 'call_day_rollups',
    'visitor_counts', 'email_messages', 'contact_day_counts'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON telephony_settings TO lots_app;
GRANT SELECT, INSERT, DELETE ON closed_days TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON queue_groups TO lots_app;
GRANT SELECT, INSERT, UPDATE ON queues TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON call_mappings TO lots_app;
-- An import can be undone: its calls, intervals and e-mails are removed with it.
GRANT SELECT, INSERT, DELETE ON call_imports TO lots_app;
GRANT SELECT, INSERT, UPDATE ON call_sources TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON queued_calls TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON call_intervals TO lots_app;
GRANT SELECT, INSERT, DELETE ON call_day_rollups TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON visitor_counts TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON email_messages TO lots_app;
GRANT SELECT, INSERT, UPDATE ON contact_day_counts TO lots_app;
