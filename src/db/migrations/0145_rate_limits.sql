-- Per-client request counters of the rate limits, shared by every server process on one database.
-- Unlogged: counters lost in a crash only reset a window early, and they cost no WAL.

CREATE UNLOGGED TABLE rate_limits (
  key       text PRIMARY KEY,
  hits      integer NOT NULL,
  reset_at  timestamptz NOT NULL
);

CREATE INDEX rate_limits_reset_at ON rate_limits (reset_at);
