-- every word of a page with its box, [[start, end, x, y, width, height], ...] (offsets in the page text, box in PDF points
-- from the top-left), so the review screen can lay a selectable text layer over the page image without reading the PDF
ALTER TABLE document_page ADD COLUMN words_json VARCHAR;
