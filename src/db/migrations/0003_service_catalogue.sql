-- The service catalogue: per municipality, a tree of topics (ämnen) that contacts are about,
-- each owned by a unit (usually a förvaltning). Retired topics keep their history but can't be
-- chosen for new contacts.

CREATE TABLE topics (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  owner_unit_id uuid NOT NULL,
  -- When set, contacts on this topic default to failure demand with this reason (overridable).
  default_failure_reason text CHECK (default_failure_reason IN
    ('did_not_understand_information', 'eservice_problem', 'chasing_case', 'municipality_error', 'other')),
  retired_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES topics (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES units (tenant_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX topics_sibling_name_key ON topics (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE INDEX topics_parent_idx ON topics (tenant_id, parent_id);

ALTER TABLE topics ENABLE ROW LEVEL SECURITY;
ALTER TABLE topics FORCE ROW LEVEL SECURITY;
CREATE POLICY topics_tenant ON topics TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
GRANT SELECT, INSERT, UPDATE ON topics TO lots_app;
