-- why a document failed, as a code the screens turn into plain words in the reader's language;
-- the error text beside it keeps the technical detail (file, page, library message)
ALTER TABLE run_document ADD COLUMN error_code VARCHAR(40);
ALTER TABLE document ADD COLUMN error_code VARCHAR(40);
