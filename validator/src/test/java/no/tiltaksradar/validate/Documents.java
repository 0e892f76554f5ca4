package no.tiltaksradar.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/** Builds SourceDocuments from page strings, with offsets as the ingester sets them. */
final class Documents {
    private Documents() {
    }

    static SourceDocument of(String fileName, String... pageTexts) {
        return of(fileName, List.of(pageTexts));
    }

    static SourceDocument of(String fileName, List<String> pageTexts) {
        List<Page> pages = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < pageTexts.size(); i++) {
            String text = pageTexts.get(i);
            pages.add(new Page(i + 1, String.valueOf(i + 1), text, offset, List.of(), List.of(), List.of()));
            offset += text.length() + 1;
        }
        DocumentMetadata metadata = new DocumentMetadata(fileName, null, null, pages.size(), "application/pdf", false, List.of());
        return new SourceDocument(fileName, sha256(String.join("\f", pageTexts)), metadata, pages);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
