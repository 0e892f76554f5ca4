package no.tiltaksradar.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.FixturePdf;
import no.tiltaksradar.testing.LayoutFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout stage on small PDFs typeset the way strategies are. */
class LayoutReaderTest {
    @TempDir
    Path dir;

    private List<Block> read(FixturePdf pdf) throws Exception {
        SourceDocument document = new PdfBoxIngester().ingest(pdf.save(dir, "fixture.pdf"));
        return new LayoutReader().read(document);
    }

    private static List<Block> ofKind(List<Block> blocks, Block.Kind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    @Test
    void aTableHasItsHeaderRowsAndJoinedCellsAndGoesOnOverThePageBreak() throws Exception {
        List<Block> tables = ofKind(read(LayoutFixtures.tables().pdf()), Block.Kind.TABLE);
        assertThat(tables).as("one table, continued on page 2").singleElement();
        Table table = tables.get(0).table();
        assertThat(table.header()).containsExactly("Tiltak", "Ansvarlig", "Ansvarlig departement", "Frist");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cell(0).text()).isEqualTo("Lage en felles søknadsløsning for byggesak som alle kommuner kan ta i bruk.");
        assertThat(table.rows().get(0).cell(1).text()).isEqualTo("Direktoratet for byggkvalitet");
        assertThat(table.rows().get(1).cell(3).text()).isEqualTo("1.7.2026");
        assertThat(tables.get(0).pageEnd()).isEqualTo(2);
    }

    @Test
    void proseAfterATableIsNoRowOfIt() throws Exception {
        List<Block> blocks = read(LayoutFixtures.tables().pdf());
        assertThat(ofKind(blocks, Block.Kind.PARAGRAPH)).extracting(Block::text)
                .contains("Kommunene behandler i dag byggesøknader i mange ulike systemer.", "Arbeidet rapporteres hvert år i årsrapporten.");
    }

    @Test
    void aBoxCaptionIsALabelAndNeverTheSection() throws Exception {
        List<Block> blocks = read(LayoutFixtures.goals().pdf());
        assertThat(ofKind(blocks, Block.Kind.LABEL)).extracting(Block::text).containsExactly("Hovedmål", "Delmål");
        Block item = ofKind(blocks, Block.Kind.LIST_ITEM).get(0);
        assertThat(item.section()).isEqualTo("1 Visjon og mål");
        assertThat(item.context()).isEqualTo("Delmål");
    }

    @Test
    void aBoldStatementIsAParagraphNotAHeadingAndAHeadingOverTwoLinesIsOne() throws Exception {
        List<Block> blocks = read(new FixturePdf().heading("4 Samordnet innsats for trygg deling av data mellom", "kommuner og stat")
                .line(FixturePdf.MARGIN, true, "Alle etater skal ha en oppdatert oversikt over hvilke data de forvalter og")
                .line(FixturePdf.MARGIN, true, "hvem som har tilgang til dem.")
                .line("Et avsnitt i brødtekst."));
        assertThat(ofKind(blocks, Block.Kind.HEADING)).extracting(Block::text)
                .containsExactly("4 Samordnet innsats for trygg deling av data mellom kommuner og stat");
        assertThat(ofKind(blocks, Block.Kind.PARAGRAPH).get(0).text()).startsWith("Alle etater skal ha").endsWith("tilgang til dem.");
    }

    @Test
    void listItemsNestByIndentAndFieldLinesAttachToTheItemAbove() throws Exception {
        List<Block> blocks = read(new FixturePdf().heading("2 Tiltak i planen")
                .line("• Lage en nasjonal oversikt over registre")
                .line(72, false, "– først for helse og omsorg")
                .line("• Utvikle en felles tjeneste for samtykke")
                .line("Ansvar: Helsedirektoratet Frist: 2028"));
        List<Block> items = ofKind(blocks, Block.Kind.LIST_ITEM);
        assertThat(items).extracting(Block::depth).containsExactly(0, 1, 0);
        assertThat(items.get(2).fields()).containsEntry("ansvar", "Helsedirektoratet").containsEntry("frist", "2028");
        assertThat(items.get(2).text()).isEqualTo("Utvikle en felles tjeneste for samtykke");
    }

    @Test
    void aListItemDoesNotRunOnIntoTheParagraphAfterAGap() throws Exception {
        List<Block> blocks = read(new FixturePdf().heading("1 Om planen").line("• Nasjonal strategi for datadeling").gap()
                .line("Denne planen gjelder fra neste år."));
        assertThat(ofKind(blocks, Block.Kind.LIST_ITEM)).extracting(Block::text).containsExactly("Nasjonal strategi for datadeling");
    }

    @Test
    void aTableOfContentsIsNoTable() throws Exception {
        float[] columns = {FixturePdf.MARGIN, 400};
        List<Block> blocks = read(new FixturePdf().heading("Innhold")
                .row(columns, false, List.of(List.of("Tiltak"), List.of("12")))
                .row(columns, false, List.of(List.of("Mål og visjon"), List.of("14"))));
        assertThat(ofKind(blocks, Block.Kind.TABLE)).as("page numbers name no column").isEmpty();
    }

