-- Sessions are checked from a short in-process cache (identity/session-cache.ts). Whatever ends a session or changes
-- what it may do is announced on the channel `identity_sessions` with the account's id, whoever makes the change (the
-- platform, another server process, an operator's plain SQL): every server process listening drops that account's
-- cached sessions when the change commits. A dropped notification is bounded by the cache's lifetime.
CREATE FUNCTION identity_session_news() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('identity_sessions', OLD.id::text);
  ELSE
    PERFORM pg_notify('identity_sessions', OLD.user_id::text);
  END IF;
  RETURN NULL;
END $$;

-- what an actor is made of (identity/store.ts toActor), whether the account may act, and its password
CREATE TRIGGER users_session_news AFTER UPDATE ON users FOR EACH ROW
  WHEN ((OLD.username, OLD.name, OLD.roles, OLD.kind, OLD.department_id, OLD.region_code, OLD.id_number, OLD.uscc,
         OLD.org_name, OLD.real_name_level, OLD.disabled_at, OLD.password_hash)
        IS DISTINCT FROM
        (NEW.username, NEW.name, NEW.roles, NEW.kind, NEW.department_id, NEW.region_code, NEW.id_number, NEW.uscc,
         NEW.org_name, NEW.real_name_level, NEW.disabled_at, NEW.password_hash))
  EXECUTE FUNCTION identity_session_news();
CREATE TRIGGER users_deleted_session_news AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION identity_session_news();
CREATE TRIGGER sessions_session_news AFTER UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION identity_session_news();
