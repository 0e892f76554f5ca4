package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;

/** The words (maximal runs of letters and digits) of a normalised text, with their positions in it. */
record WordTokens(List<String> words, int[] start, int[] end) {

    static WordTokens of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(from, i));
            spans.add(new int[] {from, i});
        }
        return new WordTokens(List.copyOf(words), spans.stream().mapToInt(s -> s[0]).toArray(),
                spans.stream().mapToInt(s -> s[1]).toArray());
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }
}
