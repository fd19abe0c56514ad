package com.jeweltrak.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored files on PostgreSQL (design §1: stateless nodes share files; h3 brief part A). */
@IntegrationTest
class StoredFilesTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("stored-files");
    }

    // a stored file reads back byte for byte, typed by its bytes rather than by what the browser claimed
    @Test
    void aStoredFileOpensWithItsBytesAndTheTypeItsBytesShow() {
        FileId id = as(() -> files.store("scan.pdf", "application/octet-stream", PDF));

        OpenedFile opened = as(() -> files.open(id));
        assertThat(opened.bytes()).isEqualTo(PDF);
        assertThat(opened.file().contentType()).isEqualTo("application/pdf");
        assertThat(opened.file().size()).isEqualTo(PDF.length);
        assertThat(opened.file().sha256()).hasSize(64);
        assertThat(opened.file().createdBy()).isEqualTo(tenant.owner().id());
    }

    // stored files: over 10 MB is refused, saying how large the file is
    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] big = Arrays.copyOf(PDF, (int) StoredFiles.MAX_BYTES + 1);

        assertThatThrownBy(() -> as(() -> files.store("huge.pdf", "application/pdf", big)))
                .isInstanceOf(FileRefused.class).hasMessageContaining("at most 10 MB");
        assertThat(as(() -> files.store("exactly.pdf", "application/pdf", Arrays.copyOf(PDF, (int) StoredFiles.MAX_BYTES))))
                .as("exactly 10 MB is accepted").isNotNull();
    }

    // stored files: a file that is not a PDF or an image is refused even when the browser calls it a PDF
    @Test
    void aFileThatIsNotAPdfOrImageIsRefusedWhateverItClaims() {
        byte[] page = "<html><script>steal()</script></html>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> as(() -> files.store("permit.pdf", "application/pdf", page)))
                .isInstanceOf(FileRefused.class).hasMessageContaining("not a PDF");
    }

    // design §4 Audit: the file's record is audited; its bytes are not copied into the audit log
    @Test
    void theFileRecordIsAuditedButItsBytesAreNot() {
        FileId id = as(() -> files.store("audited.pdf", "application/pdf", PDF));

        var tables = as(() -> jdbc.sql("select table_name from audit_log where row_id = ? and table_name like 'stored_file%'")
                .param(id.toString()).query(String.class).list());
        assertThat(tables).containsExactly("stored_file");
    }

    // design §4 Tenancy: another tenant's file is not found
    @Test
    void anotherTenantsFileIsNotFound() {
        FileId id = as(() -> files.store("mine.pdf", "application/pdf", PDF));
        TestTenants.Tenant other = tenants.open("stored-files-other");

        assertThat(TenantContext.callAs(other.id(), other.owner().id(), () -> files.find(id))).isEmpty();
        assertThatThrownBy(() -> TenantContext.callAs(other.id(), other.owner().id(), () -> files.open(id)))
                .isInstanceOf(com.jeweltrak.platform.RecordNotFound.class);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
