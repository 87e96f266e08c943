-- shoebox_readonly: a role for dashboards and database tools (Grafana, psql, Metabase) that
-- can read the library's data and write nothing. Created NOLOGIN: it can log in only once an
-- administrator sets READONLY_DB_PASSWORD (applied after migrations at every start).
--
-- Roles belong to the cluster, not the database: many databases of one cluster (tests, a
-- restore beside the live one) run this, so creation is idempotent; and a managed PostgreSQL
-- whose app user may not create roles still migrates (the role is then simply absent).
-- Role and grants live in one function, run again after every migration run
-- (lib/server/migrations.ts): tables added later, a database restored with --no-privileges,
-- and a restore onto another server (where the role does not exist yet) end up the same.
-- Secrets are not readable: the token, session and API-key tables, and users.password_hash
-- (every other column of users is). A new table holding secrets must be added to the list.
CREATE OR REPLACE FUNCTION shoebox_grant_readonly() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  secret_table text;
  user_columns text;
BEGIN
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shoebox_readonly') THEN
      CREATE ROLE shoebox_readonly NOLOGIN;
    END IF;
  EXCEPTION
    WHEN insufficient_privilege THEN
      RAISE NOTICE 'shoebox_readonly was not created (this user may not create roles): %', SQLERRM;
      RETURN;
    WHEN duplicate_object OR unique_violation THEN
      NULL; -- another database of the cluster created it at the same moment
  END;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO shoebox_readonly', current_database());
  GRANT USAGE ON SCHEMA public TO shoebox_readonly;
  GRANT SELECT ON ALL TABLES IN SCHEMA public TO shoebox_readonly;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO shoebox_readonly;
  FOREACH secret_table IN ARRAY ARRAY['sessions', 'refresh_tokens', 'access_tokens', 'api_keys',
      'invites', 'password_reset_tokens'] LOOP
    IF to_regclass(format('public.%I', secret_table)) IS NOT NULL THEN
      EXECUTE format('REVOKE ALL ON public.%I FROM shoebox_readonly', secret_table);
    END IF;
  END LOOP;
  IF to_regclass('public.users') IS NOT NULL THEN
    REVOKE ALL ON public.users FROM shoebox_readonly;
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO user_columns
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'users' AND column_name <> 'password_hash';
    EXECUTE format('GRANT SELECT (%s) ON public.users TO shoebox_readonly', user_columns);
  END IF;
END $$;

SELECT shoebox_grant_readonly();
