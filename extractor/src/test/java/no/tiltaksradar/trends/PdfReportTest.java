package no.tiltaksradar.trends;

import static org.assertj.core.api.Assertions.assertThat;

import no.tiltaksradar.index.LuceneChunkIndex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF report holds the check summary, the charts' labels and values, and the kept findings with their citations. */
class PdfReportTest {

    @Test
    void holdsTheSummaryChartsAndCitedFindings() throws Exception {
        TrendReport report;
        try (LuceneChunkIndex index = TrendFixtures.index()) {
            report = TrendReporter.offline(new IndexPassageSearch(index)).report(TrendFixtures.data());
        }
        byte[] pdf = new PdfReport().render(report);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(report.summary().checked() + " setninger kontrollert, " + report.summary().kept() + " beholdt")
                    .contains("Tiltak per teknologi").contains("Fiskeridepartementet")
                    .contains("2 tiltak gjelder teknologien «KI». [b-1, b-2]")
                    .contains("Temaer: log-odds z, 2018–2020 mot 2024");
        }
    }
}
