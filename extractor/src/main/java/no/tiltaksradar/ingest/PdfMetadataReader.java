package no.tiltaksradar.ingest;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.TextLine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;

/** Title, publisher and year from the PDF's information dictionary, else from its first page. */
final class PdfMetadataReader {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d–-])((?:19|20)\\d{2})(?![\\d–-]|\\s*[–-]\\s*(?:19|20)\\d{2})");
    private static final int TITLE_BLOCK_LINES = 5;
    private static final Pattern YEAR_RANGE_START = Pattern.compile("((?:19|20)\\d{2})\\s*[–-]\\s*(?:19|20)\\d{2}");

    DocumentMetadata read(PDDocument pdf, List<Page> pages, boolean ocr) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Page first = pages.isEmpty() ? null : pages.get(0);
        String title = firstNonBlank(info.getTitle(), largestLine(first));
        String publisher = firstNonBlank(info.getAuthor(), null);
        Integer year = yearOf(first, info.getCreationDate());
        return new DocumentMetadata(title, publisher, year, pdf.getNumberOfPages(), "application/pdf", ocr, notes(pdf));
    }

    private static List<String> notes(PDDocument pdf) {
        List<String> notes = new ArrayList<>();
        if (pdf.isEncrypted()) {
            AccessPermission permission = pdf.getCurrentAccessPermission();
            if (!permission.isOwnerPermission() && (!permission.canExtractContent() || !permission.canPrint() || !permission.canModify())) {
                notes.add("encrypted with an owner password: printing, copying or changes restricted by the publisher");
            }
        }
        return notes;
    }

    /**
     * A year in the first page's title block ("Klima- og miljødepartementet · 2020", else the start
     * of "2020–2024"), else the creation date: years in body text are about other things.
     */
    static Integer yearOf(Page first, Calendar created) {
        String titleBlock = first == null ? "" : titleBlock(first);
        Matcher single = YEAR.matcher(titleBlock);
        if (single.find()) {
            return Integer.parseInt(single.group(1));
        }
        Matcher range = YEAR_RANGE_START.matcher(titleBlock);
        if (range.find()) {
            return Integer.parseInt(range.group(1));
        }
        return created == null ? null : created.get(Calendar.YEAR);
    }

    private static String titleBlock(Page first) {
        StringBuilder block = new StringBuilder();
        first.lines().stream().filter(line -> !first.isBoilerplate(line.start())).limit(TITLE_BLOCK_LINES)
                .forEach(line -> block.append(line.text(first)).append('\n'));
        return block.toString();
    }

    private static String largestLine(Page page) {
        if (page == null) {
            return null;
        }
        return page.lines().stream()
                .filter(line -> !page.isBoilerplate(line.start()))
                .max(Comparator.comparingDouble(TextLine::fontSize))
                .map(line -> line.text(page).strip())
                .orElse(null);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
