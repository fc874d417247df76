-- Regions (行政区划), departments (部门), users, roles and sessions.
CREATE TABLE regions (
  code        char(6) PRIMARY KEY CHECK (code ~ '^[1-9][0-9]{5}$'),
  name        text NOT NULL,
  parent_code char(6) REFERENCES regions(code),
  level       text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township'))
);

CREATE TABLE departments (
  id          uuid PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  short_name  text NOT NULL,
  uscc        char(18),
  region_code char(6) NOT NULL REFERENCES regions(code),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id              uuid PRIMARY KEY,
  username        text NOT NULL UNIQUE,
  password_hash   text NOT NULL,
  name            text NOT NULL,
  roles           text[] NOT NULL CHECK (cardinality(roles) > 0),
  department_id   uuid REFERENCES departments(id),
  region_code     char(6) REFERENCES regions(code),
  -- applicants: a citizen's ID number, or a business's USCC and legal representative
  kind            text NOT NULL DEFAULT 'staff' CHECK (kind IN ('staff', 'citizen', 'business')),
  id_number       char(18),
  uscc            char(18),
  org_name        text,
  phone           text,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_department ON users (department_id);
CREATE INDEX users_uscc ON users (uscc) WHERE uscc IS NOT NULL;

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
