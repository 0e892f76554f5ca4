package no.tiltaksradar.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens after normalisation: lower case, letters and digits only, as the scoring rules count them. */
final class Tokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.replace("-\n", "").toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** How many of the gold tokens the prediction has, counting repeats at most as often as the prediction has them. */
    static int shared(List<String> gold, List<String> predicted) {
        java.util.Map<String, Integer> available = new java.util.HashMap<>();
        predicted.forEach(t -> available.merge(t, 1, Integer::sum));
        int shared = 0;
        for (String token : gold) {
            Integer left = available.get(token);
            if (left != null && left > 0) {
                shared++;
                available.put(token, left - 1);
            }
        }
        return shared;
    }
}
