-- page size in PDF points, so highlight boxes (in points) can be laid over a page image of any size
ALTER TABLE document_page ADD COLUMN width_pt DOUBLE PRECISION;
ALTER TABLE document_page ADD COLUMN height_pt DOUBLE PRECISION;
-- the quote's boxes on its page(s), computed from the glyph boxes when the candidate was stored
ALTER TABLE candidate ADD COLUMN highlight_json VARCHAR;
