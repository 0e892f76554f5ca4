package no.tiltaksradar.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.language.ListMarker;
import no.tiltaksradar.layout.Table;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;

/**
 * Scores one document per layout kind: each gold record and each prediction is filed under the
 * kind of layout block it stands in (table row, numbered item, list item, box, prose), then scored
 * as usual, so a weakness in one layout shows even when the document's total looks fine.
 */
public final class LayoutKindScorer {
    /** The layout kinds, as the report names them. */
    public static final List<String> KINDS = List.of("table", "numbered", "list", "box", "prose");
    private static final int PREFIX = 40;

    private final LayoutReader layout = new LayoutReader();
    private final GoldSetScorer scorer = new GoldSetScorer();

    /** Rows named by layout kind, for the gold records and predictions of this one document. */
    public List<DocumentScore> score(SourceDocument document, List<GoldRecord> gold, List<CandidateMeasure> predictions) {
        List<Located> blocks = locate(layout.read(document));
        List<CandidateMeasure> filedPredictions = new ArrayList<>();
        for (CandidateMeasure p : predictions) {
            String kind = p.charStart() >= 0 ? kindAt(blocks, p.charStart()) : kindOfQuote(blocks, p.quote());
            filedPredictions.add(p.withDocument(kind)); // the scorer groups by document: file each under its layout kind
        }
        List<GoldRecord> filedGold = new ArrayList<>();
        for (GoldRecord g : gold) {
            filedGold.add(new GoldRecord(g.id(), g.kind(), g.quote(), g.section(), g.page(), kindOf(g, blocks, predictions), g.parent()));
        }
        List<DocumentScore> rows = new ArrayList<>(scorer.score(filedGold, filedPredictions).documents());
        rows.sort(Comparator.comparingInt(r -> KINDS.indexOf(r.document())));
        return rows;
    }

    /** Where the prediction that matches it stands, so both land in one row; else the block that holds its opening words. */
    private static String kindOf(GoldRecord gold, List<Located> blocks, List<CandidateMeasure> predictions) {
        List<String> tokens = Tokens.of(gold.quote());
        CandidateMeasure best = null;
        int bestShared = 0;
        for (CandidateMeasure p : predictions) {
            int shared = Tokens.shared(tokens, Tokens.of(p.quote() == null ? "" : p.quote()));
            if (shared * 2 >= tokens.size() && shared > bestShared) {
                best = p;
                bestShared = shared;
            }
        }
        if (best != null && best.charStart() >= 0) {
            return kindAt(blocks, best.charStart());
        }
        return kindOfQuote(blocks, gold.quote());
    }

    /** The block that holds the quote's opening words, for records without offsets. */
    private static String kindOfQuote(List<Located> blocks, String quote) {
        String opening = prefix(quote == null ? "" : quote);
        return blocks.stream().filter(b -> b.normalised().contains(opening)).map(Located::kind).findFirst().orElse("prose");
    }

    private static String kindAt(List<Located> blocks, int offset) {
        return blocks.stream().filter(b -> b.block().start() <= offset && offset < b.block().end()).map(Located::kind).findFirst()
                .orElse("prose");
    }

    private record Located(Block block, String kind, String normalised) {
    }

    /** Every text-bearing block with its kind; a table's cells are located one by one. */
    private static List<Located> locate(List<Block> blocks) {
        List<Located> located = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.TABLE) {
                for (Table.Row row : block.table().rows()) {
                    row.cells().forEach(cell -> cell.blocks().forEach(b -> located.add(new Located(b, "table", normalise(b.text())))));
                }
            } else if (block.kind() == Block.Kind.LIST_ITEM || block.kind() == Block.Kind.PARAGRAPH) {
                located.add(new Located(block, kindOf(block), normalise(block.text())));
            }
        }
        return located;
    }

    private static String kindOf(Block block) {
        if (block.isListItem()) {
            return block.marker().style() == ListMarker.Style.RUN_IN || block.marker().style() == ListMarker.Style.NUMBER ? "numbered" : "list";
        }
        return block.context().equals(block.section()) ? "prose" : "box";
    }

    private static String prefix(String quote) {
        String normalised = normalise(quote);
        return normalised.substring(0, Math.min(PREFIX, normalised.length()));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00ad]+", " ").strip();
    }
}
