-- Working-day calendar: administrator imports of a year's arrangement and regional days off.
-- Official years come from the chinese-days package; every change here gets the next revision,
-- and a deadline records the revision it used so it can be recomputed with the same data.
CREATE TABLE calendar_changes (
  revision    integer PRIMARY KEY,
  id          uuid NOT NULL UNIQUE,
  kind        text NOT NULL CHECK (kind IN ('import-year', 'add-regional-day-off', 'remove-regional-day-off')),
  year        integer,
  region_code char(6),
  summary     text NOT NULL,
  actor_id    uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL
);

-- One imported arrangement of one year; a later import of the same year supersedes it from its revision on.
CREATE TABLE calendar_year_imports (
  revision     integer PRIMARY KEY REFERENCES calendar_changes(revision),
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  holidays     jsonb NOT NULL,
  workdays     jsonb NOT NULL,
  source_name  text NOT NULL,
  content_hash text NOT NULL
);
CREATE INDEX calendar_year_imports_year ON calendar_year_imports (year, revision);

-- Extra days off of a region (and every region below it).
CREATE TABLE calendar_region_days (
  id              uuid PRIMARY KEY,
  region_code     char(6) NOT NULL,
  day             date NOT NULL,
  name            text NOT NULL,
  added_revision  integer NOT NULL REFERENCES calendar_changes(revision),
  removed_revision integer REFERENCES calendar_changes(revision)
);
CREATE INDEX calendar_region_days_region ON calendar_region_days (region_code, day);
CREATE UNIQUE INDEX calendar_region_days_current ON calendar_region_days (region_code, day) WHERE removed_revision IS NULL;
