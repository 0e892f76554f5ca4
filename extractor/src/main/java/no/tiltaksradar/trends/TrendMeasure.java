package no.tiltaksradar.trends;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * One measure (or goal) as trends read it: from an accepted register entry or a validated record.
 *
 * @param id the measure's id, as citations name it
 * @param documentId sha256 of the source document
 * @param quoteVerified whether the validator found the quote in the document (verbatim, fuzzy or corrected page)
 * @param verified whether the record as a whole passed validation or was accepted by a reviewer
 * @param link where a reader sees the quote highlighted (e.g. {@code /review?candidate=7}), or null
 */
public record TrendMeasure(String id, String document, String documentId, String kind, String name, String quote, int page,
                           String pageLabel, String ministry, List<String> responsible, List<String> collaborators,
                           String deadline, List<String> technology, List<String> purpose, boolean quoteVerified,
                           boolean verified, String link) {
    public TrendMeasure {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        technology = technology == null ? List.of() : List.copyOf(technology);
        purpose = purpose == null ? List.of() : List.copyOf(purpose);
        kind = kind == null ? "measure" : kind;
    }

    public static TrendMeasure of(CandidateMeasure c, boolean quoteVerified, boolean verified) {
        CandidateMeasure.RegisterFields f = c.fields();
        return new TrendMeasure(c.id(), c.document(), c.documentSha256(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
                c.name(), c.quote(), c.page(), c.location().pageLabel(), f.ministry(), f.responsible(), f.collaborators(), f.deadline(),
                f.technology(), f.purpose(), quoteVerified, verified, null);
    }

    public boolean isMeasure() {
        return "measure".equals(kind);
    }

    /** Distinct named actors: the responsible agencies and the collaborators. */
    public Set<String> actors() {
        Set<String> actors = new LinkedHashSet<>(responsible);
        actors.addAll(collaborators);
        return actors;
    }

    /** The year of the deadline ({@code 2025}, {@code 2025-06}, {@code 2025-06-30}), or null. */
    public Integer deadlineYear() {
        if (deadline == null || !deadline.matches("\\d{4}.*")) {
            return null;
        }
        return Integer.valueOf(deadline.substring(0, 4));
    }

    public TrendMeasure withLink(String newLink) {
        return new TrendMeasure(id, document, documentId, kind, name, quote, page, pageLabel, ministry, responsible, collaborators,
                deadline, technology, purpose, quoteVerified, verified, newLink);
    }
}
