-- 实名等级 of applicant accounts, 统一身份认证 (OpenID Connect) identities linked to accounts, the sign-ins under
-- way, and a business's 经办人 authorisations.
ALTER TABLE users ADD COLUMN real_name_level text CHECK (real_name_level IN ('phone', 'provider', 'counter'));
ALTER TABLE users ADD COLUMN real_name_verified_at timestamptz;
CREATE INDEX users_business_uscc ON users (uscc, created_at) WHERE kind = 'business';
CREATE INDEX users_citizen_id_number ON users (id_number) WHERE kind = 'citizen' AND id_number IS NOT NULL;

-- one provider account (issuer + subject) is one platform account
CREATE TABLE oidc_identities (
  issuer          text NOT NULL,
  subject         text NOT NULL,
  user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  acr             text,
  created_at      timestamptz NOT NULL,
  last_sign_in_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_identities_user ON oidc_identities (user_id);

-- a sign-in sent to the provider and not yet back: found by its state, bound to the browser that started it,
-- deleted when it comes back (so a replayed callback finds nothing)
CREATE TABLE oidc_sign_ins (
  state_hash    text PRIMARY KEY,
  browser_hash  text NOT NULL,
  code_verifier text NOT NULL,
  nonce         text NOT NULL,
  return_to     text NOT NULL,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL
);

-- 经办人: a person the legal representative lets file for the business, for some items or all, until a day
CREATE TABLE business_handlers (
  id                uuid PRIMARY KEY,
  uscc              char(18) NOT NULL,
  business_user_id  uuid NOT NULL REFERENCES users(id),
  handler_name      text NOT NULL,
  handler_id_number char(18) NOT NULL,
  handler_phone     text,
  item_codes        text[],
  valid_until       date NOT NULL,
  granted_by        uuid NOT NULL REFERENCES users(id),
  granted_at        timestamptz NOT NULL,
  revoked_at        timestamptz,
  revoked_by        uuid REFERENCES users(id),
  revoke_reason     text,
  CHECK (item_codes IS NULL OR cardinality(item_codes) > 0)
);
CREATE INDEX business_handlers_business ON business_handlers (uscc, granted_at DESC);
CREATE INDEX business_handlers_person ON business_handlers (handler_id_number) WHERE revoked_at IS NULL;
