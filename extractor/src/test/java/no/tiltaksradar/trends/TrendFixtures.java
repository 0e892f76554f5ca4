package no.tiltaksradar.trends;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.model.Chunk;

/**
 * Three small plans written for these tests, counted by hand: two with measures (2018, 2020) and one (2024) with a goal
 * and no measure. Five measure records, one of them not verified; one verified goal.
 */
final class TrendFixtures {
    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String C = "c".repeat(64);
    static final String OUTSIDE = "d".repeat(64);

    static final String A1 = "Fiskeridirektoratet skal etablere en felles løsning for fangstdata innen 2020.";
    static final String A2 = "Direktoratet vil styrke samarbeid med Kystverket om sikkerhet.";
    static final String B1 = "Helsedirektoratet skal ta i bruk kunstig intelligens i tolkning av røntgenbilder innen 2022.";
    static final String B2 = "Direktoratet skal sammen med Norsk helsenett utrede maskinlæring for triage.";
    static final String B3 = "Kunstig intelligens kan gi bedre diagnostikk.";
    static final String C1 = "Vi ønsker mer bruk av KI.";

    // words, counted by hand: A 3 + 9 + 1 + 10 + 8 = 31; B 3 + 6 + 13 + 10 = 32; C 11 + 6 = 17
    static final String A_P1 = "Plan for fiskeriforvaltning\nVi skal samarbeide tett med kommunene om felles løsninger.";
    static final String A_P2 = "Tiltak\n" + A1 + "\n" + A2;
    static final String B_P1 = "Helse og digitalisering\n" + B3;
    static final String B_P2 = B1 + " " + B2;
    static final String C_P1 = "Denne planen beskriver mål for kunstig intelligens og KI i helse.\n" + C1;

    private TrendFixtures() {
    }

    static List<TrendDocument> documents() {
        return List.of(
                document(A, "plan-a.pdf", "Fiskeridepartementet", 2018, A_P1, A_P2),
                document(B, "plan-b.pdf", "Helsedepartementet", 2020, B_P1, B_P2),
                document(C, "plan-c.pdf", "Helsedepartementet", 2024, C_P1));
    }

    static TrendDocument document(String id, String fileName, String publisher, Integer year, String... pages) {
        List<TrendDocument.PageText> texts = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            texts.add(new TrendDocument.PageText(i + 1, String.valueOf(i + 1), pages[i]));
        }
        return new TrendDocument(id, fileName, fileName, publisher, year, texts);
    }

    static List<TrendMeasure> measures() {
        return List.of(
                measure("a-1", "plan-a.pdf", A, "measure", A1, 2, null, List.of("Fiskeridirektoratet"), List.of(), "2020",
                        List.of("fellesløsninger"), List.of("effektivisering"), true),
                measure("a-2", "plan-a.pdf", A, "measure", A2, 2, null, List.of("Fiskeridirektoratet"), List.of("Kystverket"), null,
                        List.of("informasjonssikkerhet"), List.of(), true),
                measure("b-1", "plan-b.pdf", B, "measure", B1, 2, "Helse- og omsorgsdepartementet", List.of("Helsedirektoratet"),
                        List.of(), "2022", List.of("KI"), List.of("bedre tjenester"), true),
                measure("b-2", "plan-b.pdf", B, "measure", B2, 2, null, List.of("Helsedirektoratet"), List.of("Norsk helsenett"), null,
                        List.of("KI"), List.of(), true),
                measure("b-3", "plan-b.pdf", B, "measure", B3, 1, null, List.of(), List.of(), null, List.of("KI"), List.of(), false),
                measure("c-1", "plan-c.pdf", C, "goal", C1, 1, null, List.of(), List.of(), null, List.of("KI"), List.of(), true));
    }

    static TrendMeasure measure(String id, String document, String documentId, String kind, String quote, int page, String ministry,
                                List<String> responsible, List<String> collaborators, String deadline, List<String> technology,
                                List<String> purpose, boolean verified) {
        return new TrendMeasure(id, document, documentId, kind, quote, quote, page, String.valueOf(page), ministry, responsible,
                collaborators, deadline, technology, purpose, true, verified, null);
    }

    static TrendData data() {
        return new TrendData(documents(), measures());
    }

    /** A real in-memory Lucene index holding each page of each fixture document as one chunk. */
    static LuceneChunkIndex index() throws IOException {
        LuceneChunkIndex index = LuceneChunkIndex.inMemory();
        for (TrendDocument d : documents()) {
            List<Chunk> chunks = new ArrayList<>();
            int offset = 0;
            for (TrendDocument.PageText p : d.pages()) {
                chunks.add(new Chunk(d.id() + ":" + p.number(), d.id(), p.number() - 1, List.of(d.fileName()), p.number(), p.number(),
                        offset, offset + p.text().length(), p.text()));
                offset += p.text().length() + 1;
            }
            index.index(d.id(), chunks);
        }
        return index;
    }
}
