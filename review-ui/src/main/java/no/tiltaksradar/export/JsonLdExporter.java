package no.tiltaksradar.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * JSON-LD: the technology and purpose vocabularies as SKOS concept schemes, each measure linked to its concepts
 * ({@code tr:technology}, {@code tr:purpose}, and both as {@code dcterms:subject}), to its document
 * ({@code dcterms:source}) and to its quote with the page it stands on; one node describes the export and its filters.
 * Terms are Dublin Core and SKOS where those have one, else the server's own {@code tr:} namespace.
 */
@Component
public class JsonLdExporter implements Exporter {
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** Register fields that are plain text, written as {@code tr:<field>} literals. */
    private static final List<String> TEXT_FIELDS = List.of("responsibleMinistry", "portfolio", "costFrame", "fundingSource",
            "organisationForm", "timeFrame", "phase", "benefits", "strategyArea", "dependencies", "deliverables");
    private static final List<String> LIST_FIELDS = List.of("responsibleAgency", "collaborators", "sdgs");
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Vocabularies vocabularies;

    @Autowired
    public JsonLdExporter() {
        this(Vocabularies.fromClasspath());
    }

    public JsonLdExporter(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @Override
    public String format() {
        return "jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.set("@context", context(export));
        ArrayNode graph = root.putArray("@graph");
        graph.add(exportNode(export));
        scheme(graph, export, "technology", vocabularies.technology(), ExportRow::technology);
        scheme(graph, export, "purpose", vocabularies.purpose(), ExportRow::purpose);
        Map<Long, ExportRow> documents = new LinkedHashMap<>();
        for (ExportRow row : export.rows()) {
            documents.putIfAbsent(row.documentId(), row);
            graph.add(measure(export, row));
        }
        documents.values().forEach(row -> graph.add(document(export, row)));
        json.writeValue(new NonClosing(out), root);
        out.flush();
    }

    private ObjectNode context(Export export) {
        ObjectNode context = json.createObjectNode();
        context.put("skos", SKOS).put("dcterms", DCTERMS).put("xsd", XSD).put("tr", export.baseUri() + "/vocab/terms#");
        return context;
    }

    private ObjectNode exportNode(Export export) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", "_:export").put("@type", "tr:Export").put("tr:source", export.source());
        node.set("dcterms:created", typed(export.createdAt().toString(), "xsd:dateTime"));
        node.put("tr:filterSummary", export.filterLine());
        ArrayNode filters = node.putArray("tr:filter");
        export.filters().forEach((name, value) -> filters.addObject().put("@type", "tr:Filter").put("tr:filterName", name)
                .put("tr:filterValue", value));
        node.put("tr:rowCount", export.rows().size());
        return node;
    }

    /** The vocabulary's tags, plus any tag a reviewer or a model gave that the vocabulary lacks, so every link resolves. */
    private void scheme(ArrayNode graph, Export export, String name, List<String> vocabulary,
                        Function<ExportRow, List<String>> tagsOf) {
        Set<String> tags = new LinkedHashSet<>(vocabulary);
        export.rows().forEach(row -> tags.addAll(tagsOf.apply(row)));
        String schemeId = export.baseUri() + "/vocab/" + name;
        ObjectNode scheme = graph.addObject().put("@id", schemeId).put("@type", "skos:ConceptScheme");
        // the scheme's name is in the reader's language; the tags themselves are Norwegian
        scheme.set("skos:prefLabel", language(export.label("scheme." + name), export.label("meta.language")));
        ArrayNode top = scheme.putArray("skos:hasTopConcept");
        for (String tag : tags) {
            String id = concept(export, name, tag);
            top.addObject().put("@id", id);
            ObjectNode concept = graph.addObject().put("@id", id).put("@type", "skos:Concept");
            concept.set("skos:prefLabel", language(tag, "nb"));
            concept.putObject("skos:inScheme").put("@id", schemeId);
            concept.putObject("skos:topConceptOf").put("@id", schemeId);
        }
    }

    private ObjectNode measure(Export export, ExportRow row) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", export.baseUri() + export.itemPath() + row.id());
        node.put("@type", "GOAL".equalsIgnoreCase(row.kind()) ? "tr:Goal" : "tr:Measure");
        node.put("dcterms:identifier", String.valueOf(row.id()));
        node.set("dcterms:title", language(row.name(), "nb"));
        putText(node, "dcterms:description", row.description());
        for (String field : TEXT_FIELDS) {
            putText(node, "tr:" + field, (String) ExportColumn.named(field).value().apply(row));
        }
        for (String field : LIST_FIELDS) {
            List<?> values = (List<?>) ExportColumn.named(field).value().apply(row);
            if (!values.isEmpty()) {
                ArrayNode array = node.putArray("tr:" + field);
                values.forEach(v -> array.add(String.valueOf(v)));
            }
        }
        ArrayNode subjects = node.putArray("dcterms:subject");
        links(node.putArray("tr:technology"), subjects, export, "technology", row.technology());
        links(node.putArray("tr:purpose"), subjects, export, "purpose", row.purpose());
        String documentId = documentId(export, row);
        node.putObject("dcterms:source").put("@id", documentId);
        if (row.parentId() != null) {
            node.putObject("dcterms:isPartOf").put("@id", export.baseUri() + export.itemPath() + row.parentId());
        }
        putText(node, "tr:status", row.status());
        node.set("tr:quote", quote(row, documentId));
        return node;
    }

    private ObjectNode quote(ExportRow row, String documentId) {
        ObjectNode quote = json.createObjectNode().put("@type", "tr:Quote");
        quote.set("tr:text", language(row.quote(), "nb"));
        quote.putObject("dcterms:source").put("@id", documentId);
        if (row.page() != null) {
            quote.set("tr:page", typed(String.valueOf(row.page()), "xsd:integer"));
        }
        putText(quote, "tr:pageLabel", row.pageLabel());
        return quote;
    }

    private ObjectNode document(Export export, ExportRow row) {
        ObjectNode node = json.createObjectNode().put("@id", documentId(export, row)).put("@type", "tr:Document");
        node.put("dcterms:title", row.document());
        if (row.year() != null) {
            node.set("dcterms:issued", typed(String.valueOf(row.year()), "xsd:gYear"));
        }
        return node;
    }

    private void links(ArrayNode field, ArrayNode subjects, Export export, String scheme, List<String> tags) {
        for (String tag : tags) {
            field.addObject().put("@id", concept(export, scheme, tag));
            subjects.addObject().put("@id", concept(export, scheme, tag));
        }
    }

    private static String documentId(Export export, ExportRow row) {
        return export.baseUri() + "/api/documents/" + row.documentId();
    }

    /** A concept's IRI: its scheme and its tag, lower case, spaces as dashes, percent-encoded. */
    static String concept(Export export, String scheme, String tag) {
        String slug = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return export.baseUri() + "/vocab/" + scheme + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    private ObjectNode typed(String value, String type) {
        return json.createObjectNode().put("@value", value).put("@type", type);
    }

    private ObjectNode language(String value, String language) {
        return json.createObjectNode().put("@value", value == null ? "" : value).put("@language", language);
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }
}
