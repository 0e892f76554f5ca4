package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fills the register's fields from a measure's own words: responsible bodies, ministry, deadline, technology, purpose. */
final class FieldExtractor {
    /** The fields found; ministry is null where no named body gives one. */
    record Fields(List<String> responsible, String ministry, String deadline, List<String> technology, List<String> purpose) {
    }

    private final Gazetteer gazetteer;
    private final DeadlineParser deadlines = new DeadlineParser();
    private final Vocabulary technology;
    private final Vocabulary purpose;

    FieldExtractor(Gazetteer gazetteer, Vocabulary technology, Vocabulary purpose) {
        this.gazetteer = gazetteer;
        this.technology = technology;
        this.purpose = purpose;
    }

    Fields extract(String text) {
        Set<String> responsible = new LinkedHashSet<>();
        String ministry = null;
        for (Gazetteer.Mention mention : gazetteer.mentions(text)) {
            responsible.add(mention.asWritten());
            if (ministry == null && mention.body() != null && !mention.body().ministry().isBlank()) {
                ministry = mention.body().ministry();
            }
        }
        return new Fields(new ArrayList<>(responsible), ministry, deadlines.find(text).orElse(null),
                technology.tags(text), purpose.tags(text));
    }
}
