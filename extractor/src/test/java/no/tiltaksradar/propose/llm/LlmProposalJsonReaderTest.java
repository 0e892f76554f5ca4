package no.tiltaksradar.propose.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LlmProposalJsonReaderTest {
    private final ProposalJsonReader reader = new ProposalJsonReader();

    private List<String> quotes(String answer) {
        return reader.read(answer).orElseThrow().stream().map(ProposedItem::quote).toList();
    }

    @Test
    void readsTheSchemaShape() {
        String json = "{\"items\":[{\"kind\":\"measure\",\"quote\":\"a b\",\"name\":\"n\",\"responsible\":[\"KS\"],"
                + "\"deadline\":\"2025\",\"parent_quote\":null}]}";
        ProposedItem item = reader.read(json).orElseThrow().get(0);
        assertThat(item.kind()).isEqualTo("measure");
        assertThat(item.responsible()).containsExactly("KS");
        assertThat(item.deadline()).isEqualTo("2025");
    }

    @Test
    void stripsCodeFencesAndProseAround() {
        assertThat(quotes("Her er svaret:\n```json\n{\"items\":[{\"quote\":\"x\"}]}\n```")).containsExactly("x");
    }

    @Test
    void dropsTrailingCommas() {
        assertThat(quotes("{\"items\":[{\"quote\":\"x\",},{\"quote\":\"y\"},]}")).containsExactly("x", "y");
    }

    @Test
    void closesATruncatedArrayAfterTheLastCompleteItem() {
        assertThat(quotes("{\"items\":[{\"quote\":\"x\"},{\"quote\":\"y\"},{\"quote\":\"z ha")).containsExactly("x", "y");
    }

    @Test
    void acceptsABareArray() {
        assertThat(quotes("[{\"quote\":\"x\"}]")).containsExactly("x");
    }

    @Test
    void emptyListIsAValidAnswer() {
        assertThat(reader.read("{\"items\": []}")).hasValue(List.of());
    }

    @Test
    void dropsItemsWithoutQuote() {
        assertThat(quotes("{\"items\":[{\"quote\":\"\"},{\"name\":\"n\"},{\"quote\":\"x\"}]}")).containsExactly("x");
    }

    @Test
    void proseIsNotJson() {
        assertThat(reader.read("Dokumentet inneholder ingen tiltak.")).isEmpty();
        assertThat(reader.read("")).isEmpty();
    }
}
