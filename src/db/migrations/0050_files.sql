-- Uploaded files, stored on disk by SHA-256 (content addressed: the same bytes are kept once).
CREATE TABLE files (
  sha256      char(64) PRIMARY KEY,
  size        bigint NOT NULL CHECK (size > 0),
  media_type  text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'application/ofd')),
  created_at  timestamptz NOT NULL
);

-- One row per upload by a person: who may attach or read the content, and under which name it came.
CREATE TABLE uploads (
  id            uuid PRIMARY KEY,
  sha256        char(64) NOT NULL REFERENCES files(sha256),
  original_name text NOT NULL,
  uploaded_by   uuid NOT NULL REFERENCES users(id),
  uploaded_at   timestamptz NOT NULL
);
CREATE INDEX uploads_owner ON uploads (uploaded_by, uploaded_at DESC);
