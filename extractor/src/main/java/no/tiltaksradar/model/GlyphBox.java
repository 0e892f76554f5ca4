package no.tiltaksradar.model;

/**
 * Where one character of a page's text sits on the page, in PDF user-space points with the
 * origin at the top-left corner (y grows downwards), so a quote can be highlighted on the page image.
 *
 * @param charIndex index of the character in {@link Page#text()}
 */
public record GlyphBox(int charIndex, float x, float y, float width, float height) {
    public GlyphBox {
        if (charIndex < 0) {
            throw new IllegalArgumentException("charIndex must be >= 0, was " + charIndex);
        }
    }
}
