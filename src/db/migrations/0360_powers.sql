-- The catalog of powers: 权责清单 (each department's powers with their duties and basis), delegation of items to a
-- development zone's administration or a township (赋权), typed streamlining (事项精简), implementations of the
-- province's standard items (实施清单) and intermediary services (中介服务事项清单).

-- 权力事项: one power of a department, of one of the ten kinds, with its basis and the duties that go with it.
CREATE TABLE powers (
  id               uuid PRIMARY KEY,
  code             text NOT NULL,
  department_id    uuid NOT NULL REFERENCES departments(id),
  kind             text NOT NULL CHECK (kind IN ('licence', 'penalty', 'coercion', 'levy', 'benefit', 'inspection', 'confirmation', 'award', 'adjudication', 'other')),
  name             text NOT NULL,
  basis            text NOT NULL,
  -- 责任事项: what the department must do when it exercises the power (受理责任, 审查责任 …)
  duties           text[] NOT NULL CHECK (cardinality(duties) > 0),
  -- 追责情形
  accountability   text NOT NULL DEFAULT '',
  -- the service items (政务服务事项) through which the power is exercised
  item_codes       text[] NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL,
  created_by       uuid REFERENCES users(id),
  UNIQUE (code)
);
CREATE INDEX powers_department ON powers (department_id);

-- 赋权: an item handed by its department to a development zone's administration or a township, for a period.
CREATE TABLE delegations (
  id                      uuid PRIMARY KEY,
  item_code               text NOT NULL,
  item_name               text NOT NULL,
  department_id           uuid NOT NULL REFERENCES departments(id),
  delegate_department_id  uuid NOT NULL REFERENCES departments(id),
  delegate_region         varchar(12) NOT NULL REFERENCES regions(code),
  mode                    text NOT NULL CHECK (mode IN ('direct', 'entrusted', 'servicesForward', 'directReport')),
  basis                   text NOT NULL,
  scope                   text NOT NULL,
  valid_from              date NOT NULL,
  valid_until             date NOT NULL CHECK (valid_until >= valid_from),
  review_every_days       int NOT NULL DEFAULT 180 CHECK (review_every_days BETWEEN 30 AND 730),
  created_at              timestamptz NOT NULL,
  created_by              uuid REFERENCES users(id),
  revoked_at              timestamptz,
  revoked_by              uuid REFERENCES users(id),
  revoke_reason           text
);
CREATE INDEX delegations_item ON delegations (item_code) WHERE revoked_at IS NULL;

-- 回头看: a periodic review of a delegated item (how much it was used, whether the delegate copes).
CREATE TABLE delegation_reviews (
  id             uuid PRIMARY KEY,
  delegation_id  uuid NOT NULL REFERENCES delegations(id),
  reviewed_on    date NOT NULL,
  reviewed_by    uuid REFERENCES users(id),
  uses           int NOT NULL,
  conclusion     text NOT NULL CHECK (conclusion IN ('keep', 'adjust', 'withdraw')),
  findings       text NOT NULL
);
CREATE INDEX delegation_reviews_delegation ON delegation_reviews (delegation_id, reviewed_on DESC);

-- an application filed under a delegation is handled at the delegate's window only; its cases say which delegation
ALTER TABLE applications ADD COLUMN delegate_region varchar(12);
ALTER TABLE cases ADD COLUMN delegation_id uuid REFERENCES delegations(id);
CREATE INDEX cases_delegation ON cases (delegation_id) WHERE delegation_id IS NOT NULL;

-- 事项精简: every item retired or changed says how (取消, 下放, 合并, 改备案, 委托) and what it saved (四减).
CREATE TABLE streamlining_actions (
  id                 uuid PRIMARY KEY,
  item_code          text NOT NULL,
  item_name          text NOT NULL,
  department_id      uuid REFERENCES departments(id),
  region_code        varchar(12) NOT NULL,
  action             text NOT NULL CHECK (action IN ('abolish', 'delegate', 'merge', 'toFiling', 'entrust')),
  merged_into        text,
  year               int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  materials_reduced  int NOT NULL DEFAULT 0 CHECK (materials_reduced >= 0),
  days_reduced       int NOT NULL DEFAULT 0 CHECK (days_reduced >= 0),
  steps_reduced      int NOT NULL DEFAULT 0 CHECK (steps_reduced >= 0),
  reason             text NOT NULL,
  at                 timestamptz NOT NULL,
  by_user            uuid REFERENCES users(id)
);
CREATE INDEX streamlining_actions_year ON streamlining_actions (region_code, year);

-- 基本目录: the province's standard items; 实施清单: each region's (and body's) implementation of one.
CREATE TABLE standard_items (
  code         text PRIMARY KEY,
  name         text NOT NULL,
  kind         text NOT NULL,
  level        text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
  basis        text NOT NULL,
  region_code  varchar(12) NOT NULL REFERENCES regions(code),
  created_at   timestamptz NOT NULL
);

CREATE TABLE implementations (
  id                   uuid PRIMARY KEY,
  standard_code        text NOT NULL REFERENCES standard_items(code),
  region_code          varchar(12) NOT NULL REFERENCES regions(code),
  department_id        uuid NOT NULL REFERENCES departments(id),
  implementation_code  text NOT NULL UNIQUE,
  item_code            text,
  window_name          text NOT NULL,
  fees                 text NOT NULL,
  legal_days           int NOT NULL CHECK (legal_days >= 0),
  promised_days        int NOT NULL CHECK (promised_days >= 0 AND promised_days <= legal_days),
  -- 窗口授权: whether the window may decide on the spot
  authorised           boolean NOT NULL,
  created_at           timestamptz NOT NULL,
  UNIQUE (standard_code, region_code, department_id)
);
CREATE INDEX implementations_region ON implementations (region_code);

-- 中介服务事项清单: services an item needs from an intermediary, with their fees and time limits.
CREATE TABLE intermediary_services (
  id            uuid PRIMARY KEY,
  code          text NOT NULL UNIQUE,
  name          text NOT NULL,
  department_id uuid NOT NULL REFERENCES departments(id),
  item_codes    text[] NOT NULL,
  basis         text NOT NULL,
  providers     text NOT NULL,
  fee           text NOT NULL,
  days          int NOT NULL CHECK (days >= 0),
  created_at    timestamptz NOT NULL
);
