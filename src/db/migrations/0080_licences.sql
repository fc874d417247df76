-- Electronic licences (电子证照): signing keys per issuing authority, licences and their versions, uses (用证记录).

CREATE TABLE licence_signing_keys (
  id            text PRIMARY KEY,
  department_id uuid NOT NULL REFERENCES departments(id),
  issuer_uscc   char(18) NOT NULL,
  issuer_name   text NOT NULL,
  public_key    text NOT NULL CHECK (public_key ~ '^04[0-9a-f]{128}$'),
  -- AES-256-GCM under a key derived from the master key (never the plain private key)
  private_key_sealed text NOT NULL,
  created_at    timestamptz NOT NULL,
  retired_at    timestamptz
);
-- One active key per authority; retired keys stay to verify what they signed.
CREATE UNIQUE INDEX licence_signing_keys_active ON licence_signing_keys (department_id) WHERE retired_at IS NULL;

CREATE TABLE licence_serials (
  type_code   text NOT NULL,
  issuer_uscc char(18) NOT NULL,
  year        integer NOT NULL,
  last_value  integer NOT NULL,
  PRIMARY KEY (type_code, issuer_uscc, year)
);

CREATE TABLE licences (
  id              uuid PRIMARY KEY,
  type            text NOT NULL,
  type_code       text NOT NULL,
  serial          text NOT NULL,
  department_id   uuid NOT NULL REFERENCES departments(id),
  issuer_uscc     char(18) NOT NULL,
  issuer_name     text NOT NULL,
  holder_kind     text NOT NULL CHECK (holder_kind IN ('business', 'citizen')),
  holder_id       char(18) NOT NULL,
  holder_name     text NOT NULL,
  holder_user_id  uuid,
  version         integer NOT NULL,
  status          text NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked')),
  status_reason   text,
  status_at       timestamptz NOT NULL,
  valid_from      date NOT NULL,
  valid_until     date,
  application_id  text,
  case_id         text,
  issued_at       timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  UNIQUE (type_code, issuer_uscc, serial)
);
CREATE INDEX licences_holder ON licences (holder_id, type);
CREATE INDEX licences_department ON licences (department_id, issued_at DESC);

CREATE TABLE licence_versions (
  licence_id  uuid NOT NULL REFERENCES licences(id),
  version     integer NOT NULL,
  identifier  text NOT NULL UNIQUE,
  data        jsonb NOT NULL,
  holder_name text NOT NULL,
  valid_from  date NOT NULL,
  valid_until date,
  change      text NOT NULL CHECK (change IN ('issue', 'change', 'renew')),
  reason      text,
  key_id      text NOT NULL REFERENCES licence_signing_keys(id),
  digest      text NOT NULL,
  payload     text NOT NULL,
  issued_at   timestamptz NOT NULL,
  issued_by   uuid,
  PRIMARY KEY (licence_id, version)
);

CREATE TABLE licence_uses (
  id             uuid PRIMARY KEY,
  licence_id     uuid NOT NULL REFERENCES licences(id),
  version        integer NOT NULL,
  used_by        uuid,
  used_by_name   text,
  application_id text,
  material_name  text NOT NULL,
  purpose        text NOT NULL,
  at             timestamptz NOT NULL
);
CREATE INDEX licence_uses_licence ON licence_uses (licence_id, at DESC);
