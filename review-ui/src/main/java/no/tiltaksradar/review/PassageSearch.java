package no.tiltaksradar.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.document.DocumentPage;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.FileStore;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.job.SearchJob;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Searches one document for a passage a reviewer misses: the document-scoped Lucene index ranks its chunks, and the
 * sentences of those chunks' pages that hold a query word come back with their offsets in the page text, so any of
 * them can be added as a measure exactly as it stands. Sentences are cut by the JDK's BreakIterator for Norwegian.
 */
@Service
public class PassageSearch {
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final int CHUNKS = 8;
    private static final int MAX_PASSAGES = 25;

    private final DocumentRepository documents;
    private final FileStore files;
    private final SearchJob search;

    public PassageSearch(DocumentRepository documents, FileStore files, SearchJob search) {
        this.documents = documents;
        this.files = files;
        this.search = search;
    }

    /** One sentence that answers the query: where it stands in its page's text. */
    public record Passage(int page, String pageLabel, int start, int end, String text) {
    }

    public List<Passage> search(long documentId, String query) {
        if (query == null || query.isBlank()) {
            throw ApiProblem.badRequest("say what to search for: q=...");
        }
        StoredDocument document = documents.find(documentId).orElseThrow(() -> ApiProblem.notFound("document", documentId));
        List<String> stems = stems(query);
        Map<String, Passage> found = new LinkedHashMap<>();
        for (SearchJob.Hit hit : hits(document, query)) {
            for (int number = hit.pageStart(); number <= hit.pageEnd() && found.size() < MAX_PASSAGES; number++) {
                documents.page(documentId, number).ifPresent(page -> sentences(page, stems, found));
            }
        }
        return List.copyOf(found.values());
    }

    private List<SearchJob.Hit> hits(StoredDocument document, String query) {
        try {
            Optional<Path> file = files.find(document.sha256());
            if (file.isEmpty()) {
                throw ApiProblem.conflict("the file of document " + document.id() + " is missing from the file store");
            }
            SearchJob.Result result = search.search(file.get(), query, CHUNKS);
            if (result.failure() != null) {
                throw ApiProblem.unprocessable("unreadable-document", result.failure());
            }
            return result.hits();
        } catch (IOException e) {
            throw new UncheckedIOException("searching " + document.fileName(), e);
        }
    }

    private static void sentences(DocumentPage page, List<String> stems, Map<String, Passage> found) {
        String text = page.text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(NORWEGIAN);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            String lower = sentence.toLowerCase(NORWEGIAN);
            if (stems.stream().anyMatch(lower::contains)) {
                int from = start + (sentence.length() - sentence.stripLeading().length());
                int to = start + sentence.stripTrailing().length();
                found.putIfAbsent(page.number() + ":" + from, new Passage(page.number(), page.label(), from, to, text.substring(from, to)));
            }
        }
    }

    /** Query words cut to a stem-like prefix, so "digitaliseringen" finds "digitalisering" and back; short words are left out. */
    static List<String> stems(String query) {
        List<String> stems = new ArrayList<>();
        for (String word : query.toLowerCase(NORWEGIAN).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                stems.add(word.length() > 6 ? word.substring(0, word.length() - 2) : word);
            }
        }
        if (stems.isEmpty()) {
            throw ApiProblem.badRequest("the query needs a word of three letters or more");
        }
        return stems;
    }
}
