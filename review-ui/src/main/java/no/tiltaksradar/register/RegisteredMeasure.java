package no.tiltaksradar.register;

import java.time.Instant;
import java.util.List;

/**
 * A measure (or goal) in the register, with the register's fields. List fields hold names.
 *
 * @param timeFrame deadline or period, e.g. {@code 2026} or {@code 2025-2027}
 * @param strategyArea area of the national digitalisation strategy
 * @param version increases with every edit; edits name the version they were made on
 * @param updatedBy who changed the entry last (null until a person edits it)
 */
public record RegisteredMeasure(long id, String kind, String name, String description, List<String> responsibleAgency,
                                String responsibleMinistry, List<String> collaborators, String portfolio, String costFrame,
                                String fundingSource, String organisationForm, String timeFrame, String phase, String benefits,
                                List<String> purpose, List<String> technology, String strategyArea, List<String> sdgs,
                                String dependencies, String deliverables, Long parentId, long documentId, String documentName,
                                Integer year, String quote, Integer page, int version, Instant createdAt, Instant updatedAt,
                                String updatedBy) {
}
