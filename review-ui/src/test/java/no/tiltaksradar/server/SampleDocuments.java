package no.tiltaksradar.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.testing.CorpusFixtures;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Documents for server runs: the corpus PDFs plus small ones made here, in wording of our own. */
final class SampleDocuments {
    private SampleDocuments() {
    }

    /** The four corpus PDFs and {@code extra} made-up ones: distinct content, so none is a duplicate. */
    static List<Path> corpusAnd(int extra, Path folder) {
        List<Path> files = new ArrayList<>();
        for (String id : List.of("digdir", "faktaark", "ks", "miljo")) {
            files.add(CorpusFixtures.pdf(id));
        }
        for (int i = 1; i <= extra; i++) {
            files.add(plan(folder.resolve("plan-" + i + ".pdf"), i));
        }
        return files;
    }

    /** A one-page action plan whose measures a pattern proposer should find. */
    static Path plan(Path file, int number) {
        List<String> lines = List.of("Handlingsplan for digitale fellestjenester " + number,
                "Tiltak",
                "Fylkeskommunen skal etablere en felles innbyggerportal innen 2027.",
                "Kommunene skal innføre digital postkasse for alle tjenester innen 2026.",
                "Direktoratet vil utvikle en nasjonal løsning for datadeling (plan " + number + ").");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(60, 720);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            Files.createDirectories(file.getParent());
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
