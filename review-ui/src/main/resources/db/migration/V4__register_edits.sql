-- who changed a register entry last (when is updated_at); every change with its old and new value is in audit_event
ALTER TABLE registered_measure ADD COLUMN updated_by VARCHAR(100);
-- the register's tree: children of an entry are looked up by parent
CREATE INDEX registered_measure_parent_idx ON registered_measure (parent_id);
CREATE INDEX registered_measure_document_idx ON registered_measure (document_id);
CREATE INDEX register_source_candidate_idx ON register_source (candidate_id);
