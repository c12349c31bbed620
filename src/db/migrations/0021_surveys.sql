-- Surveys (issue #15): the citizens' and the departments' own verdict. A survey has versions of
-- its questions (src/core/surveys/questions.ts); invitations go out after contacts (or to the
-- departments each period) with a single-use link; answers are stored question by question.
-- Personal data: the address an invitation is sent to is kept apart (survey_addresses) and only
-- until the last mail or text message of the invitation has gone; the quarantine keeps an HMAC of
-- the address under the tenant's own secret, never the address. Answers carry the contact's
-- channel, topic, need, unit, resolution and day, copied when the invitation is made.
-- Keep to PostgreSQL 15.

CREATE TABLE surveys (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  template_key text CHECK (template_key IN ('after_contact', 'skr_phone', 'skr_email', 'departments')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_en text CHECK (length(name_en) BETWEEN 1 AND 200),
  audience text NOT NULL CHECK (audience IN ('citizens', 'departments')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'paused', 'closed')),
  -- src/core/surveys/invitations.ts, InvitationRules; checked by rulesProblems when written.
  rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
  link_valid_days integer NOT NULL DEFAULT 14 CHECK (link_valid_days BETWEEN 1 AND 60),
  -- One reminder this many days after the invitation, to those who have not answered; none: NULL.
  reminder_after_days integer CHECK (reminder_after_days BETWEEN 1 AND 30),
  created_by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_user_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT surveys_reminder CHECK (reminder_after_days IS NULL OR reminder_after_days < link_valid_days)
);

CREATE TABLE survey_versions (
  tenant_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  -- src/core/surveys/questions.ts, SurveyDefinition; checked by definitionProblems when written.
  definition jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
  created_by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, survey_id, number),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id)
);

-- The tenant's key for the quarantine's HMAC of addresses (32 random bytes), made on first use.
CREATE TABLE survey_secrets (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  secret bytea NOT NULL CHECK (length(secret) = 32),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- When an address was last invited by any of the tenant's surveys: HMAC-SHA-256, hex.
CREATE TABLE survey_quarantine (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  address_hash text NOT NULL CHECK (address_hash ~ '^[0-9a-f]{64}$'),
  last_invited_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, address_hash)
);

-- An address given for a contact (by the guide, with the citizen's consent, or by an
-- integration), waiting for the decision whether to invite. Deleted when the decision is made.
CREATE TABLE contact_survey_addresses (
  tenant_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  medium text NOT NULL CHECK (medium IN ('email', 'sms')),
  address text NOT NULL CHECK (length(address) BETWEEN 3 AND 254),
  given_by_user_id uuid NOT NULL,
  given_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, contact_id),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id),
  FOREIGN KEY (tenant_id, given_by_user_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX contact_survey_addresses_given_idx ON contact_survey_addresses (tenant_id, given_at);

CREATE TABLE survey_invitations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL,
  -- The version asked: the one current when the invitation was made.
  version integer NOT NULL,
  -- SHA-256 of the link's random token (128 bits), hex; the token is only in the link itself.
  link_hash text NOT NULL CHECK (link_hash ~ '^[0-9a-f]{64}$'),
  medium text NOT NULL CHECK (medium IN ('email', 'sms', 'link')),
  -- A citizen's invitation follows a contact; a department's names the unit it is about.
  contact_id uuid,
  contact_day date,
  channel text,
  topic_id uuid,
  need text,
  unit_id uuid,
  resolution text,
  send_at timestamptz NOT NULL,
  sent_at timestamptz,
  bounced_at timestamptz,
  opened_at timestamptz,
  first_answer_at timestamptz,
  completed_at timestamptz,
  reminder_sent_at timestamptz,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT survey_invitations_link_key UNIQUE (tenant_id, link_hash),
  CONSTRAINT survey_invitations_contact_key UNIQUE (tenant_id, survey_id, contact_id),
  FOREIGN KEY (tenant_id, survey_id, version) REFERENCES survey_versions (tenant_id, survey_id, number),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  CONSTRAINT survey_invitations_expiry CHECK (expires_at > send_at)
);
-- The public page finds a link's tenant by its hash alone (lots_survey_link_tenant).
CREATE INDEX survey_invitations_link_idx ON survey_invitations (link_hash);
CREATE INDEX survey_invitations_due_idx ON survey_invitations (send_at) WHERE sent_at IS NULL;
CREATE INDEX survey_invitations_results_idx ON survey_invitations (tenant_id, survey_id, send_at);

-- Where an invitation goes, and the token of its link for the messages, until its last message
-- (the invitation, or the reminder) has gone; then the row is deleted and the token exists only
-- in the messages sent.
CREATE TABLE survey_addresses (
  tenant_id uuid NOT NULL,
  invitation_id uuid NOT NULL,
  address text NOT NULL CHECK (length(address) BETWEEN 3 AND 254),
  link_token text NOT NULL CHECK (link_token ~ '^[A-Za-z0-9_-]{22}$'),
  PRIMARY KEY (tenant_id, invitation_id),
  FOREIGN KEY (tenant_id, invitation_id) REFERENCES survey_invitations (tenant_id, id)
);

CREATE TABLE survey_answers (
  tenant_id uuid NOT NULL,
  invitation_id uuid NOT NULL,
  question_key text NOT NULL CHECK (question_key ~ '^[a-z][a-z0-9_]{0,39}$'),
  -- A number, a choice key, a list of choice keys, or text (masked of personal data).
  value jsonb NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, invitation_id, question_key),
  FOREIGN KEY (tenant_id, invitation_id) REFERENCES survey_invitations (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['surveys', 'survey_versions', 'survey_secrets', 'survey_quarantine',
    'contact_survey_addresses', 'survey_invitations', 'survey_addresses', 'survey_answers'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;

-- Which tenant a survey link belongs to: the public answer page has no session. SECURITY DEFINER
-- like lots_login_tenant(); it takes the exact hash and returns only the tenant id.
CREATE FUNCTION lots_survey_link_tenant(p_link_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$ SELECT tenant_id FROM survey_invitations WHERE link_hash = p_link_hash LIMIT 1 $$;
REVOKE ALL ON FUNCTION lots_survey_link_tenant(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lots_survey_link_tenant(text) TO lots_app;

-- The function runs as the owner; a non-superuser owner reads through this policy (0013).
DO $$
BEGIN
  EXECUTE format(
    'CREATE POLICY survey_invitations_links ON survey_invitations FOR SELECT TO %I USING (true)',
    current_user
  );
END
$$;

-- Surveys and their versions are history: changed, never deleted. Addresses are deleted as soon
-- as they are no longer needed; answers and invitations are kept.
GRANT SELECT, INSERT, UPDATE ON surveys TO lots_app;
GRANT SELECT, INSERT ON survey_versions TO lots_app;
GRANT UPDATE (definition) ON survey_versions TO lots_app;
GRANT SELECT, INSERT ON survey_secrets TO lots_app;
GRANT SELECT, INSERT, UPDATE ON survey_quarantine TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON contact_survey_addresses TO lots_app;
GRANT SELECT, INSERT, UPDATE ON survey_invitations TO lots_app;
GRANT SELECT, INSERT, DELETE ON survey_addresses TO lots_app;
GRANT SELECT, INSERT, UPDATE ON survey_answers TO lots_app;
