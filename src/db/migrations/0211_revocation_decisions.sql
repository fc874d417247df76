-- 撤销行政许可决定书: the written decision when the deciding department revokes a licence issued on an application.
ALTER TABLE application_documents DROP CONSTRAINT application_documents_kind_check;
ALTER TABLE application_documents ADD CONSTRAINT application_documents_kind_check
  CHECK (kind IN ('acceptance', 'correction', 'refusal', 'denial', 'grant', 'revocation'));
