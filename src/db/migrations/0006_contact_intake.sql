-- Contacts from other systems (issue #3, "Nothing lost"): a batch of JSON or a CSV file read by a
-- saved column mapping. A contact that came in this way carries the sending system's name and
-- its own id for the contact, so that sending the same batch again saves nothing twice. Keep to
-- PostgreSQL 15 syntax; this file depends on 0004 only.

ALTER TABLE contacts
  -- The sending system as the caller names it ("Telefoni", "Kontaktcenter-e-tjänst").
  ADD COLUMN external_source text CHECK (length(external_source) BETWEEN 1 AND 60),
  -- That system's own id for the contact.
  ADD COLUMN external_id text CHECK (length(external_id) BETWEEN 1 AND 200),
  -- SHA-256 of the contact as it was sent (after masking), so a resend with other content is
  -- told apart from a plain repeat.
  ADD COLUMN external_fingerprint text CHECK (external_fingerprint ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT contacts_external_pair CHECK (
    (external_source IS NULL) = (external_id IS NULL)
    AND (external_source IS NULL) = (external_fingerprint IS NULL)),
  ADD CONSTRAINT contacts_external_key UNIQUE (tenant_id, external_source, external_id);

-- How to read one source's CSV files: which column holds which contact field, the source's own
-- codes for ours, the date format and time zone. The mapping's shape is checked by the server
-- (zod) and by core/contacts/intake-mapping.ts before it is stored.
CREATE TABLE contact_mappings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- The external_source the contacts read with this mapping get.
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
-- A mapping is chosen by name (POST /api/contacts/bulk.csv?mapping=...): unique, ignoring case.
CREATE UNIQUE INDEX contact_mappings_name_key ON contact_mappings (tenant_id, lower(name));

ALTER TABLE contact_mappings ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_mappings FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_mappings_tenant ON contact_mappings TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
-- A mapping is configuration, not history: it may be removed (the audit trail keeps that it was).
GRANT SELECT, INSERT, UPDATE, DELETE ON contact_mappings TO lots_app;
