package no.tiltaksradar.propose.pattern;

import java.util.Locale;

/**
 * One sentence or list item to be read, with what governs it.
 *
 * @param context what the heading or lead-in above a list item says its items are
 * @param listItem whether the text is a list item (its heading may supply actor and modal)
 */
record Clause(String text, ListContext context, boolean listItem) {
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean listedAs(ListContext wanted) {
        return listItem && context == wanted;
    }
}
