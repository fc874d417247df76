-- 收费目录清单: the fees the platform may charge, each with its legal basis and amount rule. Nothing outside it is charged.
CREATE TABLE fee_catalogue (
  code            text PRIMARY KEY,
  name            text NOT NULL UNIQUE,
  department_code text NOT NULL,
  legal_basis     text NOT NULL,
  -- { "kind": "fixed", "amount": 8000 } | { "kind": "perUnit", "price": 1000, "unit": "本", "field": "…", "free": 1 }
  -- | { "kind": "tiered", "field": "…", "tiers": [{ "upTo": 100, "amount": 5000 }, { "upTo": null, "amount": 9000 }] } (分)
  rule            jsonb NOT NULL,
  -- [{ "code": "small-micro", "name": "小微企业", "basis": "…" }]
  exemptions      jsonb NOT NULL DEFAULT '[]',
  -- where the money goes: 执收单位 and 收入项目 on the 非税收入 receipt
  collector       text NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL
);

-- 缴费通知: one per case and point (受理 or 决定), from the catalogue, with each line's exemption and its basis
CREATE TABLE bills (
  id                     uuid PRIMARY KEY,
  number                 text NOT NULL UNIQUE,
  application_id         uuid NOT NULL,
  application_number     text NOT NULL,
  case_id                uuid NOT NULL,
  user_id                uuid REFERENCES users(id),
  payer_name             text NOT NULL,
  region_code            varchar(12) NOT NULL,
  item_code              text NOT NULL,
  item_name              text NOT NULL,
  point                  text NOT NULL CHECK (point IN ('acceptance', 'decision')),
  lines                  jsonb NOT NULL,
  total_fen              int NOT NULL CHECK (total_fen >= 0),
  status                 text NOT NULL CHECK (status IN ('unpaid', 'paid', 'exempt', 'cancelled', 'refunding', 'refunded')),
  delivery_after_payment boolean NOT NULL,
  created_at             timestamptz NOT NULL,
  paid_at                timestamptz,
  closed_at              timestamptz,
  close_reason           text,
  version                int NOT NULL DEFAULT 1,
  UNIQUE (case_id, point)
);
CREATE INDEX bills_user ON bills (user_id, created_at DESC);
CREATE INDEX bills_application ON bills (application_id);
CREATE INDEX bills_region ON bills (region_code, created_at DESC);
