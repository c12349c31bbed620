-- Integrations and API tokens (issues #3 and #4): another system (an e-service platform, the
-- telephony) calls the API without a browser session, with a bearer token of its own.
--
-- An integration is a user row of kind 'integration': it is the actor of what it sends (the
-- logged_by_user_id of an imported contact stays a valid users key), holds only the
-- 'integration' role, and can never sign in: it has no password, no platform rights and no
-- sign-in name (the services never write a login_identities row for it). Its e-mail column,
-- required of every user, holds a fixed address under the reserved .invalid domain (RFC 2606)
-- derived from its id, so it can never collide with or reach a person. Keep to PostgreSQL 15 syntax.

ALTER TABLE users
  ADD COLUMN kind text NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'integration')),
  ADD CONSTRAINT users_integration_cannot_sign_in CHECK (
    kind = 'person'
    OR (password_hash IS NULL AND NOT is_platform_admin AND email = 'integration-' || id::text || '@lots.invalid')),
  -- Target of api_tokens' foreign key, which thereby only ever points at an integration.
  ADD CONSTRAINT users_tenant_id_id_kind_key UNIQUE (tenant_id, id, kind);

-- An integration is found by its name (the command line's --name): unique per tenant, ignoring case.
CREATE UNIQUE INDEX users_integration_name_key ON users (tenant_id, lower(display_name)) WHERE kind = 'integration';

ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
  CHECK (role IN ('guide', 'quality_developer', 'manager', 'department_contact', 'administrator', 'integration'));

-- A token is "lots_<tenant id>.<secret>" with a 256-bit random secret, shown once when created.
-- Only the SHA-256 of the secret is stored, looked up inside the tenant the token names (as the
-- session cookie is), so a forged tenant id finds nothing. Revoked tokens are kept for the record.
CREATE TABLE api_tokens (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  integration_id uuid NOT NULL,
  -- Always 'integration': with the foreign key below a token can only belong to an integration,
  -- never to a person, so a leaked token can do no more than an integration may.
  account_kind text NOT NULL DEFAULT 'integration' CHECK (account_kind = 'integration'),
  -- SHA-256 of the secret, hex; the secret itself is never stored
  secret_hash text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- NULL when made by the command-line tool
  created_by_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  -- Updated at most once a minute, not on every request
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by_user_id uuid,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT api_tokens_secret_key UNIQUE (tenant_id, secret_hash),
  FOREIGN KEY (tenant_id, integration_id, account_kind) REFERENCES users (tenant_id, id, kind),
  FOREIGN KEY (tenant_id, created_by_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, revoked_by_user_id) REFERENCES users (tenant_id, id),
  CONSTRAINT api_tokens_expiry CHECK (expires_at > created_at),
  CONSTRAINT api_tokens_revoked_by CHECK (revoked_by_user_id IS NULL OR revoked_at IS NOT NULL)
);
CREATE INDEX api_tokens_integration_idx ON api_tokens (tenant_id, integration_id, created_at);

ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY api_tokens_tenant ON api_tokens TO lots_app
  USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant());
-- No DELETE: a token is revoked, never removed, so the audit trail can always name it.
GRANT SELECT, INSERT, UPDATE ON api_tokens TO lots_app;
