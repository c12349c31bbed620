-- Running as a non-superuser owner (issue #11, finding 10). The documented setup
-- (scripts/database-setup.sql) connects Lots as an owner role that is not a superuser and has no
-- BYPASSRLS, so that the runtime roles it switches to can never switch to a superuser. Row-level
-- security is FORCEd on every tenant table, so the owner, too, reads only what a policy lets it.
-- lots_login_tenant() is SECURITY DEFINER and runs as the owner: it may read the sign-in
-- directory, through this policy for the role that owns the schema (the one migrating).
-- (For a superuser owner the policy changes nothing: superusers bypass row-level security.)
DO $$
BEGIN
  EXECUTE format(
    'CREATE POLICY login_identities_directory ON login_identities FOR SELECT TO %I USING (true)',
    current_user
  );
END
$$;
