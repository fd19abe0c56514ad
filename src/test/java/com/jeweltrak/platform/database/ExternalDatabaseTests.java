package com.jeweltrak.platform.database;

import java.nio.file.Path;
import java.util.UUID;

import com.jeweltrak.JewelTrakApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * issue 2 point 4: with JEWELTRAK_DB_URL set the app uses that server — migrating as the owner role,
 * running as the application role — and starts no embedded PostgreSQL. The "external" server here is
 * a separate PostgreSQL prepared exactly as the README tells an operator to.
 */
class ExternalDatabaseTests {

    // README "An external PostgreSQL": the roles and database an operator creates once
    private static final String[] OPERATOR_SETUP = {
            "create role ext_owner login password 'owner-secret' bypassrls",
            "create role ext_app login password 'app-secret'",
            "create database jeweltrak owner ext_owner"};
    private static final String[] IN_DATABASE = {
            "alter schema public owner to ext_owner",
            "revoke create on schema public from public",
            "create extension if not exists pg_trgm",
            "create extension if not exists unaccent",
            "create extension if not exists btree_gist"};

    @Test
    void anExternalDatabaseIsMigratedAsTheOwnerAndUsedAsTheApplicationRole() throws Exception {
        Path dir = Path.of("target", "external-pg-" + UUID.randomUUID());
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("unix_socket_directories", "").start()) {
            JdbcTemplate superuser = new JdbcTemplate(external.getPostgresDatabase());
            for (String sql : OPERATOR_SETUP) superuser.execute(sql);
            JdbcTemplate database = new JdbcTemplate(external.getDatabase("postgres", "jeweltrak"));
            for (String sql : IN_DATABASE) database.execute(sql);

            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JewelTrakApplication.class).run(
                    "--server.port=0",
                    "--jeweltrak.db.url=jdbc:postgresql://localhost:" + external.getPort() + "/jeweltrak",
                    "--jeweltrak.db.owner-user=ext_owner", "--jeweltrak.db.owner-password=owner-secret",
                    "--jeweltrak.db.app-user=ext_app", "--jeweltrak.db.app-password=app-secret",
                    "--jeweltrak.db.data-dir=" + dir.resolve("never-used"),
                    "--jeweltrak.demo.size=none", "--logging.level.root=WARN")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("ext_app");
                assertThat(jdbc.sql("select pg_get_userbyid(relowner) from pg_class where relname = 'app_user'")
                        .query(String.class).single()).isEqualTo("ext_owner");
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                        .isPositive();
            }
            assertThat(dir.resolve("never-used")).doesNotExist();
        }
    }
}
