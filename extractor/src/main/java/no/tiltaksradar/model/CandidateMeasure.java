package no.tiltaksradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * What a proposer claims a document says: one measure or goal with its verbatim quote, where it
 * stands ({@link Location}), the register's fields it fills ({@link RegisterFields}) and who read it
 * how ({@link Provenance}). A candidate built in code holds the invariants below or is refused with
 * the field named; a record read as JSON comes through {@link CandidateInput}, which never refuses.
 * The JSON form is the flat measure record of DESIGN.md: the three parts are unwrapped into it.
 *
 * @param document file name of the cited document, never blank
 * @param kind what the candidate claims to be, never null
 * @param quote the words claimed verbatim, never null (may be empty: the validator says so)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
// the record format's order, spelt out: Jackson 3 otherwise writes the unwrapped parts out of place (MeasureRecordJacksonTest)
@JsonPropertyOrder({"document", "documentSha256", "id", "kind", "name", "quote", "location", "fields", "provenance"})
public record CandidateMeasure(
        String document, String documentSha256, String id, MeasureKind kind, String name, String quote,
        @JsonUnwrapped Location location, @JsonUnwrapped RegisterFields fields, @JsonUnwrapped Provenance provenance) {

    /** Page or offset not known. */
    public static final int UNKNOWN = -1;

    public CandidateMeasure {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("document must not be blank");
        }
        require(kind != null, "kind must not be null");
        require(quote != null, "quote must not be null");
        location = location == null ? Location.UNKNOWN_PLACE : location;
        fields = fields == null ? RegisterFields.NONE : fields;
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /**
     * Where the quote stands: 1-based physical pages (the page's index in the file), the printed page
     * label, offsets into the document's extracted text, and the section heading above it.
     *
     * @param page page of the quote's first word, or {@link #UNKNOWN}
     * @param pageEnd page of the quote's last word, not before {@code page}
     * @param pageLabel printed page label of {@code page}, where the document prints one
     * @param charStart offset of the quote, or {@link #UNKNOWN} together with {@code charEnd}
     * @param charEnd offset one past the quote
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"page", "pageEnd", "pageLabel", "charStart", "charEnd", "section"})
    public record Location(int page, int pageEnd, String pageLabel, int charStart, int charEnd, String section) {
        /** Nothing known about where the quote stands. */
        public static final Location UNKNOWN_PLACE = new Location(UNKNOWN, UNKNOWN, null, UNKNOWN, UNKNOWN, null);

        public Location {
            require(page >= 1 || page == UNKNOWN, "page must be 1 or more, or unknown (-1), not " + page);
            require(pageEnd >= page && (pageEnd >= 1 || pageEnd == UNKNOWN),
                    "pageEnd must not be before page " + page + ", not " + pageEnd);
            require(charStart == UNKNOWN && charEnd == UNKNOWN || 0 <= charStart && charStart <= charEnd,
                    "charStart and charEnd must both be unknown (-1) or 0 <= charStart <= charEnd, not " + charStart + "-" + charEnd);
        }

        /** Pages (and label) known, offsets not: a quote placed on its page but not in the text. */
        public static Location onPages(int page, int pageEnd, String pageLabel) {
            return new Location(page, pageEnd, pageLabel, UNKNOWN, UNKNOWN, null);
        }

        /** The same place under a section heading. */
        public Location inSection(String newSection) {
            return new Location(page, pageEnd, pageLabel, charStart, charEnd, newSection);
        }

        /** Whether the quote's offsets in the document text are known. */
        public boolean hasOffsets() {
            return charStart != UNKNOWN;
        }
    }

    /**
     * The register's fields a proposer filled from the text (names as the register's data model has them).
     *
     * @param deadline ISO date, {@code YYYY-MM} or {@code YYYY}, or null
     * @param parent id of the enclosing measure for a sub-item, else null
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"responsible", "ministry", "collaborators", "deadline", "technology", "purpose", "parent"})
    public record RegisterFields(List<String> responsible, String ministry, List<String> collaborators, String deadline,
                                 List<String> technology, List<String> purpose, String parent) {
        /** No field filled. */
        public static final RegisterFields NONE = new RegisterFields(null, null, null, null, null, null, null);

        public RegisterFields {
            // an absent list is an empty one; a copy keeps the record immutable
            responsible = copy(responsible, "responsible");
            collaborators = copy(collaborators, "collaborators");
            technology = copy(technology, "technology");
            purpose = copy(purpose, "purpose");
        }

        public RegisterFields withParent(String newParent) {
            return new RegisterFields(responsible, ministry, collaborators, deadline, technology, purpose, newParent);
        }

        public RegisterFields withResponsible(List<String> newResponsible) {
            return new RegisterFields(newResponsible, ministry, collaborators, deadline, technology, purpose, parent);
        }

        public RegisterFields withDeadline(String newDeadline) {
            return new RegisterFields(responsible, ministry, collaborators, newDeadline, technology, purpose, parent);
        }

        private static List<String> copy(List<String> values, String field) {
            if (values == null) {
                return List.of();
            }
            require(values.stream().allMatch(Objects::nonNull), field + " must not hold null");
            return List.copyOf(values);
        }
    }

    /**
     * Who read the candidate, how sure it is and where in the layout it was read.
     *
     * @param confidence the proposer's own confidence, 0 to 1
     * @param proposer e.g. {@code pattern/1} or {@code llm/<model>/<prompt-version>}
     * @param origin where in the layout it was read (list item, table row, prose), {@link Origin#UNKNOWN} when not said
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"confidence", "proposer", "origin"})
    public record Provenance(double confidence, String proposer, Origin origin) {
        /** Nothing known about who proposed it. */
        public static final Provenance NONE = new Provenance(0.0, null, Origin.UNKNOWN);

        public Provenance {
            require(confidence >= 0.0 && confidence <= 1.0, "confidence must be within 0 and 1, not " + confidence);
            origin = origin == null ? Origin.UNKNOWN : origin;
        }

        public Provenance withOrigin(Origin newOrigin) {
            return new Provenance(confidence, proposer, newOrigin);
        }
    }

    /**
     * Reads a record as JSON gives it, in every Jackson version the modules use, and never refuses
     * one: see {@link CandidateInput} for what an impossible value becomes.
     */
    @JsonCreator
    static CandidateMeasure fromJson(
            @JsonProperty("document") String document, @JsonProperty("documentSha256") String documentSha256,
            @JsonProperty("id") String id, @JsonProperty("kind") String kind, @JsonProperty("name") String name,
            @JsonProperty("quote") String quote, @JsonProperty("page") Integer page, @JsonProperty("pageEnd") Integer pageEnd,
            @JsonProperty("pageLabel") String pageLabel, @JsonProperty("charStart") Integer charStart,
            @JsonProperty("charEnd") Integer charEnd, @JsonProperty("section") String section,
            @JsonProperty("responsible") List<String> responsible, @JsonProperty("ministry") String ministry,
            @JsonProperty("collaborators") List<String> collaborators, @JsonProperty("deadline") String deadline,
            @JsonProperty("technology") List<String> technology, @JsonProperty("purpose") List<String> purpose,
            @JsonProperty("parent") String parent, @JsonProperty("confidence") Double confidence,
            @JsonProperty("proposer") String proposer, @JsonProperty("origin") String origin) {
        return new CandidateInput(document, documentSha256, id, kind, name, quote, page, pageEnd, pageLabel, charStart, charEnd,
                section, responsible, ministry, collaborators, deadline, technology, purpose, parent, confidence, proposer, origin)
                .read().candidate();
    }

    public static Builder builder(String document, MeasureKind kind, String quote) {
        return new Builder(document, kind, quote);
    }

    /** A builder holding this candidate's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(document, kind, quote).documentSha256(documentSha256).id(id).name(name)
                .location(location).fields(fields).provenance(provenance);
    }

    // shorthands for the parts read everywhere; the rest is read through location(), fields() and provenance()

    public int page() {
        return location.page();
    }

    public int charStart() {
        return location.charStart();
    }

    public int charEnd() {
        return location.charEnd();
    }

    public Origin origin() {
        return provenance.origin();
    }

    public CandidateMeasure withQuote(String newQuote) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, newQuote, location, fields, provenance);
    }

    public CandidateMeasure withKind(MeasureKind newKind) {
        return new CandidateMeasure(document, documentSha256, id, newKind, name, quote, location, fields, provenance);
    }

    public CandidateMeasure withId(String newId) {
        return new CandidateMeasure(document, documentSha256, newId, kind, name, quote, location, fields, provenance);
    }

    public CandidateMeasure withDocument(String newDocument) {
        return new CandidateMeasure(newDocument, documentSha256, id, kind, name, quote, location, fields, provenance);
    }

    /** The same claim placed elsewhere; the section stays. */
    public CandidateMeasure withLocation(int newPage, int newPageEnd, String newPageLabel, int newCharStart, int newCharEnd) {
        return withLocation(new Location(newPage, newPageEnd, newPageLabel, newCharStart, newCharEnd, location.section()));
    }

    public CandidateMeasure withLocation(Location newLocation) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, quote, newLocation, fields, provenance);
    }

    public CandidateMeasure withFields(RegisterFields newFields) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, quote, location, newFields, provenance);
    }

    public CandidateMeasure withParent(String newParent) {
        return withFields(fields.withParent(newParent));
    }

    public CandidateMeasure withOrigin(Origin newOrigin) {
        return new CandidateMeasure(document, documentSha256, id, kind, name, quote, location, fields, provenance.withOrigin(newOrigin));
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds a candidate field by field; {@link #build()} checks the invariants. */
    public static final class Builder {
        private final String document;
        private final MeasureKind kind;
        private final String quote;
        private String documentSha256;
        private String id;
        private String name;
        private Location location = Location.UNKNOWN_PLACE;
        private RegisterFields fields = RegisterFields.NONE;
        private Provenance provenance = Provenance.NONE;

        private Builder(String document, MeasureKind kind, String quote) {
            this.document = document;
            this.kind = kind;
            this.quote = quote;
        }

        public Builder documentSha256(String value) {
            documentSha256 = value;
            return this;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder location(Location value) {
            location = value;
            return this;
        }

        public Builder fields(RegisterFields value) {
            fields = value;
            return this;
        }

        public Builder provenance(Provenance value) {
            provenance = value;
            return this;
        }

        /** Pages known, offsets not, no section. */
        public Builder pages(int page, int pageEnd) {
            return location(Location.onPages(page, pageEnd, null));
        }

        public Builder responsible(List<String> value) {
            return fields(fields.withResponsible(value));
        }

        public Builder deadline(String value) {
            return fields(fields.withDeadline(value));
        }

        public Builder parent(String value) {
            return fields(fields.withParent(value));
        }

        public Builder proposer(double confidence, String proposer, Origin origin) {
            return provenance(new Provenance(confidence, proposer, origin));
        }

        public CandidateMeasure build() {
            return new CandidateMeasure(document, documentSha256, id, kind, name, quote, location, fields, provenance);
        }
    }
}
