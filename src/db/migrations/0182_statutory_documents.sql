-- Statutory documents (受理通知书, 补正告知书, 不予受理通知书, 不予许可决定书, 准予许可决定书) kept with the application.
-- Each has a document number sequential per issuing department, kind and year (蓝市场监管不许字〔2026〕第12号), handed
-- out by one upsert on the counter row (which serialises the issuers of one department), and unique.
CREATE TABLE document_number_counters (
  department_id uuid NOT NULL REFERENCES departments(id),
  kind          text NOT NULL,
  year          integer NOT NULL,
  last          integer NOT NULL,
  PRIMARY KEY (department_id, kind, year)
);

CREATE TABLE application_documents (
  id             uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications(id),
  case_id        uuid REFERENCES cases(id),
  kind           text NOT NULL CHECK (kind IN ('acceptance', 'correction', 'refusal', 'denial', 'grant')),
  department_id  uuid NOT NULL REFERENCES departments(id),
  year           integer NOT NULL,
  seq            integer NOT NULL,
  number         text NOT NULL UNIQUE,
  title          text NOT NULL,
  issued_at      timestamptz NOT NULL,
  -- what the document says, frozen when issued; the PDF is rendered from it (in the background) and kept
  content        jsonb NOT NULL,
  pdf            bytea,
  UNIQUE (department_id, kind, year, seq)
);
CREATE INDEX application_documents_application ON application_documents (application_id, issued_at);
