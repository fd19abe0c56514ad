package com.jeweltrak.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A real PostgreSQL started from the zonky binaries, for the zero-setup default and for tests.
 * <p>
 * Its files live under the data directory (never under java.io.tmpdir, which zonky sweeps), it
 * survives restarts, and it is made durable again for the application (zonky turns fsync off).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "jeweltrak";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(DatabaseProperties properties) {
        Path pgData = properties.dataDir().toAbsolutePath().resolve("postgres");
        try {
            if (properties.cleanOnStart()) {
                deleteRecursively(pgData);
            }
            Files.createDirectories(pgData.getParent());
            stopOrphanedPostmaster(pgData);
            String durable = properties.durable() ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale-provider", "icu")
                    .setLocaleConfig("icu-locale", "und")
                    .setLocaleConfig("encoding", "UTF8")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by Spring (DatabaseServer's destroy method), after every bean that uses it:
                    // zonky's own JVM shutdown hook races Spring's, and when it wins, a bean still
                    // reading at shutdown (Modulith's event registry) waits 30 s for a dead server
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.prepareRolesAndDatabase(properties);
            return database;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + pgData, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The owner role migrates; the application role owns nothing and cannot bypass row-level security. */
    private void prepareRolesAndDatabase(DatabaseProperties properties) {
        DataSource superuser = postgres.getPostgresDatabase();
        JdbcTemplate sql = new JdbcTemplate(superuser);
        String owner = properties.ownerUser();
        String app = properties.appUser();
        if (sql.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class, owner) == 0) {
            sql.execute("create role \"" + owner + "\" login bypassrls");
        }
        if (sql.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class, app) == 0) {
            sql.execute("create role \"" + app + "\" login nosuperuser nocreatedb nocreaterole nobypassrls");
        }
        if (sql.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, DATABASE) == 0) {
            sql.execute("create database " + DATABASE + " owner \"" + owner + "\"");
            try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection()) {
                JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                db.execute("alter schema public owner to \"" + owner + "\"");
                db.execute("revoke create on schema public from public");
                db.execute("create extension if not exists pg_trgm");
                db.execute("create extension if not exists unaccent");
                db.execute("create extension if not exists btree_gist");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the database " + DATABASE, e);
            }
        }
    }

    /**
     * After a kill -9 the old postmaster can outlive the JVM and hold postmaster.pid; a new start
     * would then wait and fail. Stop it first.
     */
    private static void stopOrphanedPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            log.warn("Stopping an orphaned PostgreSQL (pid {}) left by an earlier run", postmaster.get().pid());
            ProcessHandle process = postmaster.get();
            process.destroy();
            try {
                process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception timeout) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
