package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextSpan;
import no.tiltaksradar.testing.CorpusFixtures;
import no.tiltaksradar.testing.CorpusFixtures.ManifestEntry;
import no.tiltaksradar.testing.GoldQuotes;
import no.tiltaksradar.testing.GoldQuotes.GoldQuote;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfBoxIngesterTest extends DocumentIngesterContract {
    private final PdfBoxIngester ingester = new PdfBoxIngester();

    @Override
    protected DocumentIngester ingester() {
        return ingester;
    }

    @Override
    protected Path sample() {
        return CorpusFixtures.pdf("ks");
    }

    @Override
    protected String expectedWords() {
        return "KS har i tråd med hovedstyrevedtaket etablert et digitaliseringsråd";
    }

    @Test
    void pageCountsAndDigestsMatchTheManifest() throws Exception {
        for (ManifestEntry entry : CorpusFixtures.manifest()) {
            SourceDocument document = ingester.ingest(entry.pdf());
            assertThat(document.pages()).as(entry.id()).hasSize(entry.pages());
            assertThat(document.sha256()).as(entry.id()).isEqualTo(entry.sha256());
        }
    }

    @Test
    void everyGoldQuoteStartsOnItsGoldPage() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String id : CorpusFixtures.goldDocuments()) {
            SourceDocument document = ingester.ingest(CorpusFixtures.pdf(id));
            for (GoldQuote gold : GoldQuotes.read(CorpusFixtures.corpus().resolve("gold/" + id + ".jsonl"))) {
                if (!startsOnPage(document, gold.page(), gold.quote())) {
                    missing.add(gold.id() + " p" + gold.page() + ": " + gold.quote());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The quote is on the page, or begins there and runs on past the next page's running header. */
    private static boolean startsOnPage(SourceDocument document, int pageNumber, String quote) {
        String page = collapse(document.page(pageNumber).text());
        if (page.contains(quote)) {
            return true;
        }
        if (pageNumber == document.pages().size()) {
            return false;
        }
        String joined = page + " " + collapse(withoutBoilerplate(document.page(pageNumber + 1)));
        int at = joined.indexOf(quote);
        return at >= 0 && at < page.length();
    }

    private static String withoutBoilerplate(Page page) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < page.text().length(); i++) {
            text.append(page.isBoilerplate(i) ? ' ' : page.text().charAt(i));
        }
        return text.toString();
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void runningHeadersAndPageFootersAreMarkedAsBoilerplateOnEveryPage() throws Exception {
        SourceDocument document = ingester.ingest(CorpusFixtures.pdf("miljo"));
        for (Page page : document.pages()) {
            List<String> marked = page.boilerplate().stream().map(s -> page.text().substring(s.start(), s.end())).toList();
            assertThat(marked).as("page " + page.number())
                    .contains("Digitaliseringsstrategi for miljøsektoren 2020–2024", "Side " + page.number());
        }
    }

    @Test
    void bodyTextIsNeverMarkedAsBoilerplate() throws Exception {
        SourceDocument document = ingester.ingest(CorpusFixtures.pdf("ks"));
        for (Page page : document.pages()) {
            int marked = page.boilerplate().stream().mapToInt(TextSpan::length).sum();
            assertThat(marked).as("page " + page.number()).isLessThan(120);
        }
    }

    @Test
    void printedPageLabelsComeFromTheRunningFooter() throws Exception {
        SourceDocument document = ingester.ingest(CorpusFixtures.pdf("digdir"));
        assertThat(document.pages()).allSatisfy(page -> assertThat(page.label()).isEqualTo(Integer.toString(page.number())));
    }

    @Test
    void aCoverPageShiftsPrintedLabelsAgainstPhysicalNumbers() throws Exception {
        Path pdf = temp.resolve("med-forside.pdf");
        writePdf(pdf, List.of(List.of("Strategi for alt"), List.of("Innledning", "Side 1"), List.of("Tiltak", "Side 2"),
                List.of("Mål", "Side 3")), true);
        SourceDocument document = ingester.ingest(pdf);
        assertThat(document.pages()).extracting(Page::label).containsExactly(null, "1", "2", "3");
    }

    @Test
    void frontMatterInRomanNumeralsAndABodyThatStartsAgainAtOneAreBothLabelled() throws Exception {
        Path pdf = temp.resolve("romertall.pdf");
        writePdf(pdf, List.of(List.of("Plan for bedre skoleskyss"), List.of("Forord", "ii"), List.of("Innhold", "iii"),
                List.of("Innledning", "1"), List.of("Tiltak", "2"), List.of("Oppfølging", "3")), true);
        SourceDocument document = ingester.ingest(pdf);
        assertThat(document.pages()).extracting(Page::label).containsExactly(null, "ii", "iii", "1", "2", "3");
        assertThat(document.page(2).text().substring(document.page(2).boilerplate().get(0).start())).as("the number is no body text")
                .startsWith("ii");
    }

    @Test
    void oneRomanPageBeforeTheBodysFirstPageIsEvidenceEnough() throws Exception {
        Path pdf = temp.resolve("kort.pdf");
        writePdf(pdf, List.of(List.of("Kort plan"), List.of("Forord", "ii"), List.of("Tiltak", "1")), true);
        assertThat(ingester.ingest(pdf).pages()).extracting(Page::label).containsExactly(null, "ii", "1");
    }

    @Test
    void onlyRomanNumeralsWrittenTheUsualWayCount() {
        assertThat(BoilerplateDetector.romanValue("xiv")).isEqualTo(14);
        assertThat(BoilerplateDetector.romanValue("IV")).isEqualTo(4);
        assertThat(BoilerplateDetector.romanValue("iiii")).isEqualTo(-1);
        assertThat(BoilerplateDetector.romanValue("il")).isEqualTo(-1);
        assertThat(BoilerplateDetector.romanValue("vi")).isEqualTo(6);
    }

    @Test
    void lineBreakHyphenationIsUndoneButRealHyphensStay() throws Exception {
        Path pdf = temp.resolve("orddeling.pdf");
        writePdf(pdf, List.of(List.of("Etatene skal styrke informa-", "sjonssikkerheten i felles IKT-", "driftsenhet og helse-",
                "og omsorgssektoren.")), false);
        String text = ingester.ingest(pdf).page(1).text();
        assertThat(text).contains("informasjonssikkerheten i felles IKT-\ndriftsenhet og helse-\nog omsorgssektoren.");
    }

    @Test
    void everyNonSpaceCharacterHasAGlyphBoxOnItsPage() throws Exception {
        SourceDocument document = ingester.ingest(CorpusFixtures.pdf("miljo"));
        Page page = document.page(5);
        long visible = page.text().chars().filter(c -> !Character.isWhitespace(c)).count();
        assertThat(page.glyphs().stream().filter(g -> !Character.isWhitespace(page.text().charAt(g.charIndex())))).hasSize((int) visible);
        assertThat(page.glyphs()).allSatisfy(g -> {
            assertThat(g.x()).isBetween(0f, 600f);
            assertThat(g.y()).isBetween(0f, 850f);
        });
    }

    @Test
    void headingsAreLargerOrBolderThanBodyText() throws Exception {
        Page page = ingester.ingest(CorpusFixtures.pdf("miljo")).page(5);
        var tiltak = page.lines().stream().filter(l -> l.text(page).equals("Tiltak")).findFirst().orElseThrow();
        var body = page.lines().stream().filter(l -> l.text(page).startsWith("i. Etatene skal")).findFirst().orElseThrow();
        assertThat(tiltak.fontSize() > body.fontSize() || tiltak.bold()).isTrue();
        assertThat(body.bold()).isFalse();
    }

    @Test
    void readsTitlePublisherAndYear() throws Exception {
        var metadata = ingester.ingest(CorpusFixtures.pdf("miljo")).metadata();
        assertThat(metadata.title()).isEqualTo("Digitaliseringsstrategi for miljøsektoren 2020–2024");
        assertThat(metadata.publisher()).isEqualTo("Klima- og miljødepartementet");
        assertThat(metadata.year()).isEqualTo(2020);
    }

    @Test
    void ligaturesAreExpanded() {
        assertThat(PageTextBuilder.expandLigatures("eﬀektiv ﬁnansiering")).isEqualTo("effektiv finansiering");
    }

    static void writePdf(Path file, List<List<String>> pages, boolean footerLast) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    for (int i = 0; i < lines.size(); i++) {
                        boolean footer = footerLast && i == lines.size() - 1 && lines.size() > 1;
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(72, footer ? 30 : 700 - i * 16);
                        content.showText(lines.get(i));
                        content.endText();
                    }
                }
            }
            pdf.save(file.toFile());
        }
    }
}