    @Test
    void aBoldStatementWithAModalIsNoHeadingButAnInvertedHeadingIs() throws Exception {
        List<Block> blocks = read(new FixturePdf().heading("Slik skal vi jobbe sammen").heading("Fylket vil styrke arkivene")
                .line("Et avsnitt i brødtekst om samarbeid.").gap()
                .bold("Fylkene skal ha en felles plan for arkiv")
                .line("Et avsnitt i brødtekst om arkiv."));
        assertThat(ofKind(blocks, Block.Kind.HEADING)).extracting(Block::text)
                .containsExactly("Slik skal vi jobbe sammen", "Fylket vil styrke arkivene");
        assertThat(ofKind(blocks, Block.Kind.PARAGRAPH)).extracting(Block::text).contains("Fylkene skal ha en felles plan for arkiv");
    }

    @Test
    void aTightlySetTableStartsARowWhereSeveralColumnsStartACell() throws Exception {
        float[] columns = {FixturePdf.MARGIN, 300, 450};
        List<Block> blocks = read(new FixturePdf().heading("5 Tiltak")
                .row(columns, true, List.of(List.of("Aktivitet"), List.of("Ansvarlig"), List.of("Når")), 0)
                .row(columns, false, List.of(List.of("Samle inn data om", "vannkvalitet fra alle målestasjoner."),
                        List.of("Miljøetaten"), List.of("2027")), 0)
                .row(columns, false, List.of(List.of("Publisere dataene som åpne data."), List.of("Kartetaten"), List.of("2028")), 0));
        Table table = ofKind(blocks, Block.Kind.TABLE).get(0).table();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cell(0).text()).isEqualTo("Samle inn data om vannkvalitet fra alle målestasjoner.");
        assertThat(table.rows().get(1).cell(1).text()).isEqualTo("Kartetaten");
    }

    @Test
    void aCodedItemAfterTheStatementOfAGoalBoxStandsOutsideTheBox() throws Exception {
        List<Block> blocks = read(new FixturePdf().heading("3 Fiskeridata")
                .bold("Mål").line(69, false, "Fiskerne skal bare melde fangsten én gang.").gap()
                .line("K2.1  Lage en felles meldingstjeneste for fangstdata.")
                .line("K2.2  Fiskeridirektoratet skal åpne fangstregisteret for forskere innen 2028."));
        assertThat(ofKind(blocks, Block.Kind.PARAGRAPH)).singleElement().extracting(Block::context).isEqualTo("Mål");
        assertThat(ofKind(blocks, Block.Kind.LIST_ITEM)).extracting(Block::context).containsExactly("3 Fiskeridata", "3 Fiskeridata");
    }

    @Test
    void aNumberSetApartFromItsTextIsAListNumberButOneAtWordSpacingIsNot() throws Exception {
        FixturePdf pdf = new FixturePdf().heading("2 Oppgaver");
        pdf.item(0, "1", 20, "Kartlegge hvilke bruer som mangler sensorer.");
        pdf.item(0, "2", 20, "Bygge en felles portal for inspeksjonsdata.").gap();
        pdf.line("3 bruer ble stengt i fjor etter inspeksjon.");
        List<Block> blocks = read(pdf);
        assertThat(ofKind(blocks, Block.Kind.LIST_ITEM)).extracting(Block::text)
                .containsExactly("Kartlegge hvilke bruer som mangler sensorer.", "Bygge en felles portal for inspeksjonsdata.");
        assertThat(ofKind(blocks, Block.Kind.PARAGRAPH)).extracting(Block::text).containsExactly("3 bruer ble stengt i fjor etter inspeksjon.");
    }

    @Test
    void aCellThatNearlyFillsItsColumnIsStillACellOfTheRow() throws Exception {
        float[] columns = {FixturePdf.MARGIN, FixturePdf.MARGIN + 197, FixturePdf.MARGIN + 330};
        String full = "Montere sensorer på alle bruer i fylket";
        float gap = 197 - FixturePdf.textWidth(full);
        assertThat(gap).as("the cell's text nearly fills it: less than a column gap, more than two word spaces").isBetween(9f, 16f);
        List<String> wrappedOnce = List.of(full);
        List<Block> blocks = read(new FixturePdf().heading("3 Tiltak")
                .row(columns, true, List.of(List.of("Tiltak"), List.of("Ansvarlig"), List.of("Frist")))
                .row(columns, false, List.of(List.of("Rydde i registeret over bruer"), List.of("Vegvesenet"), List.of("2027")))
                .row(columns, false, List.of(wrappedOnce, List.of("Fylkeskommunen"), List.of("2028"))));
        Table table = ofKind(blocks, Block.Kind.TABLE).get(0).table();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cell(0).text()).isEqualTo(full);
        assertThat(table.rows().get(1).cell(1).text()).isEqualTo("Fylkeskommunen");
    }

    @Test
    void aPageNumberReadBeforeTheBodyNumbersNoStatement() throws Exception {
        // footers drawn before the body, as many layout programs do; the roman front matter breaks the run of page numbers
        FixturePdf pdf = new FixturePdf().runningHeader("Plan for bydelane").footer("iv").heading("Føreord").line("Planen er ny.")
                .page().runningHeader("Plan for bydelane").footer("1").heading("1 Retning");
        pdf.line("Alle bydelar skal ha eit ope læringssenter.");
        Block statement = ofKind(read(pdf), Block.Kind.PARAGRAPH).stream().filter(b -> b.text().startsWith("Alle")).findFirst().orElseThrow();
        assertThat(statement.numbered()).as("the footer's 1 stands at the foot of the page, not above the statement").isFalse();
    }
}
