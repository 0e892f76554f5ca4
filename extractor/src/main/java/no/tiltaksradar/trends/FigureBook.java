package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every figure a sentence may state, recomputed from the data on request by code of its own (not read from the
 * aggregates a narrative was written from), so a wrong number in a sentence cannot agree with itself.
 *
 * <p>Keys: {@code measures}, {@code documents}, {@code documents-without-measures}, {@code share-documents-without-measures},
 * {@code collaborative}, {@code share-collaborative}, {@code document:FILE}, {@code year:YYYY}, {@code ministry:NAME},
 * {@code agency:NAME}, {@code technology:NAME}, {@code purpose:NAME}, {@code kind:KIND}, {@code deadline:YYYY},
 * {@code theme-rate-early:ID}, {@code theme-rate-late:ID}, {@code theme-z:ID}. Shares are percentages.
 */
public final class FigureBook {
    private final TrendData data;
    private final List<Theme> themes;

    public FigureBook(TrendData data, List<Theme> themes) {
        this.data = data;
        this.themes = List.copyOf(themes);
    }

    /** The figure's value, or empty when the key names no figure. */
    public Optional<Double> value(String key) {
        int colon = key.indexOf(':');
        String name = colon < 0 ? key : key.substring(0, colon);
        String arg = colon < 0 ? "" : key.substring(colon + 1);
        return Optional.ofNullable(switch (name) {
            case "measures" -> (double) counted().size();
            case "documents" -> (double) data.documents().size();
            case "documents-without-measures" -> (double) documentsWithout();
            case "share-documents-without-measures" -> Aggregates.share(documentsWithout(), data.documents().size());
            case "collaborative" -> (double) collaborative();
            case "share-collaborative" -> Aggregates.share(collaborative(), counted().size());
            case "document" -> count(m -> m.document().equals(arg));
            case "year" -> count(m -> Objects.equals(String.valueOf(data.yearOf(m)), arg));
            case "ministry" -> count(m -> data.ministryOf(m).equals(arg));
            case "agency" -> count(m -> m.responsible().stream().map(Tally::name).anyMatch(arg::equals));
            case "technology" -> count(m -> m.technology().stream().map(Tally::name).anyMatch(arg::equals));
            case "purpose" -> count(m -> m.purpose().stream().map(Tally::name).anyMatch(arg::equals));
            case "kind" -> (double) data.measures().stream().filter(m -> m.verified() && m.kind().equals(arg)).count();
            case "deadline" -> count(m -> Objects.equals(String.valueOf(m.deadlineYear()), arg));
            case "theme-rate-early", "theme-rate-late", "theme-z" -> themeFigure(name, arg);
            default -> null;
        });
    }

    private List<TrendMeasure> counted() {
        return data.measures().stream().filter(m -> m.isMeasure() && m.verified()).toList();
    }

    private Double count(Predicate<TrendMeasure> which) {
        return (double) counted().stream().filter(which).count();
    }

    private int documentsWithout() {
        return (int) data.documents().stream().filter(d -> counted().stream().noneMatch(m -> m.documentId().equals(d.id()))).count();
    }

    private int collaborative() {
        return (int) counted().stream().filter(m -> m.actors().size() >= 2).count();
    }

    private Double themeFigure(String name, String themeId) {
        Theme theme = themes.stream().filter(t -> t.id().equals(themeId)).findFirst().orElse(null);
        List<TrendDocument> dated = data.documents().stream().filter(d -> d.hasText() && d.year() != null).toList();
        List<Integer> years = dated.stream().map(TrendDocument::year).distinct().sorted().toList();
        if (theme == null || years.size() < 2) {
            return null;
        }
        List<Integer> early = years.subList(0, (years.size() + 1) / 2);
        TermMatcher matcher = new TermMatcher(theme.terms());
        int[] hits = new int[2];
        int[] words = new int[2];
        for (TrendDocument d : dated) {
            int period = early.contains(d.year()) ? 0 : 1;
            String text = d.text();
            hits[period] += matcher.count(text);
            words[period] += TermMatcher.words(text).size();
        }
        return switch (name) {
            case "theme-rate-early" -> ThemeAnalyzer.perThousand(hits[0], words[0]);
            case "theme-rate-late" -> ThemeAnalyzer.perThousand(hits[1], words[1]);
            default -> LogOdds.of(hits[1], words[1], hits[0], words[0], ThemeAnalyzer.PRIOR_MASS).z();
        };
    }

    /** All keys a narrative over these data could use, for a prompt's table of figures. */
    public List<String> keys(Aggregates aggregates) {
        List<String> keys = new ArrayList<>(List.of("measures", "documents", "documents-without-measures",
                "share-documents-without-measures", "collaborative", "share-collaborative"));
        addKeys(keys, "document", aggregates.byDocument());
        addKeys(keys, "year", aggregates.byYear());
        addKeys(keys, "ministry", aggregates.byMinistry());
        addKeys(keys, "agency", aggregates.byAgency());
        addKeys(keys, "technology", aggregates.byTechnology());
        addKeys(keys, "purpose", aggregates.byPurpose());
        addKeys(keys, "kind", aggregates.byKind());
        addKeys(keys, "deadline", aggregates.deadlinesByYear());
        for (Theme theme : themes) {
            keys.add("theme-rate-early:" + theme.id());
            keys.add("theme-rate-late:" + theme.id());
            keys.add("theme-z:" + theme.id());
        }
        return keys;
    }

    private static void addKeys(List<String> keys, String prefix, Tally tally) {
        tally.buckets().forEach(b -> keys.add(prefix + ":" + b.key()));
    }
}
