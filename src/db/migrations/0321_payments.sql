-- Payment of bills: orders with the 统一公共支付平台 (or at the counter), the notifications it sent, refunds,
-- 非税收入 electronic receipts, and the daily reconciliation with the platform's statement.
CREATE TABLE payment_orders (
  id          uuid PRIMARY KEY,
  order_no    text NOT NULL UNIQUE,
  bill_id     uuid NOT NULL REFERENCES bills(id),
  amount_fen  int NOT NULL CHECK (amount_fen > 0),
  channel     text NOT NULL CHECK (channel IN ('online', 'cash', 'pos')),
  status      text NOT NULL CHECK (status IN ('created', 'paid', 'closed')),
  pay_url     text,
  trade_no    text,
  created_at  timestamptz NOT NULL,
  -- when the platform says it was paid (the counter: when the clerk took it)
  paid_at     timestamptz,
  recorded_by uuid REFERENCES users(id),
  reference   text
);
CREATE INDEX payment_orders_bill ON payment_orders (bill_id);
CREATE INDEX payment_orders_paid ON payment_orders (paid_at) WHERE status = 'paid';
-- one payment per bill: a second one that slips through is refunded, not recorded as paid
CREATE UNIQUE INDEX payment_orders_one_paid ON payment_orders (bill_id) WHERE status = 'paid';

-- every asynchronous notification received, accepted or not (forged, duplicate, unknown order, wrong amount)
CREATE TABLE payment_notifications (
  id          uuid PRIMARY KEY,
  -- the order of arrival
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  received_at timestamptz NOT NULL,
  order_no    text,
  outcome     text NOT NULL CHECK (outcome IN ('accepted', 'duplicate', 'forged', 'unknown-order', 'amount-mismatch')),
  body        jsonb NOT NULL
);
CREATE INDEX payment_notifications_order ON payment_notifications (order_no);

CREATE TABLE payment_refunds (
  id           uuid PRIMARY KEY,
  refund_no    text NOT NULL UNIQUE,
  bill_id      uuid NOT NULL REFERENCES bills(id),
  order_id     uuid NOT NULL REFERENCES payment_orders(id),
  amount_fen   int NOT NULL CHECK (amount_fen > 0),
  reason       text NOT NULL,
  status       text NOT NULL CHECK (status IN ('requested', 'done', 'failed')),
  requested_at timestamptz NOT NULL,
  done_at      timestamptz,
  error        text
);
CREATE UNIQUE INDEX payment_refunds_order ON payment_refunds (order_id);

CREATE TABLE payment_receipts (
  id         uuid PRIMARY KEY,
  number     text NOT NULL UNIQUE,
  check_code text NOT NULL,
  bill_id    uuid NOT NULL UNIQUE REFERENCES bills(id),
  order_id   uuid NOT NULL REFERENCES payment_orders(id),
  amount_fen int NOT NULL,
  issued_at  timestamptz NOT NULL
);

CREATE TABLE payment_reconciliations (
  id           uuid PRIMARY KEY,
  day          date NOT NULL,
  region_code  varchar(12) NOT NULL,
  requested_by uuid REFERENCES users(id),
  requested_at timestamptz NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
  matched      int NOT NULL DEFAULT 0,
  differences  jsonb NOT NULL DEFAULT '[]',
  error        text,
  done_at      timestamptz
);
CREATE INDEX payment_reconciliations_day ON payment_reconciliations (day DESC, requested_at DESC);
CREATE SEQUENCE payment_receipt_numbers;
