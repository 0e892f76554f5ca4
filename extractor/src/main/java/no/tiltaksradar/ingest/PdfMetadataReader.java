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

    /** A year standing alone on the first page ("· 2020"), else the start of a range, else the creation date. */
    static Integer yearOf(Page first, Calendar created) {
        if (first != null) {
            String text = first.text();
            Matcher single = YEAR.matcher(text);
            if (single.find()) {
                return Integer.parseInt(single.group(1));
            }
            Matcher range = YEAR_RANGE_START.matcher(text);
            if (range.find()) {
                return Integer.parseInt(range.group(1));
            }
        }
        return created == null ? null : created.get(Calendar.YEAR);
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
