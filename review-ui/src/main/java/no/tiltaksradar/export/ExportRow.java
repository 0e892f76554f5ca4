package no.tiltaksradar.export;

import java.util.List;

/**
 * One measure as exported: the register's fields, its document and its quote. A run's candidates fill the
 * fields extraction knows and leave the rest empty.
 *
 * @param id register entry id, or candidate id in a run's export
 * @param status the review state of a candidate, null for a register entry
 */
public record ExportRow(long id, String kind, String name, String description, List<String> responsibleAgency,
                        String responsibleMinistry, List<String> collaborators, String portfolio, String costFrame,
                        String fundingSource, String organisationForm, String timeFrame, String phase, String benefits,
                        List<String> purpose, List<String> technology, String strategyArea, List<String> sdgs, String dependencies,
                        String deliverables, Long parentId, long documentId, String document, Integer year, String quote,
                        Integer page, String pageLabel, String status) {

    public ExportRow {
        responsibleAgency = copy(responsibleAgency);
        collaborators = copy(collaborators);
        purpose = copy(purpose);
        technology = copy(technology);
        sdgs = copy(sdgs);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
