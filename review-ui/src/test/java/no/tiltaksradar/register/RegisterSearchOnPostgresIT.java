package no.tiltaksradar.register;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.tiltaksradar.server.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/** The register's search and list on a real PostgreSQL, the production database. */
class RegisterSearchOnPostgresIT extends RegisterSearchContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    DataSource dataSource() {
        PostgresServer postgres = PostgresServer.get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.createDatabase("register_search_" + DATABASES.incrementAndGet()));
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        return dataSource;
    }
}
