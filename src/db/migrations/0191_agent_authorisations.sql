-- 帮代办 with consent: a principal (citizen or business) authorises an agent (a staff 帮代办员 or another citizen) online,
-- for named items or bundles and a period, and may revoke it. An agent's filing names the authorisation it relies on.
CREATE TABLE agent_authorisations (
  id                 uuid PRIMARY KEY,
  principal_user_id  uuid NOT NULL REFERENCES users(id),
  agent_user_id      uuid NOT NULL REFERENCES users(id),
  item_codes         text[] NOT NULL DEFAULT '{}',
  bundle_codes       text[] NOT NULL DEFAULT '{}',
  -- what the principal saw when granting: [{ kind: item|bundle, code, name }]
  scope              jsonb NOT NULL,
  valid_from         date NOT NULL,
  valid_until        date NOT NULL,
  granted_at         timestamptz NOT NULL,
  revoked_at         timestamptz,
  CHECK (valid_until >= valid_from),
  CHECK (cardinality(item_codes) + cardinality(bundle_codes) > 0),
  CHECK (principal_user_id <> agent_user_id)
);
CREATE INDEX agent_authorisations_principal ON agent_authorisations (principal_user_id, granted_at DESC);
CREATE INDEX agent_authorisations_agent ON agent_authorisations (agent_user_id, granted_at DESC);
CREATE INDEX applications_filed_on_behalf ON applications (applicant_user_id, created_at DESC) WHERE channel = 'agent';
