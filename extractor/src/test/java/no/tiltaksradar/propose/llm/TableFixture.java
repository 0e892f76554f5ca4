package no.tiltaksradar.propose.llm;

import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.FixturePdf;

/**
 * A small action plan with a measure table that goes on over a page break, typeset as a real PDF:
 * a sentence before it, wrapped cells, a heading and a sentence after it. Wording of our own.
 */
final class TableFixture {
    static final String FIRST_MEASURE = "Samle målinger fra alle\nprøvestasjoner i én felles database.";
    static final String SECOND_MEASURE = "Gi kommunene et kartverktøy for\navløpsanlegg.";
    static final String THIRD_MEASURE = "Utrede varsling av\nalgeoppblomstring.";
    private static final float[] COLUMNS = {FixturePdf.MARGIN, 300, 450};

    private TableFixture() {
    }

    static SourceDocument document(Path dir) throws Exception {
        FixturePdf pdf = new FixturePdf().heading("6 Digital vannforvaltning")
                .line("Vannmiljøet overvåkes i dag med mange ulike verktøy.").gap()
                .row(COLUMNS, true, List.of(List.of("Tiltak"), List.of("Ansvar"), List.of("Frist")))
                .row(COLUMNS, false, List.of(List.of("Samle målinger fra alle", "prøvestasjoner i én felles database."),
                        List.of("Miljødirektoratet"), List.of("2027")))
                .row(COLUMNS, false, List.of(List.of("Gi kommunene et kartverktøy for", "avløpsanlegg."),
                        List.of("Statsforvalteren og", "kommunene"), List.of("1.3.2026")))
                .page()
                .row(COLUMNS, false, List.of(List.of("Utrede varsling av", "algeoppblomstring."), List.of("Vannforskningsinstituttet"),
                        List.of("løpende")))
                .heading("7 Oppfølging").line("Fremdriften rapporteres årlig til departementet.");
        return new PdfBoxIngester().ingest(pdf.save(dir, "vannplan.pdf"));
    }

    static List<Block> tables(SourceDocument document) {
        return new LayoutReader().read(document).stream().filter(b -> b.kind() == Block.Kind.TABLE).toList();
    }
}
