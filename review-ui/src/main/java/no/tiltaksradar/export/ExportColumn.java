package no.tiltaksradar.export;

import java.util.List;
import java.util.function.Function;

/**
 * One column of the tabular exports (CSV, XLSX), in the register's order.
 *
 * @param key the field's name in JSON and in the message bundle ({@code export.column.KEY})
 */
public record ExportColumn(String key, Function<ExportRow, Object> value) {

    /** The register's columns; list fields are written joined by "; ". */
    public static final List<ExportColumn> ALL = List.of(
            new ExportColumn("id", ExportRow::id),
            new ExportColumn("kind", ExportRow::kind),
            new ExportColumn("name", ExportRow::name),
            new ExportColumn("description", ExportRow::description),
            new ExportColumn("responsibleAgency", ExportRow::responsibleAgency),
            new ExportColumn("responsibleMinistry", ExportRow::responsibleMinistry),
            new ExportColumn("collaborators", ExportRow::collaborators),
            new ExportColumn("portfolio", ExportRow::portfolio),
            new ExportColumn("costFrame", ExportRow::costFrame),
            new ExportColumn("fundingSource", ExportRow::fundingSource),
            new ExportColumn("organisationForm", ExportRow::organisationForm),
            new ExportColumn("timeFrame", ExportRow::timeFrame),
            new ExportColumn("phase", ExportRow::phase),
            new ExportColumn("benefits", ExportRow::benefits),
            new ExportColumn("purpose", ExportRow::purpose),
            new ExportColumn("technology", ExportRow::technology),
            new ExportColumn("strategyArea", ExportRow::strategyArea),
            new ExportColumn("sdgs", ExportRow::sdgs),
            new ExportColumn("dependencies", ExportRow::dependencies),
            new ExportColumn("deliverables", ExportRow::deliverables),
            new ExportColumn("parentId", ExportRow::parentId),
            new ExportColumn("document", ExportRow::document),
            new ExportColumn("year", ExportRow::year),
            new ExportColumn("quote", ExportRow::quote),
            new ExportColumn("page", ExportRow::page),
            new ExportColumn("pageLabel", ExportRow::pageLabel),
            new ExportColumn("status", ExportRow::status));

    /** The column of this key. */
    public static ExportColumn named(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no export column '" + key + "'"));
    }

    /** The cell's text: lists joined, null as empty. */
    public String text(ExportRow row) {
        Object v = value.apply(row);
        if (v instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return v == null ? "" : String.valueOf(v);
    }
}
