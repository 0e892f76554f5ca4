package no.tiltaksradar.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a proposer claims a document says: one measure or goal with its verbatim quote and where
 * it stands. Field names follow the measure record of DESIGN.md; the validator decides whether
 * the claim holds.
 *
 * @param document file name of the cited document
 * @param page 1-based physical page of the quote's first word
 * @param pageEnd physical page of the quote's last word
 * @param pageLabel printed page label of {@code page}, where the document prints one
 * @param charStart offset of the quote in the document text, or -1 when unknown
 * @param charEnd offset one past the quote in the document text, or -1 when unknown
 * @param deadline ISO date, {@code YYYY-MM} or {@code YYYY}, or null
 * @param parent id of the enclosing measure for a sub-item, else null
 * @param proposer e.g. {@code pattern/1} or {@code llm/<model>/<prompt-version>}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CandidateMeasure(
        String document, String documentSha256, String id, MeasureKind kind, String name,
        String quote, int page, int pageEnd, String pageLabel, int charStart, int charEnd,
        String section, List<String> responsible, String ministry, List<String> collaborators,
        String deadline, List<String> technology, List<String> purpose, String parent,
        double confidence, String proposer) {

    public CandidateMeasure {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        technology = technology == null ? List.of() : List.copyOf(technology);
        purpose = purpose == null ? List.of() : List.copyOf(purpose);
        if (pageEnd < page) {
            pageEnd = page;
        }
    }

    public CandidateMeasure withLocation(int newPage, int newPageEnd, String newPageLabel, int newCharStart, int newCharEnd) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, quote, newPage, newPageEnd,
                newPageLabel, newCharStart, newCharEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer);
    }

    public CandidateMeasure withKind(MeasureKind newKind) {
        return new CandidateMeasure(document, documentSha256, id, newKind, name, quote, page, pageEnd,
                pageLabel, charStart, charEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer);
    }

    public CandidateMeasure withId(String newId) {
        return new CandidateMeasure(document, documentSha256, newId, kind, name, quote, page, pageEnd,
                pageLabel, charStart, charEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer);
    }
}
