-- Complaints and feedback (synpunktshantering, issue #17): every synpunkt (klagomål, beröm,
-- förslag, fråga) with its registration number (SYN 2026/123, per tenant and year, without gaps),
-- the tenant's categories, its states and their history, and the citizen's contact details kept
-- apart. Rules: src/core/complaints. Personal data: contact details live only in
-- complaint_contact_details, read by those who handle the case, never in lists or statistics;
-- the citizen's text is stored as written (a public document, offentlig handling) and the kinds
-- of personal data found in it are flagged for the handler.
-- Keep to PostgreSQL 15.

-- The tenant's settings: deadlines in working days per type (src/core/complaints/deadlines.ts,
-- DeadlineRules), whether the public e-form is open, and the key that signs its form tokens.
CREATE TABLE complaint_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  deadlines jsonb NOT NULL CHECK (jsonb_typeof(deadlines) = 'object'),
  form_open boolean NOT NULL DEFAULT true,
  form_secret bytea NOT NULL CHECK (length(form_secret) = 32),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The tenant's categories (Järfälla's six by default, made on first use). Retired, never
-- deleted, so the statistics of past cases keep their labels.
CREATE TABLE complaint_categories (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  name_sv text NOT NULL CHECK (length(name_sv) BETWEEN 1 AND 120),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
  position integer NOT NULL CHECK (position BETWEEN 0 AND 999),
  retired_at timestamptz,
  PRIMARY KEY (tenant_id, key)
);

-- The last registration number given per tenant and year. Incremented by an UPDATE in the
-- transaction that inserts the case, so a rolled-back case gives its number back: no gaps (a
-- sequence would leave one for every rollback).
CREATE TABLE complaint_counters (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_number integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (tenant_id, year)
);

CREATE TABLE complaints (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  number integer NOT NULL CHECK (number >= 1),
  type text NOT NULL CHECK (type IN ('complaint', 'praise', 'suggestion', 'question')),
  -- Keys of complaint_categories, checked when written (a category may be retired later).
  categories text[] NOT NULL DEFAULT '{}' CHECK (cardinality(categories) <= 6),
  topic_id uuid,
  -- The owner unit: defaulted from the topic's owner when registered, changed when handed on.
  unit_id uuid,
  channel text NOT NULL CHECK (channel IN ('phone', 'visit', 'email', 'chat', 'e_form', 'letter', 'social_media', 'open311', 'other')),
  received_at timestamptz NOT NULL,
  -- The tenant's local day it came in: deadlines count working days from it.
  received_day date NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 8000),
  -- Kinds of personal data found in the text (core/privacy), for the handler's attention.
  personal_data text[] NOT NULL DEFAULT '{}',
  anonymous boolean NOT NULL,
  wants_answer boolean NOT NULL,
  language text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
  state text NOT NULL DEFAULT 'received'
    CHECK (state IN ('received', 'in_progress', 'answered', 'closed', 'reopened')),
  acknowledge_by date NOT NULL,
  answer_by date NOT NULL,
  acknowledged_at timestamptz,
  answered_at timestamptz,
  closed_at timestamptz,
  answer text CHECK (length(answer) BETWEEN 1 AND 8000),
  -- When the answer went to the citizen by e-mail (null: not sent, or no address).
  answer_sent_at timestamptz,
  -- What was done, recorded when closing.
  measures text CHECK (length(measures) BETWEEN 1 AND 4000),
  contact_id uuid,
  improvement_id uuid,
  -- Null for the public e-form and Open311.
  registered_by_user_id uuid,
  -- The public e-form's one-time token (its random part): a repeated POST finds the case.
  form_nonce text CHECK (form_nonce ~ '^[A-Za-z0-9_-]{22}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT complaints_number_key UNIQUE (tenant_id, year, number),
  CONSTRAINT complaints_form_nonce_key UNIQUE (tenant_id, form_nonce),
  FOREIGN KEY (tenant_id, topic_id) REFERENCES topics (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id),
  FOREIGN KEY (tenant_id, improvement_id) REFERENCES improvements (tenant_id, id),
  FOREIGN KEY (tenant_id, registered_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT complaints_deadlines CHECK (answer_by >= acknowledge_by AND acknowledge_by >= received_day),
  -- No answer is promised to an anonymous citizen.
  CONSTRAINT complaints_anonymous CHECK (NOT (anonymous AND wants_answer))
);
CREATE INDEX complaints_received_idx ON complaints (tenant_id, received_at DESC, id DESC);
CREATE INDEX complaints_unit_idx ON complaints (tenant_id, unit_id, received_at DESC);
CREATE INDEX complaints_open_idx ON complaints (tenant_id, answer_by) WHERE state IN ('received', 'in_progress', 'reopened');
CREATE INDEX complaints_improvement_idx ON complaints (tenant_id, improvement_id) WHERE improvement_id IS NOT NULL;

-- The citizen's contact details, apart from the case: read only by those who handle it.
CREATE TABLE complaint_contact_details (
  tenant_id uuid NOT NULL,
  complaint_id uuid NOT NULL,
  name text CHECK (length(name) BETWEEN 1 AND 200),
  email text CHECK (length(email) BETWEEN 3 AND 254),
  phone text CHECK (length(phone) BETWEEN 3 AND 40),
  postal_address text CHECK (length(postal_address) BETWEEN 1 AND 400),
  PRIMARY KEY (tenant_id, complaint_id),
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id),
  CONSTRAINT complaint_contact_details_any CHECK (
    name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL OR postal_address IS NOT NULL)
);

