package com.jeweltrak.platform.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The default file store: a folder under the data directory (brief K2 §1). */
@IntegrationTest
class FolderFileStorageTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

    @Autowired StoredFiles files;
    @Autowired FileStorage storage;
    @Autowired FilesProperties properties;
    @Autowired TransactionTemplate transactions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("folder-files");
    }

    // brief K2 §1: the application's default store is the folder one, and bytes round-trip through it
    @Test
    void bytesRoundTripThroughTheFolderStore() {
        assertThat(storage).isInstanceOf(FolderFileStorage.class);
        FileId id = as(() -> files.store("ring.png", "image/png", PNG));

        assertThat(as(() -> files.open(id)).bytes()).isEqualTo(PNG);
    }

    // brief K2 §1: files sit under <folder>/<tenant>/<shard>/<id>, with no temporary file left behind
    @Test
    void theFileLiesUnderItsTenantsFolderWithNoTemporaryFileLeft() throws Exception {
        FileId id = as(() -> files.store("note.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));

        Path expected = properties.folder().toAbsolutePath().resolve(Long.toString(tenant.id().value()))
                .resolve(String.format("%03d", id.value() % 1000)).resolve(id.toString());
        assertThat(expected).exists();
        try (var siblings = Files.list(expected.getParent())) {
            assertThat(siblings.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    // brief K2 §1: an installation that kept files in PostgreSQL before the folder became the default still reads them
    @Test
    void filesKeptInPostgresBeforeStillOpen(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        FileId old = as(() -> new StoredFiles(jdbc, new PostgresFileStorage(jdbc)).store("old.png", "image/png", PNG));

        assertThat(as(() -> files.open(old)).bytes()).isEqualTo(PNG);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
