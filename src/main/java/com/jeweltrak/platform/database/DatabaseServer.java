package com.jeweltrak.platform.database;

import java.io.IOException;

/** The PostgreSQL server the application talks to: an external one, or the embedded one it started. */
final class DatabaseServer implements AutoCloseable {

    private final String jdbcUrl;
    private final EmbeddedDatabase embedded;

    private DatabaseServer(String jdbcUrl, EmbeddedDatabase embedded) {
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
    }

    static DatabaseServer of(DatabaseProperties properties) {
        if (!properties.embedded()) {
            return new DatabaseServer(properties.url(), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(properties);
        return new DatabaseServer(embedded.jdbcUrl(), embedded);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
