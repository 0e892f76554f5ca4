package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What trends are computed from: the documents and their measures. A measure whose document was not given
 * gets a document without text, so counts by document still see it.
 */
public record TrendData(List<TrendDocument> documents, List<TrendMeasure> measures) {
    /** Bucket name for a measure without a ministry, agency, year or other field. */
    public static final String UNKNOWN = "(ukjent)";

    public TrendData {
        Map<String, TrendDocument> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.putIfAbsent(d.id(), d));
        for (TrendMeasure m : measures) {
            byId.putIfAbsent(m.documentId(), new TrendDocument(m.documentId(), m.document(), null, null, null, List.of()));
        }
        documents = List.copyOf(byId.values());
        measures = List.copyOf(measures);
    }

    public Optional<TrendMeasure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** A document by its id (sha256) or its file name. */
    public Optional<TrendDocument> document(String idOrFileName) {
        return documents.stream().filter(d -> d.id().equals(idOrFileName) || d.fileName().equals(idOrFileName)).findFirst();
    }

    /** Only the measures proper (not goals) that passed validation or review: what the aggregates count. */
    public List<TrendMeasure> countedMeasures() {
        return measures.stream().filter(m -> m.isMeasure() && m.verified()).toList();
    }

    public Integer yearOf(TrendMeasure measure) {
        return document(measure.documentId()).map(TrendDocument::year).orElse(null);
    }

    /** The measure's ministry, else its document's publisher: the sector the measure belongs to. */
    public String ministryOf(TrendMeasure measure) {
        if (measure.ministry() != null && !measure.ministry().isBlank()) {
            return measure.ministry();
        }
        return document(measure.documentId()).map(TrendDocument::publisher).filter(p -> !p.isBlank()).orElse(UNKNOWN);
    }

    /** Document years and deadline years: a four-digit number equal to one of these may stand in a sentence as a year. */
    public List<Integer> knownYears() {
        List<Integer> years = new ArrayList<>();
        documents.forEach(d -> {
            if (d.year() != null) {
                years.add(d.year());
            }
        });
        measures.forEach(m -> {
            if (m.deadlineYear() != null) {
                years.add(m.deadlineYear());
            }
        });
        return years.stream().distinct().sorted().toList();
    }
}
