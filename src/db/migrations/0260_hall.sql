-- The hall (政务服务大厅): window groups by zone, bookable time slots, appointments, queue numbers and calls.
-- A zone (商事登记, 社会事务 …) serves the items of some departments; the hall's windows belong to one zone each.
CREATE TABLE hall_zones (
  id               uuid PRIMARY KEY,
  region_code      varchar(12) NOT NULL,
  code             text NOT NULL,
  name             text NOT NULL,
  -- the letter in front of its queue numbers (A012)
  letter           char(1) NOT NULL,
  department_codes text[] NOT NULL DEFAULT '{}',
  -- opening hours on working days: [{ "from": "09:00", "to": "12:00" }, …] (Beijing time)
  sessions         jsonb NOT NULL,
  slot_minutes     int NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  slot_capacity    int NOT NULL CHECK (slot_capacity BETWEEN 1 AND 500),
  sort             int NOT NULL DEFAULT 0,
  UNIQUE (region_code, code),
  UNIQUE (region_code, letter)
);

CREATE TABLE hall_zone_windows (
  window_id uuid PRIMARY KEY REFERENCES service_windows(id),
  zone_id   uuid NOT NULL REFERENCES hall_zones(id)
);
CREATE INDEX hall_zone_windows_zone ON hall_zone_windows (zone_id);

-- the places taken in a slot: one row per slot, counted up and down in one statement so that two people racing for
-- the last place cannot both win
CREATE TABLE hall_slots (
  zone_id  uuid NOT NULL REFERENCES hall_zones(id),
  day      date NOT NULL,
  starts   text NOT NULL,
  capacity int NOT NULL,
  taken    int NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
  PRIMARY KEY (zone_id, day, starts)
);

-- the rules of a region's hall: per-person limits and the no-show block
CREATE TABLE hall_rules (
  region_code        varchar(12) PRIMARY KEY,
  max_active         int NOT NULL DEFAULT 3,
  no_show_limit      int NOT NULL DEFAULT 3,
  no_show_window_days int NOT NULL DEFAULT 30,
  block_days         int NOT NULL DEFAULT 30
);

CREATE TABLE hall_appointments (
  id            uuid PRIMARY KEY,
  code          text NOT NULL UNIQUE,
  user_id       uuid NOT NULL REFERENCES users(id),
  zone_id       uuid NOT NULL REFERENCES hall_zones(id),
  region_code   varchar(12) NOT NULL,
  day           date NOT NULL,
  starts        text NOT NULL,
  ends          text NOT NULL,
  subject_kind  text NOT NULL CHECK (subject_kind IN ('item', 'bundle', 'application')),
  subject_ref   text NOT NULL,
  subject_title text NOT NULL,
  status        text NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show')),
  booked_at     timestamptz NOT NULL,
  changed_at    timestamptz NOT NULL,
  version       int NOT NULL DEFAULT 1
);
CREATE INDEX hall_appointments_user ON hall_appointments (user_id, day DESC);

CREATE TABLE hall_counters (
  zone_id uuid NOT NULL REFERENCES hall_zones(id),
  day     date NOT NULL,
  last    int NOT NULL,
  PRIMARY KEY (zone_id, day)
);

-- a queue number (取号) and the visit it becomes
CREATE TABLE hall_tickets (
  id               uuid PRIMARY KEY,
  zone_id          uuid NOT NULL REFERENCES hall_zones(id),
  region_code      varchar(12) NOT NULL,
  day              date NOT NULL,
  seq              int NOT NULL,
  number           text NOT NULL,
  appointment_id   uuid REFERENCES hall_appointments(id),
  user_id          uuid REFERENCES users(id),
  name             text,
  id_number        text,
  -- 3 绿色通道, 2 appointment on time, 1 elderly, 0 walk-in
  priority         int NOT NULL,
  priority_reason  text NOT NULL,
  status           text NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no-show')),
  -- a transfer may send it to one window
  target_window_id uuid REFERENCES service_windows(id),
  window_id        uuid REFERENCES service_windows(id),
  clerk_id         uuid REFERENCES users(id),
  issued_at        timestamptz NOT NULL,
  called_at        timestamptz,
  first_called_at  timestamptz,
  calls            int NOT NULL DEFAULT 0,
  finished_at      timestamptz,
  application_id   uuid,
  transfers        int NOT NULL DEFAULT 0,
  version          int NOT NULL DEFAULT 1,
  UNIQUE (zone_id, day, seq)
);
CREATE INDEX hall_tickets_waiting ON hall_tickets (zone_id, day, priority DESC, issued_at) WHERE status = 'waiting';
CREATE INDEX hall_tickets_window ON hall_tickets (window_id, day) WHERE status = 'called';
CREATE INDEX hall_tickets_user ON hall_tickets (user_id, day) WHERE user_id IS NOT NULL;
CREATE INDEX hall_tickets_region_day ON hall_tickets (region_code, day);
