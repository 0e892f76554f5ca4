package no.tiltaksradar.trends;

import java.util.List;

/**
 * The counts over the counted measures (see {@link TrendData#countedMeasures()}).
 *
 * @param byDocument every document, with zero for one without measures
 * @param collaborative ids of measures naming two or more distinct actors (responsible and collaborators)
 * @param documentsWithoutMeasures file names of documents in which no measure was counted
 */
public record Aggregates(int measures, int documents, Tally byDocument, Tally byYear, Tally byMinistry, Tally byAgency,
                         Tally byTechnology, Tally byPurpose, Tally byKind, List<String> collaborative, Tally deadlinesByYear,
                         List<String> documentsWithoutMeasures) {
    public Aggregates {
        collaborative = List.copyOf(collaborative);
        documentsWithoutMeasures = List.copyOf(documentsWithoutMeasures);
    }

    /** Percentage rounded half-up to one decimal; 0 when the whole is 0. */
    public static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
