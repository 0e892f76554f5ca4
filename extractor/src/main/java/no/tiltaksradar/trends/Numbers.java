package no.tiltaksradar.trends;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers a sentence states, read as written (decimal comma or point, a minus after a space), and their formatting. */
final class Numbers {
    // a number standing alone: not part of a word or an id such as "miljo-3" or "v2"
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.,-])(?:(?<=[\\s=(])[-−])?\\d+(?:[.,]\\d+)?(?![\\p{L}\\p{N}_])");
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»|\"[^\"]*\"");

    private Numbers() {
    }

    /** The numbers of the sentence outside quoted names («...» or "..."), whose digits are part of a name. */
    static List<BigDecimal> in(String sentence) {
        String outside = QUOTED.matcher(sentence).replaceAll(" ");
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(outside);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group().replace('−', '-').replace(',', '.')));
        }
        return numbers;
    }

    /** Whether {@code stated} equals {@code computed} rounded half-up to as many decimals as the sentence wrote. */
    static boolean states(BigDecimal stated, double computed) {
        BigDecimal rounded = BigDecimal.valueOf(computed).setScale(Math.max(0, stated.scale()), RoundingMode.HALF_UP);
        return rounded.compareTo(stated) == 0;
    }

    /** Whether the text holds the number as written, either decimal mark. */
    static boolean occursIn(BigDecimal number, String text) {
        String plain = number.toPlainString();
        return in(text).stream().anyMatch(n -> n.compareTo(number) == 0) || text.contains(plain) || text.contains(plain.replace('.', ','));
    }

    /** An integer as is, otherwise one decimal with a decimal comma (Bokmål). */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
