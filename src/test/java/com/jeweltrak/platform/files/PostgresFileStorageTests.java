package com.jeweltrak.platform.files;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL file store stays selectable (jeweltrak.files.store=postgres; brief K2 §1). */
@IntegrationTest
class PostgresFileStorageTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 9, 8, 7};

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("postgres-files");
    }

    // brief K2 §1: bytes round-trip through the table store, and lie in stored_file_content
    @Test
    void bytesRoundTripThroughThePostgresStore() {
        StoredFiles files = new StoredFiles(jdbc, new PostgresFileStorage(jdbc));
        FileId id = as(() -> files.store("ring.png", "image/png", PNG));

        assertThat(as(() -> files.open(id)).bytes()).isEqualTo(PNG);
        assertThat(as(() -> jdbc.sql("select content from stored_file_content where file_id = ?").param(id.value())
                .query(byte[].class).single())).isEqualTo(PNG);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
