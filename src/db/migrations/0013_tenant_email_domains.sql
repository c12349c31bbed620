-- Each municipality's e-mail domains (issue #11, finding 7). A person's account in a
-- municipality must have an address at one of its domains, and a domain belongs to one
-- municipality only. So an administrator can create accounts only in their own municipality's
-- domains: they can neither squat another municipality's addresses nor learn, from an
-- "address taken" answer, which accounts another municipality has.
-- Directory-shaped like login_identities (keyed by the domain across tenants): the runtime role
-- reads its own municipality's rows; the platform role lists and sets them.
CREATE TABLE tenant_email_domains (
  domain text PRIMARY KEY
    CHECK (domain ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$'),
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenant_email_domains_tenant_idx ON tenant_email_domains (tenant_id);

ALTER TABLE tenant_email_domains ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_email_domains FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_email_domains_tenant ON tenant_email_domains TO lots_app
  USING (tenant_id = lots_current_tenant());
CREATE POLICY tenant_email_domains_platform ON tenant_email_domains TO lots_platform
  USING (true) WITH CHECK (true);
GRANT SELECT ON tenant_email_domains TO lots_app;
GRANT SELECT, INSERT, DELETE ON tenant_email_domains TO lots_platform;

-- Existing municipalities keep the domains of their people's addresses, where no other
-- municipality uses the same domain (a shared one is left for the platform administrator).
-- Runs as the owner; FORCE applies to it, so the policies are lifted for this statement only.
ALTER TABLE users NO FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_email_domains NO FORCE ROW LEVEL SECURITY;
INSERT INTO tenant_email_domains (domain, tenant_id)
SELECT domain, min(tenant_id::text)::uuid
  FROM (SELECT lower(split_part(email, '@', 2)) AS domain, tenant_id FROM users WHERE kind = 'person') d
 WHERE domain ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$'
 GROUP BY domain
HAVING count(DISTINCT tenant_id) = 1;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_email_domains FORCE ROW LEVEL SECURITY;
