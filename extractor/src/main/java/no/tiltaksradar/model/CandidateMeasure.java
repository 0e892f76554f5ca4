package no.tiltaksradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param origin where in the layout it was read (list item, table row, prose), {@link Origin#UNKNOWN} when not said
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CandidateMeasure(
        String document, String documentSha256, String id, MeasureKind kind, String name,
        String quote, int page, int pageEnd, String pageLabel, int charStart, int charEnd,
        String section, List<String> responsible, String ministry, List<String> collaborators,
        String deadline, List<String> technology, List<String> purpose, String parent,
        double confidence, String proposer, Origin origin) {

    /** Page or offset not known. */
    public static final int UNKNOWN = -1;

    public CandidateMeasure {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        technology = technology == null ? List.of() : List.copyOf(technology);
        purpose = purpose == null ? List.of() : List.copyOf(purpose);
        if (pageEnd < page) {
            pageEnd = page;
        }
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    /** The record as it was before {@code origin}: kept so every existing caller compiles; the origin is unknown. */
    public CandidateMeasure(String document, String documentSha256, String id, MeasureKind kind, String name, String quote, int page,
                            int pageEnd, String pageLabel, int charStart, int charEnd, String section, List<String> responsible,
                            String ministry, List<String> collaborators, String deadline, List<String> technology, List<String> purpose,
                            String parent, double confidence, String proposer) {
        this(document, documentSha256, id, kind, name, quote, page, pageEnd, pageLabel, charStart, charEnd, section, responsible,
                ministry, collaborators, deadline, technology, purpose, parent, confidence, proposer, Origin.UNKNOWN);
    }

    /**
     * Reads a record as JSON gives it: a missing page or offset means "unknown" (-1), never page 0
     * or offset 0, so a hand-made or LLM-made candidate without them is located, not mislocated.
     */
    @JsonCreator
    static CandidateMeasure fromJson(
            @JsonProperty("document") String document, @JsonProperty("documentSha256") String documentSha256,
            @JsonProperty("id") String id, @JsonProperty("kind") MeasureKind kind, @JsonProperty("name") String name,
            @JsonProperty("quote") String quote, @JsonProperty("page") Integer page, @JsonProperty("pageEnd") Integer pageEnd,
            @JsonProperty("pageLabel") String pageLabel, @JsonProperty("charStart") Integer charStart,
            @JsonProperty("charEnd") Integer charEnd, @JsonProperty("section") String section,
            @JsonProperty("responsible") List<String> responsible, @JsonProperty("ministry") String ministry,
            @JsonProperty("collaborators") List<String> collaborators, @JsonProperty("deadline") String deadline,
            @JsonProperty("technology") List<String> technology, @JsonProperty("purpose") List<String> purpose,
            @JsonProperty("parent") String parent, @JsonProperty("confidence") Double confidence,
            @JsonProperty("proposer") String proposer, @JsonProperty("origin") Origin origin) {
        int start = page == null ? UNKNOWN : page;
        return new CandidateMeasure(document, documentSha256, id, kind == null ? MeasureKind.MEASURE : kind, name, quote, start,
                pageEnd == null ? start : pageEnd, pageLabel, charStart == null ? UNKNOWN : charStart,
                charEnd == null ? UNKNOWN : charEnd, section, responsible, ministry, collaborators, deadline, technology, purpose,
                parent, confidence == null ? 0.0 : confidence, proposer, origin);
    }

    /** The same claim with another quote (tests mutate quotes; reviewers edit them). */
    public CandidateMeasure withQuote(String newQuote) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, newQuote, page, pageEnd, pageLabel, charStart, charEnd,
                section, responsible, ministry, collaborators, deadline, technology, purpose, parent, confidence, proposer, origin);
    }

    public CandidateMeasure withLocation(int newPage, int newPageEnd, String newPageLabel, int newCharStart, int newCharEnd) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, quote, newPage, newPageEnd,
                newPageLabel, newCharStart, newCharEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer, origin);
    }

    public CandidateMeasure withKind(MeasureKind newKind) {
        return new CandidateMeasure(document, documentSha256, id, newKind, name, quote, page, pageEnd,
                pageLabel, charStart, charEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer, origin);
    }

    public CandidateMeasure withOrigin(Origin newOrigin) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, quote, page, pageEnd,
                pageLabel, charStart, charEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer, newOrigin);
    }

    public CandidateMeasure withId(String newId) {
        return new CandidateMeasure(document, documentSha256, newId, kind, name, quote, page, pageEnd,
                pageLabel, charStart, charEnd, section, responsible, ministry, collaborators,
                deadline, technology, purpose, parent, confidence, proposer, origin);
    }
}
