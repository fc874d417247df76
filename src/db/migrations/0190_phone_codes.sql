-- One-time codes sent to mobile numbers (sign-up, sign-in by code, password reset). Only a keyed hash of a code is
-- kept; `attempts` counts guesses atomically, so a code dies after a few wrong ones.
CREATE TABLE phone_codes (
  id          uuid PRIMARY KEY,
  phone       char(11) NOT NULL CHECK (phone ~ '^1[3-9][0-9]{9}$'),
  purpose     text NOT NULL CHECK (purpose IN ('signup', 'login', 'reset')),
  code_hash   text NOT NULL,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  attempts    integer NOT NULL DEFAULT 0,
  used_at     timestamptz
);
CREATE INDEX phone_codes_live ON phone_codes (phone, purpose, created_at DESC) WHERE used_at IS NULL;

-- The development channel's outbox: what a real SMS provider would have sent, for the administrator's eyes only.
CREATE TABLE development_messages (
  id          uuid PRIMARY KEY,
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  phone       char(11) NOT NULL,
  purpose     text NOT NULL,
  text        text NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX development_messages_recent ON development_messages (seq DESC);

-- A citizen's or business's mobile number identifies their account (sign-in by code).
CREATE UNIQUE INDEX users_applicant_phone ON users (phone) WHERE kind <> 'staff' AND phone IS NOT NULL;
