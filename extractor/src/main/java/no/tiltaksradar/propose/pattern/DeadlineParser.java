package no.tiltaksradar.propose.pattern;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a measure states, as ISO text: "innen 1.6.2021" → 2021-06-01, "innen 1. januar 2021"
 * → 2021-01-01, "innen utgangen av 2020" → 2020, "innen 2030" → 2030. Only deadlines ("innen",
 * "senest", "i løpet av", "fra og med"), never a year merely mentioned.
 */
final class DeadlineParser {
    private static final String LEAD = "(?:innen|innan|senest|seinast|i løpet av|fra og med|frå og med|før)\\s+(?:utgangen av\\s+|slutten av\\s+)?";
    private static final Pattern NUMERIC = Pattern.compile(LEAD + "(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITTEN = Pattern.compile(LEAD + "(\\d{1,2})\\.\\s+(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\s+((?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile(LEAD + "(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\s+((?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile(LEAD + "(?:år\\s+)?((?:19|20)\\d{2})(?!\\d|\\.\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("februar", 2),
            Map.entry("mars", 3), Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("desember", 12));

    Optional<String> find(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            return date(numeric.group(3), numeric.group(2), numeric.group(1));
        }
        Matcher written = WRITTEN.matcher(text);
        if (written.find()) {
            return date(written.group(3), month(written.group(2)), written.group(1));
        }
        Matcher month = MONTH.matcher(text);
        if (month.find()) {
            return Optional.of(String.format("%s-%02d", month.group(2), Integer.parseInt(month(month.group(1)))));
        }
        Matcher year = YEAR.matcher(text);
        return year.find() ? Optional.of(year.group(1)) : Optional.empty();
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException e) {
            return Optional.of(year); // "31.2.2021" is a typo; the year still stands
        }
    }
}
