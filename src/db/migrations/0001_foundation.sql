-- Foundation: roles, reference data tables, tenants, units, users, sessions, audit.
-- Runs as the database owner (the connecting role). The application's runtime work runs as
-- lots_app, which owns nothing, is not a superuser and has no BYPASSRLS, so the row-level
-- security policies below always apply to it. Keep to PostgreSQL 15 syntax.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lots_app') THEN
    CREATE ROLE lots_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lots_platform') THEN
    CREATE ROLE lots_platform NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

-- The connecting role must be able to SET ROLE to the runtime roles (a superuser always can).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT lots_app TO %I', current_user);
    EXECUTE format('GRANT lots_platform TO %I', current_user);
  END IF;
END
$$;

-- The tenant of the current transaction; NULL when unset. A setting that was once set reads
-- as '' afterwards in the same session, hence the nullif.
CREATE FUNCTION lots_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.tenant', true), '')::uuid $$;

-- Reference: the 290 Swedish municipalities (Statistics Sweden codes). Filled by 0002.
CREATE TABLE municipalities (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
  name text NOT NULL,
  county_code text NOT NULL CHECK (county_code ~ '^[0-9]{2}$'),
  county_name text NOT NULL
);

CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code text NOT NULL UNIQUE REFERENCES municipalities (code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE units (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('department', 'unit')),
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES units (tenant_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id),
  -- a department (förvaltning) is a root; every other unit hangs under a parent
  CHECK ((kind = 'department') = (parent_id IS NULL))
);
CREATE UNIQUE INDEX units_sibling_name_key ON units (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE INDEX units_parent_idx ON units (tenant_id, parent_id);

CREATE TABLE users (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  -- NULL for accounts that only sign in through single sign-on (OpenID Connect, to come)
  password_hash text,
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  is_platform_admin boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, email)
);

CREATE TABLE user_roles (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('guide', 'quality_developer', 'manager', 'department_contact', 'administrator')),
  unit_id uuid,
  PRIMARY KEY (tenant_id, user_id, role),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  -- a department contact speaks for one unit; the other roles are not tied to one
  CHECK ((role = 'department_contact') = (unit_id IS NOT NULL))
);

-- Directory of sign-in names across tenants, so that a login form needs only the e-mail address.
-- Reference-table shaped (not distributed by tenant); the runtime role reaches other tenants'
-- rows only through lots_login_tenant(), which returns nothing but a tenant id.
-- issuer is 'local' for password accounts; OpenID Connect identities will use the issuer URL.
CREATE TABLE login_identities (
  issuer text NOT NULL DEFAULT 'local',
  subject text NOT NULL,
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (issuer, subject),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX login_identities_user_idx ON login_identities (tenant_id, user_id);

CREATE TABLE sessions (
  tenant_id uuid NOT NULL,
  -- SHA-256 of the cookie's secret, hex; the secret itself is never stored
  id text NOT NULL CHECK (id ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_idx ON sessions (tenant_id, user_id);

CREATE TABLE audit_events (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id uuid,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_entity_idx ON audit_events (tenant_id, entity_type, entity_id, occurred_at);

-- Row-level security. FORCE makes the owner subject to the policies too; lots_app is not the
-- owner in any case. Policies compare with lots_current_tenant(), which is NULL when no tenant
-- is set, so a query that forgets the tenant sees no rows at all.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenants_own ON tenants TO lots_app USING (id = lots_current_tenant());
-- Creating and listing municipalities is the platform's job, done as lots_platform.
CREATE POLICY tenants_platform ON tenants TO lots_platform USING (true) WITH CHECK (true);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'users', 'user_roles', 'login_identities', 'sessions', 'audit_events'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO lots_app USING (tenant_id = lots_current_tenant()) WITH CHECK (tenant_id = lots_current_tenant())', t || '_tenant', t);
  END LOOP;
END
$$;

-- Which tenant a sign-in name belongs to. SECURITY DEFINER so it can read the directory across
-- tenants; it returns only the tenant id and takes the exact (issuer, subject) pair.
CREATE FUNCTION lots_login_tenant(p_issuer text, p_subject text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$ SELECT tenant_id FROM login_identities WHERE issuer = p_issuer AND subject = p_subject $$;

REVOKE ALL ON FUNCTION lots_login_tenant(text, text) FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO lots_app, lots_platform;
GRANT EXECUTE ON FUNCTION lots_login_tenant(text, text) TO lots_app;
GRANT EXECUTE ON FUNCTION lots_current_tenant() TO lots_app, lots_platform;
GRANT SELECT ON municipalities TO lots_app, lots_platform;
GRANT SELECT ON tenants TO lots_app;
GRANT SELECT, INSERT ON tenants TO lots_platform;
GRANT SELECT, INSERT, UPDATE ON units TO lots_app;
GRANT SELECT, INSERT, UPDATE ON users TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON user_roles TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON login_identities TO lots_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO lots_app;
GRANT SELECT, INSERT ON audit_events TO lots_app;
