package no.tiltaksradar.model;

/** A half-open character range {@code [start, end)} in some text. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
