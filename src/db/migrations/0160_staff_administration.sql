-- Staff administration: accounts can be disabled (with why), windows (窗口) of the hall belong to a department,
-- and the platform remembers whether it was started with the demo data.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN disabled_reason text;

CREATE TABLE service_windows (
  id            uuid PRIMARY KEY,
  code          text NOT NULL UNIQUE,
  name          text NOT NULL,
  department_id uuid NOT NULL REFERENCES departments(id),
  region_code   char(6) NOT NULL REFERENCES regions(code),
  location      text,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_windows_department ON service_windows (department_id);

ALTER TABLE users ADD COLUMN window_id uuid REFERENCES service_windows(id);

-- who can still decide a department's cases: the dashboard and catalog publication ask this often
CREATE INDEX users_active_by_department ON users (department_id) WHERE disabled_at IS NULL;

CREATE TABLE identity_settings (
  key   text PRIMARY KEY,
  value jsonb NOT NULL
);
