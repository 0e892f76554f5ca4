package no.tiltaksradar.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the tests: the one named by {@code TILTAKSRADAR_TEST_DATABASE_URL}, or
 * else a throw-away cluster started from Debian's server binaries (package {@code postgresql},
 * which scripts/test.sh installs). As root the cluster runs as the {@code postgres} user, since
 * PostgreSQL refuses to run as root. Never a mock and never H2 in disguise: without either, the
 * tests fail and say what to install.
 */
public final class PostgresServer {
    private static PostgresServer shared;

    private final String baseUrl;
    private final String user;
    private final String password;

    private PostgresServer(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The server of this test run, started at the first call and stopped when the JVM exits. */
    public static synchronized PostgresServer get() {
        if (shared == null) {
            String url = System.getenv("TILTAKSRADAR_TEST_DATABASE_URL");
            shared = url != null ? new PostgresServer(url.substring(0, url.lastIndexOf('/') + 1),
                    System.getenv().getOrDefault("TILTAKSRADAR_TEST_DATABASE_USERNAME", "postgres"),
                    System.getenv().getOrDefault("TILTAKSRADAR_TEST_DATABASE_PASSWORD", "")) : startLocal();
        }
        return shared;
    }

    /** A new, empty database on this server; each test class takes its own. */
    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(baseUrl + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            return baseUrl + name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + baseUrl + ": " + e.getMessage(), e);
        }
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static PostgresServer startLocal() {
        Path bin = serverBinaries();
        try {
            Path dir = Files.createTempDirectory("tiltaksradar-pg-");
            int port = freePort();
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                exec(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            exec(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "tiltaksradar",
                    "-E", "UTF8", "--locale=C"), root);
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, dir, root)));
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/", "tiltaksradar", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL from " + bin + ": " + e.getMessage(), e);
        }
    }

    private static void stop(Path bin, Path dir, boolean root) {
        try {
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), root);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            // the JVM is exiting; a left-over temp folder is all that can remain
        }
    }

    private static Path serverBinaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        try (Stream<Path> dirs = Files.isDirectory(versions) ? Files.list(versions) : Stream.empty()) {
            return dirs.map(d -> d.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                            + "install Debian's postgresql (scripts/test.sh does so when run as root) or set TILTAKSRADAR_TEST_DATABASE_URL"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exec(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
