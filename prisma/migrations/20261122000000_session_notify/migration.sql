-- Web processes keep recently checked sessions in memory (lib/auth/session-cache.ts). These
-- triggers tell every process, through NOTIFY on commit, when a session or its user changes,
-- whatever code path made the change (logout, revoke, reset, disable, role, delete, cleanup).
CREATE FUNCTION "shoebox_notify_session_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shoebox_auth_changed', 'session:' || OLD."id");
  RETURN NULL;
END $$;

CREATE FUNCTION "shoebox_notify_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shoebox_auth_changed', 'user:' || OLD."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "sessions_notify_changed"
  AFTER UPDATE OF "revoked_at", "expires_at", "user_id" OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "shoebox_notify_session_changed"();

CREATE TRIGGER "users_notify_changed"
  AFTER UPDATE OF "disabled_at", "role", "email", "name" OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "shoebox_notify_user_changed"();
