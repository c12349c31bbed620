-- Lots on a PostgreSQL server: the roles and the database, created once by a superuser (a DBA).
--
--   psql -h db.example -U postgres -v owner=lots -v password='…' -v database=lots \
--        -f scripts/database-setup.sql
--
-- Then run Lots with DATABASE_URL=postgres://lots:…@db.example:5432/lots: it migrates the
-- database as that owner at start. The owner is not a superuser and has no BYPASSRLS; it may
-- switch to the two runtime roles Lots works as and to nothing else:
--   lots_app       every request's work, inside one municipality (row-level security);
--   lots_platform  listing and adding municipalities.
-- Neither can log in, be a superuser, bypass row-level security, create roles or databases.
-- The owner does not inherit the runtime roles' rights (NOINHERIT): a statement that switched back
-- from lots_app to the owner would read no municipality's rows under the forced row-level
-- security. (Membership WITH ADMIN OPTION lets the first migration confirm the grants; it gives
-- the owner no other power.) See docs/ARCHITECTURE.md, "Tenant isolation".
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE lots_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lots_app') \gexec
SELECT format('CREATE ROLE lots_platform NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lots_platform') \gexec

CREATE ROLE :"owner" LOGIN NOINHERIT PASSWORD :'password' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
GRANT lots_app, lots_platform TO :"owner" WITH ADMIN OPTION;
CREATE DATABASE :"database" OWNER :"owner";
-- The owner holds the schema itself (NOINHERIT keeps it from the rights pg_database_owner has).
\connect :"database"
ALTER SCHEMA public OWNER TO :"owner";
