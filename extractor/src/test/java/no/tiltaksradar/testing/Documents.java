package no.tiltaksradar.testing;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextLine;
import no.tiltaksradar.model.TextSpan;

/** Builds small SourceDocuments by hand: each page a list of lines, a line prefixed "# " is a heading. */
public final class Documents {
    private static final float BODY = 11f;
    private static final float HEADING = 16f;

    private Documents() {
    }

    /** A document whose pages carry the given lines; "# " marks a heading, "~ " a running header. */
    public static SourceDocument of(String fileName, List<List<String>> pages) {
        List<Page> built = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < pages.size(); i++) {
            Page page = page(i + 1, offset, pages.get(i));
            built.add(page);
            offset += page.text().length() + 1;
        }
        String sha = sha256(fileName);
        return new SourceDocument(fileName, sha, new DocumentMetadata(fileName, null, null, built.size(), "application/pdf",
                false, List.of()), built);
    }

    /** A document without layout, as Tika gives DOCX and HTML: one page of plain text. */
    public static SourceDocument plain(String fileName, String text) {
        SourceDocument shaSource = of(fileName, List.of(List.of("x")));
        return new SourceDocument(fileName, shaSource.sha256(), shaSource.metadata(),
                List.of(new Page(1, null, text, 0, List.of(), List.of(), List.of())));
    }

    private static Page page(int number, int offset, List<String> lines) {
        StringBuilder text = new StringBuilder();
        List<TextLine> textLines = new ArrayList<>();
        List<TextSpan> boilerplate = new ArrayList<>();
        float y = 60;
        for (String raw : lines) {
            boolean heading = raw.startsWith("# ");
            boolean header = raw.startsWith("~ ");
            String line = heading || header ? raw.substring(2) : raw;
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int start = text.length();
            text.append(line);
            textLines.add(new TextLine(start, text.length(), 57, header ? 30 : y, heading ? HEADING : BODY, heading));
            if (header) {
                boilerplate.add(new TextSpan(start, text.length()));
            }
            y += heading ? 28 : 15; // space after a heading, as typesetting puts it
        }
        return new Page(number, Integer.toString(number), text.toString(), offset, textLines, List.of(), boilerplate);
    }

    /** A stand-in digest: the sha256 of the file name, unique per test document. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
