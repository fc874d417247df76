-- The English version of an item's guide, where the bureau has one: its name, a one-paragraph summary and its
-- conditions. An item without a row has no English version; the portal then says so and shows the Chinese guide.
CREATE TABLE catalog_english (
  item_code   text PRIMARY KEY,
  name        text NOT NULL,
  summary     text NOT NULL DEFAULT '',
  conditions  jsonb NOT NULL DEFAULT '[]',
  updated_by  uuid REFERENCES users(id),
  updated_at  timestamptz NOT NULL
);

INSERT INTO catalog_english (item_code, name, summary, conditions, updated_at) VALUES
  ('XK00119001', 'Food business permit',
   'Needed before selling food or running a restaurant, café or food shop. Issued by the Lanshan County Market Regulation Bureau.',
   '["Premises suited to the kinds and quantities of food sold, kept at the required distance from sources of pollution", "The equipment and the food-safety staff the business needs", "Rules that keep food safe", "A business licence"]',
   now()),
  ('XK00118001', 'Company registration',
   'Registers a new limited company and issues its business licence. Handled by the Lanshan County Market Regulation Bureau.',
   '["A company name that meets the naming rules and has been declared online", "Registered premises that meet the rules", "Shareholders and capital as the articles of association say", "A legal representative not barred from the post (for example as a defaulting judgment debtor)"]',
   now());
