package no.tiltaksradar.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The JSON-LD is read back as RDF by Apache Jena and asked with SPARQL, as a linked-data consumer would. */
class JsonLdExporterTest {
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX tr: <" + ExportFixture.BASE + "/vocab/terms#> ";
    private static final Vocabularies VOCABULARIES = new Vocabularies(List.of("KI", "sky", "datadeling"), List.of("effektivisering", "åpenhet"));

    @Test
    void theVocabulariesAreSkosConceptSchemes() throws IOException {
        Model model = read();
        List<Map<String, String>> concepts = select(model, "SELECT ?scheme ?label WHERE { ?c a skos:Concept ; skos:inScheme ?scheme ; "
                + "skos:prefLabel ?label . ?scheme a skos:ConceptScheme . ?scheme skos:hasTopConcept ?c }");
        assertThat(concepts).contains(Map.of("scheme", ExportFixture.BASE + "/vocab/technology", "label", "KI"),
                Map.of("scheme", ExportFixture.BASE + "/vocab/purpose", "label", "åpenhet"),
                Map.of("scheme", ExportFixture.BASE + "/vocab/purpose", "label", "effektivisering"));
    }

    @Test
    void eachMeasureIsLinkedToItsConcepts() throws IOException {
        List<Map<String, String>> links = select(read(), "SELECT ?label WHERE { <" + ExportFixture.BASE + "/api/register/11> "
                + "tr:technology ?c . ?c skos:prefLabel ?label }");
        assertThat(links).extracting(m -> m.get("label")).containsExactlyInAnyOrder("sky", "datadeling");
        List<Map<String, String>> subjects = select(read(), "SELECT ?label WHERE { <" + ExportFixture.BASE + "/api/register/11> "
                + "dcterms:subject ?c . ?c skos:prefLabel ?label }");
        assertThat(subjects).extracting(m -> m.get("label")).containsExactlyInAnyOrder("sky", "datadeling", "effektivisering");
    }

    @Test
    void eachMeasureIsLinkedToItsDocumentAndItsQuoteWithThePage() throws IOException {
        List<Map<String, String>> rows = select(read(), "SELECT ?title ?text ?page ?doc WHERE { <" + ExportFixture.BASE
                + "/api/register/12> dcterms:source ?doc ; tr:quote ?q ; dcterms:isPartOf <" + ExportFixture.BASE + "/api/register/11> . "
                + "?doc dcterms:title ?title . ?q tr:text ?text ; tr:page ?page ; dcterms:source ?doc }");
        assertThat(rows).containsExactly(Map.of("title", "havstrategi-æøå.pdf", "text", "Vi prøver ut maskinlæring på sensordata fra merdene.",
                "page", "18", "doc", ExportFixture.BASE + "/api/documents/3"));
    }

    @Test
    void theExportNodeNamesTheFiltersThatProducedIt() throws IOException {
        List<Map<String, String>> filters = select(read(), "SELECT ?name ?value WHERE { ?e a tr:Export ; tr:filter ?f . "
                + "?f tr:filterName ?name ; tr:filterValue ?value }");
        assertThat(filters).containsExactlyInAnyOrder(Map.of("name", "q", "value", "skytjenester"),
                Map.of("name", "ministry", "value", "Fiskeri- og havdepartementet"));
    }

    private static Model read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdExporter(VOCABULARIES).write(ExportFixture.export(), out);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(model);
        return model;
    }

    private static List<Map<String, String>> select(Model model, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(PREFIXES + query).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new java.util.HashMap<>();
                results.getResultVars().forEach(v -> row.put(v, solution.get(v).isLiteral() ? solution.getLiteral(v).getLexicalForm()
                        : solution.getResource(v).getURI()));
                rows.add(row);
            }
        }
        return rows;
    }
}
