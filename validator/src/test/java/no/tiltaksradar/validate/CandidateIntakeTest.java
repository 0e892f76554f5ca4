package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.tiltaksradar.model.CandidateInput;
import no.tiltaksradar.model.CandidateMeasure;
import org.junit.jupiter.api.Test;

/** A candidates file line is read whatever it holds; each fault is named, never thrown. */
class CandidateIntakeTest {
    private final CandidateIntake intake = new CandidateIntake(new ObjectMapper());

    @Test
    void aLineThatIsNotJsonBecomesARecordNamingTheLine() {
        CandidateInput.Read read = intake.read("{\"document\": \"a.pdf\", \"quote\": \"Sitat", 7);
        assertThat(read.candidate().id()).isEqualTo("line-7");
        assertThat(read.candidate().document()).isEqualTo(CandidateInput.NO_DOCUMENT);
        assertThat(read.problems()).singleElement().asString().startsWith("line 7: not JSON");
    }

    @Test
    void aLineThatIsNotAnObjectBecomesARecordNamingTheLine() {
        assertThat(intake.read("[1, 2]", 3).problems()).containsExactly("line 3: not a JSON object");
    }

    @Test
    void aValueOfTheWrongTypeIsLeftOutAndNamed() {
        CandidateInput.Read read = intake.read("{\"document\": \"a.pdf\", \"quote\": \"Sitat.\", \"page\": \"seven\", "
                + "\"charStart\": {\"at\": 3}, \"confidence\": \"high\", \"responsible\": {\"name\": \"KS\"}}", 1);
        assertThat(read.candidate().location()).isEqualTo(CandidateMeasure.Location.UNKNOWN_PLACE);
        assertThat(read.problems()).containsExactly("page: \"seven\" is not a whole number; left out",
                "charStart: {\"at\":3} is not a whole number; left out", "responsible: {\"name\":\"KS\"} is not a list of names; left out",
                "confidence: \"high\" is not a number; left out");
    }

    @Test
    void valuesAModelWritesLooselyAreReadAsMeant() {
        CandidateInput.Read read = intake.read("{\"document\": \"a.pdf\", \"quote\": \"Sitat.\", \"page\": \"4\", \"confidence\": \"0.8\", "
                + "\"responsible\": \"KS\", \"technology\": [\"KI\", null]}", 1);
        assertThat(read.candidate().page()).isEqualTo(4);
        assertThat(read.candidate().provenance().confidence()).isEqualTo(0.8);
        assertThat(read.candidate().fields().responsible()).containsExactly("KS");
        assertThat(read.candidate().fields().technology()).containsExactly("KI");
        assertThat(read.problems()).containsExactly("technology: an entry null is not a name; left out");
    }

    @Test
    void aWellMadeLineHasNoProblems() {
        CandidateInput.Read read = intake.read("{\"document\": \"a.pdf\", \"kind\": \"goal\", \"quote\": \"Sitat.\", \"page\": 2, "
                + "\"pageEnd\": 2, \"charStart\": 10, \"charEnd\": 16, \"responsible\": [\"KS\"], \"confidence\": 0.5}", 1);
        assertThat(read.problems()).isEmpty();
        assertThat(read.candidate().location()).isEqualTo(new CandidateMeasure.Location(2, 2, null, 10, 16, null));
    }
}
