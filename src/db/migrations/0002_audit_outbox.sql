-- The append-only audit log: one SM3 hash chain per subject (an application and its cases, a licence, ...).
-- (chain, seq) is unique, so two writers appending to one chain at once cannot both succeed.
CREATE TABLE audit_entries (
  id          bigserial PRIMARY KEY,
  chain       text NOT NULL,
  seq         integer NOT NULL,
  at          timestamptz NOT NULL,
  -- The canonical JSON of the entry (chain, seq, at, actor, action, data): exactly the bytes that are hashed,
  -- and the only source the timeline reads, so what is shown is what is verified.
  body        text NOT NULL,
  prev_hash   char(64) NOT NULL,
  hash        char(64) NOT NULL,
  seal_id     bigint,
  UNIQUE (chain, seq)
);
CREATE INDEX audit_entries_unsealed ON audit_entries (id) WHERE seal_id IS NULL;
CREATE INDEX audit_entries_seal ON audit_entries (seal_id, id);

-- Signed tree heads: a Merkle root over the entries sealed together, chained to the previous seal.
CREATE TABLE audit_seals (
  id          bigserial PRIMARY KEY,
  sealed_at   timestamptz NOT NULL,
  entry_count integer NOT NULL,
  root        char(64) NOT NULL,
  prev_root   char(64) NOT NULL,
  signature   text NOT NULL,
  key_id      text NOT NULL
);

-- Transactional outbox: work caused by a state change commits with it, and is claimed by exactly one worker.
CREATE TABLE outbox (
  id            bigserial PRIMARY KEY,
  topic         text NOT NULL,
  payload       jsonb NOT NULL,
  dedupe_key    text UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  available_at  timestamptz NOT NULL DEFAULT now(),
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  done_at       timestamptz
);
CREATE INDEX outbox_pending ON outbox (available_at, id) WHERE done_at IS NULL;

-- In-app messages (站内消息) delivered from the outbox.
CREATE TABLE messages (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title       text NOT NULL,
  body        text NOT NULL,
  link        text,
  source_key  text UNIQUE,
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
CREATE INDEX messages_user ON messages (user_id, created_at DESC);
