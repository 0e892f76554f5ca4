package no.tiltaksradar.register;

import java.util.List;

/**
 * The values the register's filters can take, as they occur in the register.
 *
 * @param documents documents that have entries, by id and file name
 */
public record RegisterFacets(List<String> ministries, List<String> agencies, List<Integer> years, List<String> technologies,
                             List<String> purposes, List<DocumentName> documents) {

    public record DocumentName(long id, String fileName) {
    }
}
