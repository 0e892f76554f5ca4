package no.tiltaksradar.index;

import java.util.Arrays;
import java.util.List;
import no.tiltaksradar.model.Chunk;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Maps chunks to Lucene documents and back; the text is indexed twice, once per written standard. */
final class ChunkDocuments {
    static final String DOCUMENT_ID = "documentId";
    static final String ORDINAL = "ordinal";
    static final String TEXT_BOKMAAL = "text_nb";
    static final String TEXT_NYNORSK = "text_nn";
    private static final String ID = "id";
    private static final String SECTION = "section";
    private static final String SECTION_SEPARATOR = "\u001F";

    private ChunkDocuments() {
    }

    static Document toDocument(Chunk chunk) {
        Document doc = new Document();
        doc.add(new StringField(DOCUMENT_ID, chunk.documentId(), Field.Store.YES));
        doc.add(new StringField(ID, chunk.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(ORDINAL, chunk.ordinal()));
        doc.add(new StoredField(ORDINAL, chunk.ordinal()));
        doc.add(new StoredField(SECTION, String.join(SECTION_SEPARATOR, chunk.sectionPath())));
        doc.add(new StoredField("pageStart", chunk.pageStart()));
        doc.add(new StoredField("pageEnd", chunk.pageEnd()));
        doc.add(new StoredField("charStart", chunk.charStart()));
        doc.add(new StoredField("charEnd", chunk.charEnd()));
        doc.add(new TextField(TEXT_BOKMAAL, chunk.text(), Field.Store.YES));
        doc.add(new TextField(TEXT_NYNORSK, chunk.text(), Field.Store.NO));
        return doc;
    }

    static Chunk toChunk(Document doc) {
        String section = doc.get(SECTION);
        List<String> path = section == null || section.isEmpty() ? List.of() : Arrays.asList(section.split(SECTION_SEPARATOR));
        return new Chunk(doc.get(ID), doc.get(DOCUMENT_ID), intOf(doc, ORDINAL), path, intOf(doc, "pageStart"),
                intOf(doc, "pageEnd"), intOf(doc, "charStart"), intOf(doc, "charEnd"), doc.get(TEXT_BOKMAAL));
    }

    private static int intOf(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }
}
