package no.tiltaksradar.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's search and list over a real database migrated by the application's own migrations: an in-memory H2
 * here ({@link RegisterSearchTest}), a real PostgreSQL in {@link RegisterSearchOnPostgresIT}.
 */
abstract class RegisterSearchContract {
    private JdbcClient jdbc;
    private RegisterSearch search;
    private RegisterRepository register;

    /** A fresh, empty database for each test. */
    abstract DataSource dataSource();

    @BeforeEach
    void database() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        search = new RegisterSearch(jdbc);
        register = new RegisterRepository(jdbc, search);
        jdbc.sql("INSERT INTO document (id, sha256, file_name, content_type, size_bytes, status, uploaded_by, uploaded_at, pub_year) "
                + "VALUES (1, 'abc', 'kyst.pdf', 'application/pdf', 1, 'INGESTED', 'admin', ?, 2025)").param(java.sql.Timestamp.from(Instant.now())).update();
    }

    @Test
    void aBokmaalInflectionFindsAnother() {
        long id = entry("Felles tjenester for kommunene", "Vi utvikler tjenester som kommuner kan dele.");
        entry("Opplæring i havet", "Fiskerne får kurs.");
        assertThat(search.search("tjenestene")).containsExactly(id);
        assertThat(search.search("kommunen")).containsExactly(id);
    }

    @Test
    void aNynorskInflectionFindsTheNynorskText() {
        long id = entry("Digitale tenester i fylket", "Fylkeskommunen skal lage fleire digitale tenester for innbyggjarane.");
        assertThat(search.search("tenestene")).containsExactly(id);
        assertThat(search.search("innbyggjarar")).containsExactly(id);
    }

    @Test
    void everyWordMustMatch() {
        long both = entry("Sensorer i havbruket", "Sensorer måler temperaturen i merdene.");
        entry("Sensorer på land", "Vi setter opp sensorer i byene.");
        assertThat(search.search("sensorene merder")).containsExactly(both);
        assertThat(search.search("og i på")).as("stop words alone select nothing").isEmpty();
    }

    @Test
    void anEditIsFoundAtOnce() {
        long id = entry("Et tiltak", "Et sitat.");
        assertThat(search.search("finansieringen")).isEmpty();
        RegisteredMeasure current = register.find(id).orElseThrow();
        register.update(id, current.version(), Map.of("funding_source", "Egen finansiering over statsbudsjettet"), "rita");
        assertThat(search.search("finansieringen")).containsExactly(id);
    }

    @Test
    void theListWithASearchIsOrderedByRelevanceAndFiltered() {
        long weak = entry("Kart over kysten", "Kartverket lager kart, og ett av dem viser skog.");
        long strong = entry("Skog og skogbruk", "Skogen skal kartlegges; skogeierne får data om skogen.");
        var request = no.tiltaksradar.web.PageRequest.of(0, 10, null, RegisterColumns.SORTABLE, "id,asc");
        RegisterFilter filter = new RegisterFilter(null, null, 2025, null, null, null, null, "skogen");
        assertThat(register.page(filter, request, true).items()).extracting(RegisteredMeasure::id).containsExactly(strong, weak);
        RegisterFilter otherYear = new RegisterFilter(null, null, 2020, null, null, null, null, "skogen");
        assertThat(register.page(otherYear, request, true).items()).isEmpty();
    }

    /** An entry as the register holds it (written directly: its candidate and decision do not matter here). */
    private long entry(String name, String quote) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO registered_measure (kind, name, document_id, quote, page, pub_year, version, created_at, updated_at) "
                + "VALUES ('MEASURE', ?, 1, ?, 1, 2025, 0, ?, ?)").params(name, quote, java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now())).update(key, "id");
        return key.getKey().longValue();
    }
}