-- Every change of a case: registration, state changes, the answer, a new owner unit, a link.
CREATE TABLE complaint_events (
  tenant_id uuid NOT NULL,
  complaint_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL DEFAULT now(),
  -- Null when the citizen did it (the public e-form).
  by_user_id uuid,
  kind text NOT NULL CHECK (kind IN ('registered', 'state', 'answer', 'answer_sent', 'unit', 'improvement', 'categories')),
  from_state text,
  to_state text,
  -- A short note (the handler's reason, a unit id, an improvement id), never contact details.
  note text CHECK (length(note) <= 2000),
  PRIMARY KEY (tenant_id, complaint_id, seq),
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id),
  FOREIGN KEY (tenant_id, by_user_id) REFERENCES users (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['complaint_settings', 'complaint_categories', 'complaint_counters', 'complaints',
    'complaint_contact_details', 'complaint_events'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;

-- Which tenant the public e-form at /s/<key> belongs to: the tenant's id or its municipality
-- code (Järfälla: 0123). SECURITY DEFINER like lots_survey_link_tenant(); returns only the id.
CREATE FUNCTION lots_complaint_form_tenant(p_key text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$ SELECT id FROM tenants
         WHERE municipality_code = p_key OR id::text = lower(p_key)
         LIMIT 1 $$;
REVOKE ALL ON FUNCTION lots_complaint_form_tenant(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lots_complaint_form_tenant(text) TO lots_app;

-- The function runs as the owner; a non-superuser owner reads through this policy (0013).
DO $$
BEGIN
  EXECUTE format('CREATE POLICY tenants_complaint_form ON tenants FOR SELECT TO %I USING (true)', current_user);
END
$$;

-- Cases are public documents and history: changed, never deleted. Contact details may be
-- deleted (and changed) once no longer needed; the history is append-only.
GRANT SELECT, INSERT, UPDATE ON complaint_settings TO lots_app;
GRANT SELECT, INSERT, UPDATE ON complaint_categories TO lots_app;
GRANT SELECT, INSERT, UPDATE ON complaint_counters TO lots_app;
GRANT SELECT, INSERT, UPDATE ON complaints TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON complaint_contact_details TO lots_app;
GRANT SELECT, INSERT ON complaint_events TO lots_app;
