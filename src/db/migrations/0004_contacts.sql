-- Contacts: every citizen contact a guide logs (issue #3), and the trail of every change to one.
-- The CHECK constraints repeat the rules of src/core/contacts/contact-rules.ts, so that no path
-- (API, bulk import, a script) can store a record that breaks them. Keep to PostgreSQL 15 syntax.

CREATE TABLE contacts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  logged_by_user_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN
    ('phone', 'visit', 'email', 'chat', 'eservice', 'letter', 'social_media', 'other')),
  -- Millisecond precision, like the JavaScript Date the API uses: the paging cursor carries it.
  started_at timestamptz NOT NULL CHECK (started_at = date_trunc('milliseconds', started_at)),
  duration_seconds integer NOT NULL CHECK (duration_seconds BETWEEN 0 AND 86400),
  need text NOT NULL CHECK (need IN
    ('want_service', 'want_to_know', 'problem', 'dont_understand', 'opinion', 'other_authority')),
  problem_kind text CHECK (problem_kind IN ('service', 'delivery')),
  topic_id uuid NOT NULL,
  -- The topic's owner when the contact was saved: a contact stays with the unit it was about
  -- even if the catalogue is reorganised later.
  owner_unit_id uuid NOT NULL,
  concerns_existing_case boolean NOT NULL DEFAULT false,
  case_reference text CHECK (length(case_reference) BETWEEN 1 AND 60),
  resolution text NOT NULL CHECK (resolution IN
    ('resolved_self', 'resolved_handling', 'resolved_specialist', 'forwarded', 'unresolved')),
  forwarded_to_unit_id uuid,
  forward_done text CHECK (length(forward_done) BETWEEN 1 AND 4000),
  forward_expected text CHECK (length(forward_expected) BETWEEN 1 AND 4000),
  is_failure_demand boolean NOT NULL,
  failure_reason text CHECK (failure_reason IN
    ('did_not_understand_information', 'eservice_problem', 'chasing_case', 'municipality_error', 'other')),
  -- false: the classification is the default from need, case and topic; true: the guide chose it.
  is_failure_demand_overridden boolean NOT NULL DEFAULT false,
  citizen_gender text CHECK (citizen_gender IN ('woman', 'man', 'other', 'unknown')),
  citizen_age_band text CHECK (citizen_age_band IN
    ('0-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+')),
  citizen_district text CHECK (length(citizen_district) BETWEEN 1 AND 60),
  -- Stored with personal data masked (the masks can make it longer than the 1000 characters typed).
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
  -- The client's Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) and a SHA-256 of the
  -- request it came with, so that a retry returns this contact and a reused key is refused.
  idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 100),
  idempotency_fingerprint text CHECK (idempotency_fingerprint ~ '^[0-9a-f]{64}$'),
  -- 1 when created; each correction and the deletion add one (contact_revisions.revision).
  revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_reason text CHECK (length(deleted_reason) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, logged_by_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, topic_id) REFERENCES topics (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, forwarded_to_unit_id) REFERENCES units (tenant_id, id),
  -- Keys are the client's: scoped to the user who sent them, so one user's key can neither clash
  -- with nor reveal another's contact.
  CONSTRAINT contacts_idempotency_key UNIQUE (tenant_id, logged_by_user_id, idempotency_key),
  CONSTRAINT contacts_idempotency_pair CHECK ((idempotency_key IS NULL) = (idempotency_fingerprint IS NULL)),
  CONSTRAINT contacts_problem_kind CHECK ((need = 'problem') = (problem_kind IS NOT NULL)),
  CONSTRAINT contacts_case_reference CHECK (concerns_existing_case OR case_reference IS NULL),
  -- Forwarded: to whom, what was done, what the receiver is to do; all three, and only then.
  CONSTRAINT contacts_forwarded CHECK (
    CASE WHEN resolution = 'forwarded'
      THEN forwarded_to_unit_id IS NOT NULL AND forward_done IS NOT NULL AND forward_expected IS NOT NULL
      ELSE forwarded_to_unit_id IS NULL AND forward_done IS NULL AND forward_expected IS NULL
    END),
  CONSTRAINT contacts_failure_reason CHECK (is_failure_demand = (failure_reason IS NOT NULL)),
  CONSTRAINT contacts_deleted CHECK ((deleted_at IS NULL) = (deleted_reason IS NULL))
);

-- Lists: newest first with a (started_at, id) cursor. Deleted contacts are never listed.
CREATE INDEX contacts_started_idx ON contacts (tenant_id, started_at DESC, id DESC)
  WHERE deleted_at IS NULL;
-- A guide's own contacts.
CREATE INDEX contacts_logger_idx ON contacts (tenant_id, logged_by_user_id, started_at DESC, id DESC)
  WHERE deleted_at IS NULL;
-- A unit's contacts (department contacts, the unit filter) and a topic's.
CREATE INDEX contacts_owner_unit_idx ON contacts (tenant_id, owner_unit_id, started_at DESC, id DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX contacts_topic_idx ON contacts (tenant_id, topic_id, started_at DESC, id DESC)
  WHERE deleted_at IS NULL;

-- The audit trail of a contact: who changed it, when and why, with the fields before and after.
-- Append-only: the runtime role may insert and read, never change or remove.
CREATE TABLE contact_revisions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  contact_id uuid NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  changed_by_user_id uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL CHECK (action IN ('created', 'corrected', 'deleted')),
  -- Why: required for a correction or a deletion; a new contact needs none.
  reason text CHECK (length(reason) BETWEEN 1 AND 500),
  -- The changed fields as the API names them: before is null for 'created', after holds every field.
  before jsonb,
  after jsonb,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT contact_revisions_number UNIQUE (tenant_id, contact_id, revision),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id),
  FOREIGN KEY (tenant_id, changed_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT contact_revisions_reason CHECK ((action = 'created') = (reason IS NULL)),
  CONSTRAINT contact_revisions_first CHECK ((action = 'created') = (revision = 1))
);

ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE contacts FORCE ROW LEVEL SECURITY;
CREATE POLICY contacts_tenant ON contacts TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
ALTER TABLE contact_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_revisions FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_revisions_tenant ON contact_revisions TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());

-- No DELETE: a contact is only ever soft-deleted (deleted_at), and its trail is never edited.
GRANT SELECT, INSERT, UPDATE ON contacts TO lots_app;
GRANT SELECT, INSERT ON contact_revisions TO lots_app;
