package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineParserTest {
    private final DeadlineParser parser = new DeadlineParser();

    @Test
    void readsNumericDatesWithOrWithoutASpaceBeforeTheYear() {
        assertThat(parser.find("... skal gjennomføres innen 1.6.2021.")).contains("2021-06-01");
        assertThat(parser.find("... innen 1.6. 2022.")).contains("2022-06-01");
    }

    @Test
    void readsWrittenMonthsYearsAndEndOfYear() {
        assertThat(parser.find("kravene skal følges innen 1. januar 2021")).contains("2021-01-01");
        assertThat(parser.find("Innen utgangen av 2020 skal det utarbeides")).contains("2020");
        assertThat(parser.find("ferdig innen mars 2025")).contains("2025-03");
        assertThat(parser.find("i løpet av 2026")).contains("2026");
        assertThat(parser.find("skal vere på plass innan 1.3.2027")).contains("2027-03-01");
    }

    @Test
    void aYearThatIsNoDeadlineIsNotOne() {
        assertThat(parser.find("Strategien for 2020–2024 bygger på NOU 2018")).isEmpty();
        assertThat(parser.find("annet hvert år fra 2021")).isEmpty();
    }
}
