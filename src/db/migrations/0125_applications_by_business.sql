-- 一企一档: a business's applications, by the USCC it applied under or the one its registration produced.
CREATE INDEX applications_applicant_uscc ON applications ((applicant->>'uscc'), created_at DESC) WHERE applicant->>'uscc' IS NOT NULL;
CREATE INDEX applications_output_uscc ON applications ((outputs->>'uscc'), created_at DESC) WHERE outputs->>'uscc' IS NOT NULL;
