-- 12345 热线 tickets and the knowledge base of answers.

-- Classification of a ticket: the department it usually goes to and its deadline in working days (configurable).
CREATE TABLE ticket_categories (
  code           text PRIMARY KEY,
  name           text NOT NULL,
  department_id  uuid NOT NULL REFERENCES departments(id),
  working_days   integer NOT NULL CHECK (working_days BETWEEN 1 AND 60),
  sort           integer NOT NULL DEFAULT 0,
  updated_at     timestamptz NOT NULL
);

CREATE SEQUENCE ticket_number_seq;

CREATE TABLE tickets (
  id                 uuid PRIMARY KEY,
  number             text NOT NULL UNIQUE,
  kind               text NOT NULL CHECK (kind IN ('consultation', 'complaint', 'suggestion', 'help')),
  category_code      text REFERENCES ticket_categories(code),
  title              text NOT NULL,
  content            text NOT NULL,
  source             text NOT NULL CHECK (source IN ('phone', 'online', 'window')),
  region_code        char(6) NOT NULL,
  entered_by         uuid REFERENCES users(id),
  requester_user_id  uuid REFERENCES users(id),
  requester_name     text NOT NULL,
  requester_phone    text,
  status             text NOT NULL CHECK (status IN ('registered', 'dispatched', 'returned', 'answered', 'merged', 'closed')),
  department_id      uuid REFERENCES departments(id),
  dispatched_at      timestamptz,
  due_date           date,
  answer             text,
  answered_at        timestamptz,
  answered_by        uuid REFERENCES users(id),
  on_time            boolean,
  duplicate_of       uuid REFERENCES tickets(id),
  rating_level       smallint CHECK (rating_level BETWEEN 1 AND 5),
  rating_comment     text,
  rated_at           timestamptz,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  version            integer NOT NULL DEFAULT 1
);
CREATE INDEX tickets_department ON tickets (department_id, status, created_at DESC);
CREATE INDEX tickets_requester ON tickets (requester_user_id, created_at DESC);
CREATE INDEX tickets_status ON tickets (status, created_at DESC);
CREATE INDEX tickets_duplicate ON tickets (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- What happened to a ticket, with the reasons people gave (the timeline the requester and operators read).
CREATE TABLE ticket_events (
  id                  bigserial PRIMARY KEY,
  ticket_id           uuid NOT NULL REFERENCES tickets(id),
  at                  timestamptz NOT NULL,
  actor_id            uuid REFERENCES users(id),
  action              text NOT NULL,
  from_department_id  uuid REFERENCES departments(id),
  to_department_id    uuid REFERENCES departments(id),
  reason              text
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);

-- Chinese search without extensions: every two-character term (bigram) of a text, and every latin word.
CREATE TABLE ticket_terms (
  term       text NOT NULL,
  ticket_id  uuid NOT NULL REFERENCES tickets(id),
  PRIMARY KEY (term, ticket_id)
);

CREATE TABLE knowledge_entries (
  id             uuid PRIMARY KEY,
  category_code  text REFERENCES ticket_categories(code),
  department_id  uuid REFERENCES departments(id),
  title          text NOT NULL,
  question       text NOT NULL,
  answer         text NOT NULL,
  status         text NOT NULL CHECK (status IN ('published', 'retired')),
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);

CREATE TABLE knowledge_terms (
  term      text NOT NULL,
  entry_id  uuid NOT NULL REFERENCES knowledge_entries(id) ON DELETE CASCADE,
  -- a term found in the title counts more than one found only in the question or answer
  weight    integer NOT NULL,
  PRIMARY KEY (term, entry_id)
);
