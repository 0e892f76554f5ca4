package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.Table;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.TextSpan;

/**
 * Measures where action plans print them: a table whose header names its rows as measures
 * ("Tiltak", "Aktivitet", "Hva", "Regjeringen vil:") or goals ("Mål") gives one candidate per row;
 * the other columns fill fields by their header ("Ansvarlig", "Ansvarlig departement", "Frist").
 * A list inside the measure cell gives sub-measures of the row's measure.
 */
final class TableMeasures {
    private static final double IN_TABLE = 0.9;

    private final DeadlineParser deadlines = new DeadlineParser();

    List<CandidateMeasure> read(Block tableBlock, CommitmentClassifier classifier, CandidateFactory factory) {
        Table table = tableBlock.table();
        List<FieldRole> roles = table.header().stream().map(FieldRole::of).toList();
        int column = roles.indexOf(FieldRole.MEASURE);
        MeasureKind kind = MeasureKind.MEASURE;
        if (column < 0) {
            column = roles.indexOf(FieldRole.GOAL);
            kind = MeasureKind.GOAL;
        }
        List<CandidateMeasure> found = new ArrayList<>();
        if (column < 0) {
            return found; // a table of figures, actors or topics names no measures
        }
        for (Table.Row row : table.rows()) {
            found.addAll(fromRow(row, column, table.header(), new CommitmentClassifier.Reading(kind, IN_TABLE), classifier, factory));
        }
        return found;
    }

    private List<CandidateMeasure> fromRow(Table.Row row, int column, List<String> header, CommitmentClassifier.Reading reading,
                                           CommitmentClassifier classifier, CandidateFactory factory) {
        Map<String, String> besides = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != column) {
                besides.put(header.get(c), row.cell(c).text());
            }
        }
        StatedFields stated = StatedFields.of(besides, deadlines);
        List<CandidateMeasure> found = new ArrayList<>();
        CandidateMeasure parent = null;
        for (Block item : row.cell(column).blocks()) {
            if (item.text().isBlank() || classifier.reportsOnly(item.text())) {
                continue;
            }
            boolean sub = item.isListItem() && parent != null;
            CandidateMeasure candidate = factory.create(item, new TextSpan(0, item.text().length()), reading,
                    sub ? parent.id() : null, stated).withOrigin(Origin.TABLE_ROW);
            found.add(candidate);
            parent = sub ? parent : item.isListItem() ? null : candidate;
        }
        return found;
    }
}
