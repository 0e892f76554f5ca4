package no.tiltaksradar.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.SAXException;

/**
 * DOCX, ODT and HTML through Tika. These formats have no fixed pages, so the whole text is one
 * page; citations then carry page 1 and exact character offsets. Headings, paragraphs and list
 * items keep their structure as lines ({@link StructuredTextHandler}).
 */
public final class TikaIngester implements DocumentIngester {
    /** characters; a longer text fails rather than exhausting memory */
    private static final int WRITE_LIMIT = 20_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public SourceDocument ingest(Path file) throws IngestException {
        FileChecks.requireNonEmpty(file);
        String sha256 = FileChecks.sha256(file);
        Metadata metadata = new Metadata();
        StructuredTextHandler handler = new StructuredTextHandler(WRITE_LIMIT);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, Reason.PASSWORD_REQUIRED, "password required", e);
        } catch (IOException | SAXException | TikaException e) {
            throw failure(file, e);
        }
        String text = handler.text();
        if (text.chars().noneMatch(Character::isLetter)) {
            throw new IngestException(file, Reason.NO_TEXT_LAYER, "no text found in the document");
        }
        // one line per heading, paragraph and list item, typed like a PDF's, so layout reads every format alike
        Page page = new Page(1, null, text, 0, handler.lines(), List.of(), List.of());
        return new SourceDocument(file.getFileName().toString(), sha256, metadataOf(metadata), List.of(page));
    }

    private static IngestException failure(Path file, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException(file, Reason.TOO_MANY_PAGES, "too much text (over " + WRITE_LIMIT + " characters)", e);
        }
        return new IngestException(file, Reason.DAMAGED, "damaged or unreadable document (" + e.getMessage() + ")", e);
    }

    /** Trailing spaces and runs of blank lines carry no meaning in flowing formats. */
    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return PageTextBuilder.expandLigatures(text).strip();
    }

    private static DocumentMetadata metadataOf(Metadata metadata) {
        String created = metadata.get(TikaCoreProperties.CREATED);
        Integer year = created != null && created.length() >= 4 && created.substring(0, 4).matches("\\d{4}")
                ? Integer.valueOf(created.substring(0, 4)) : null;
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return new DocumentMetadata(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.CREATOR),
                year, 1, type == null ? null : type.split(";")[0], false, List.of());
    }
}
