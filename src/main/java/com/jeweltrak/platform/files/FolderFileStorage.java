package com.jeweltrak.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes as files under {@code jeweltrak.files.folder} (default {@code ${JEWELTRAK_DATA_DIR}/files}):
 * {@code <tenant>/<shard>/<id>}, the shard being the id's last three digits so no folder holds more than a
 * thousandth of a tenant's files. A file is written to a temporary name and moved into place, so a reader never
 * sees half a file. The path is built from the tenant set for the work, and a read first finds the stored_file
 * row, which row-level security hides from other tenants. A rolled-back upload leaves an unreferenced file behind
 * (harmless: ids are never reused). Files an installation kept in PostgreSQL before this became the default are
 * still read from {@code stored_file_content}.
 */
@Component
@ConditionalOnProperty(name = "jeweltrak.files.store", havingValue = "folder", matchIfMissing = true)
class FolderFileStorage implements FileStorage {

    private final Path root;
    private final JdbcClient jdbc;

    FolderFileStorage(FilesProperties properties, JdbcClient jdbc) {
        this.root = properties.folder().toAbsolutePath();
        this.jdbc = jdbc;
    }

    @Override
    public void write(FileId id, byte[] content) {
        Path target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), id.value() + "-", ".part");
            try {
                Files.write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write file " + id, e);
        }
    }

    @Override
    public Optional<byte[]> read(FileId id) {
        boolean ours = jdbc.sql("select count(*) from stored_file where id = ?").param(id.value())
                .query(Long.class).single() > 0;
        if (!ours) return Optional.empty();
        Path path = pathOf(id);
        if (!Files.isRegularFile(path)) {
            // kept in the database before the folder became the default store: still read from there
            return jdbc.sql("select content from stored_file_content where file_id = ?").param(id.value())
                    .query((rs, n) -> rs.getBytes(1)).optional();
        }
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read file " + id, e);
        }
    }

    Path pathOf(FileId id) {
        long tenant = TenantContext.requireTenant().value();
        String shard = String.format("%03d", id.value() % 1000);
        return root.resolve(Long.toString(tenant)).resolve(shard).resolve(Long.toString(id.value()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
