package com.jeweltrak.platform.files;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes in {@code stored_file_content}, a tenant table under row-level security like the rest: every
 * node sees the same files with no extra service, and a file is written in the same transaction as the
 * record that points at it, so a rolled-back upload leaves nothing behind. Chosen with
 * {@code jeweltrak.files.store=postgres}.
 */
@Component
@ConditionalOnProperty(name = "jeweltrak.files.store", havingValue = "postgres")
class PostgresFileStorage implements FileStorage {

    private final JdbcClient jdbc;

    PostgresFileStorage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(FileId id, byte[] content) {
        jdbc.sql("insert into stored_file_content (tenant_id, file_id, content) values (jt_current_tenant(), ?, ?)")
                .params(id.value(), content).update();
    }

    @Override
    public Optional<byte[]> read(FileId id) {
        return jdbc.sql("select content from stored_file_content where file_id = ?").param(id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }
}
