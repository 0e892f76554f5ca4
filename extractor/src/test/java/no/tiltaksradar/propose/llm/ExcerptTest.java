package no.tiltaksradar.propose.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt v3's excerpt: running text as numbered sentences, each table row one unit with its header, the quote cut from the row's cell. */
class ExcerptTest {
    @TempDir
    Path dir;
    private SourceDocument document;
    private Chunk chunk;
    private Excerpt excerpt;

    @BeforeEach
    void read() throws Exception {
        document = TableFixture.document(dir);
        chunk = new SectionChunker().chunk(document).get(0);
        excerpt = Excerpt.of(chunk, TableFixture.tables(document));
    }

    @Test
    void eachTableRowIsOneUnitWithItsHeaderAndTheTableLinesAreNoSentences() {
        assertThat(chunk.text()).as("the fixture's table lies in one chunk").contains("Tiltak Ansvar Frist", "løpende");
        assertThat(excerpt.render()).isEqualTo("""
                [S1] 6 Digital vannforvaltning
                Vannmiljøet overvåkes i dag med mange ulike verktøy.
                [T1.1] Tiltak: Samle målinger fra alle prøvestasjoner i én felles database. | Ansvar: Miljødirektoratet | Frist: 2027
                [T1.2] Tiltak: Gi kommunene et kartverktøy for avløpsanlegg. | Ansvar: Statsforvalteren og kommunene | Frist: 1.3.2026
                [T1.3] Tiltak: Utrede varsling av algeoppblomstring. | Ansvar: Vannforskningsinstituttet | Frist: løpende
                """);
    }

    @Test
    void aRowsQuoteIsItsCellAsTheDocumentHasItWhereItStands() {
        Excerpt.Cut cut = excerpt.cut(List.of("T1.3"), "Tiltak", document.text()).orElseThrow();
        assertThat(cut.quote()).isEqualTo(TableFixture.THIRD_MEASURE);
        assertThat(document.text().substring(cut.cell().charStart(), cut.cell().charEnd())).isEqualTo(cut.quote());
        assertThat(document.pageAt(cut.cell().charStart()).orElseThrow().number()).as("the third row is set on page 2").isEqualTo(2);
    }

    @Test
    void withoutAColumnNameTheRowsLongestCellIsQuoted() {
        assertThat(excerpt.cut(List.of("[t1.1]"), null, document.text())).map(Excerpt.Cut::quote).contains(TableFixture.FIRST_MEASURE);
        assertThat(excerpt.cut(List.of("T1.1"), "Frist:", document.text())).map(Excerpt.Cut::quote).contains("2027");
    }

    @Test
    void fieldsOfARowAreThoseItsOtherCellsState() {
        TableRowUnit.CellQuote cell = excerpt.cut(List.of("T1.2"), "Tiltak", document.text()).orElseThrow().cell();
        TableRowUnit row = excerpt.cut(List.of("T1.2"), "Tiltak", document.text()).orElseThrow().row();
        assertThat(row.responsibleStated(List.of("Statsforvalteren", "Kartverket"), cell.column())).containsExactly("Statsforvalteren");
        assertThat(row.deadlineStated("2026-03-01", cell.column())).isEqualTo("2026-03-01");
        assertThat(row.deadlineStated("2030", cell.column())).as("no cell of the row says 2030").isNull();
    }

    @Test
    void aRowNamedWithOtherIdsOrAnUnknownRowCutsNothing() {
        assertThat(excerpt.cut(List.of("S1", "T1.1"), "Tiltak", document.text())).isEmpty();
        assertThat(excerpt.cut(List.of("T1.9"), "Tiltak", document.text())).isEmpty();
        assertThat(excerpt.cut(List.of("S1"), null, document.text())).map(Excerpt.Cut::row).isEmpty();
    }

    @Test
    void withoutTablesTheExcerptIsPromptV2s() {
        assertThat(Excerpt.of(chunk, List.of()).render()).isEqualTo(NumberedSentences.of(chunk.text()).render());
    }
}
