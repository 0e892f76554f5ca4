package no.tiltaksradar.validate;

/** The footnote-marker step of {@link TextNormalizer}: digits a text layer ran into the word before them. */
final class FootnoteMarkers {
    private FootnoteMarkers() {
    }

    /**
     * "gjennomføringskraft1 " becomes "gjennomføringskraft ": one or two digits glued to the end of
     * a word of at least {@value #MIN_WORD_BEFORE_MARKER} letters are a footnote marker the text layer
     * ran into the word (superscripts are already digits after NFKC). Shorter words keep their
     * digits ("co2"), and so do numbers standing apart, so a changed number is still told apart.
     */
    static NormalizedText drop(NormalizedText in) {
        String t = in.text();
        NormalizedText.Builder out = new NormalizedText.Builder();
        int i = 0;
        while (i < t.length()) {
            int markerEnd = footnoteMarkerEnd(t, i);
            if (markerEnd > i) {
                i = markerEnd;
            } else {
                out.copy(in, i++);
            }
        }
        return out.build();
    }

    private static final int MIN_WORD_BEFORE_MARKER = 4;

    // end of a footnote marker starting at i, or i when there is none
    private static int footnoteMarkerEnd(String t, int i) {
        if (!Character.isDigit(t.charAt(i))) {
            return i;
        }
        int letters = 0;
        while (i - letters - 1 >= 0 && Character.isLetter(t.charAt(i - letters - 1))) {
            letters++;
        }
        int end = i;
        while (end < t.length() && Character.isDigit(t.charAt(end)) && end - i < 3) {
            end++;
        }
        boolean closes = end == t.length() || " .,;:)!?/\"'\n".indexOf(t.charAt(end)) >= 0;
        return letters >= MIN_WORD_BEFORE_MARKER && end - i <= 2 && closes ? end : i;
    }
}
