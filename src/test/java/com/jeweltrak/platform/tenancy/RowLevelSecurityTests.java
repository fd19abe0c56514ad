package com.jeweltrak.platform.tenancy;

import java.util.List;

import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** design §4 Tenancy; issue 2 point 5 (a)–(c). */
@IntegrationTest
class RowLevelSecurityTests {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("rls");
    }

    // design §4: every tenant table has RLS enabled and FORCEd — (a)
    @Test
    void everyTableWithATenantColumnHasRowLevelSecurityEnabledAndForced() {
        List<String> unprotected = jdbc.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'r'
                          and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                               or c.relname = 'tenant')
                          and not (c.relrowsecurity and c.relforcerowsecurity)""")
                .query(String.class).list();
        assertThat(unprotected).isEmpty();
        assertThat(tenantTables()).contains("tenant", "store", "app_user", "permission_group", "audit_log");
    }

    // design §4: every tenant table has a policy on the tenant — a table with RLS but no policy would hide everything, silently
    @Test
    void everyTenantTableHasTheTenantIsolationPolicy() {
        List<String> withoutPolicy = jdbc.sql("""
                        select t from unnest(?::text[]) t
                        where not exists (select 1 from pg_policies p where p.tablename = t and p.policyname = 'tenant_isolation')""")
                .param(tenantTables().toArray(String[]::new)).query(String.class).list();
        assertThat(withoutPolicy).isEmpty();
    }

    /**
     * Tenant tables that are not business records: the log itself, the search index derived from records,
     * and the bytes of stored files (their stored_file row, with size and SHA-256, is audited); the progress of
     * a Bulk Image Download (11-utilities R8: a download is not audited).
     */
    private static final List<String> NOT_AUDITED = List.of("audit_log", "search_entry", "stored_file_content", "description_ai_key", "photo_download");

    // design §4 Audit: every business table carries the audit trigger, so none is born unaudited
    @Test
    void everyTenantTableButTheAuditLogAndTheSearchIndexIsAudited() {
        List<String> unaudited = jdbc.sql("""
                        select t from unnest(?::text[]) t
                        where t <> all(?::text[]) and not exists (
                            select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
                            where c.relname = t and g.tgname = 'audit' and not g.tgisinternal)""")
                .params(tenantTables().toArray(String[]::new), NOT_AUDITED.toArray(String[]::new))
                .query(String.class).list();
        assertThat(unaudited).isEmpty();
    }

    // design §4: the app role owns nothing and has no BYPASSRLS — (b)
    @Test
    void theApplicationRoleIsNeitherOwnerNorSuperuserNorBypassesRowLevelSecurity() {
        var role = jdbc.sql("select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user")
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
        assertThat(role).containsOnly(false);
        long owned = jdbc.sql("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user""")
                .query(Long.class).single();
        assertThat(owned).isZero();
        boolean ownsDatabase = jdbc.sql("select pg_get_userbyid(datdba) = current_user from pg_database where datname = current_database()")
                .query(Boolean.class).single();
        assertThat(ownsDatabase).isFalse();
    }

    // design §4: no tenant set ⇒ no rows — (c)
    @Test
    void withNoTenantSetEveryTenantTableReadsEmpty() {
        for (String table : tenantTables()) {
            Long rows = transactions.execute(status -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
            assertThat(rows).as(table).isZero();
        }
        Long withTenant = TenantContext.callAs(tenant.id(), null,
                () -> transactions.execute(status -> jdbc.sql("select count(*) from store").query(Long.class).single()));
        assertThat(withTenant).isEqualTo(1);
    }

    // design §4: SET LOCAL, never SET — the tenant does not outlive its transaction on a pooled connection
    @Test
    void theTenantSettingEndsWithItsTransaction() {
        TenantContext.runAs(tenant.id(), null, () -> transactions.executeWithoutResult(status ->
                assertThat(jdbc.sql("select jt_current_tenant()").query(Long.class).single()).isEqualTo(tenant.id().value())));
        for (int i = 0; i < 10; i++) {
            assertThat(jdbc.sql("select jt_current_tenant()").query(Long.class).optional()).isEmpty();
        }
    }

    // design §4: a row cannot be written into another tenant, even by naming it
    @Test
    void aRowCannotBeWrittenForAnotherTenant() {
        var other = tenants.open("rls-other");
        assertThatThrownBy(() -> TenantContext.runAs(tenant.id(), null, () -> transactions.executeWithoutResult(status ->
                jdbc.sql("insert into store (tenant_id, name) values (?, 'Smuggled')").param(other.id().value()).update())))
                .rootCause().hasMessageContaining("row-level security");
    }

    private List<String> tenantTables() {
        return jdbc.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'r'
                          and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                               or c.relname = 'tenant')
                        order by 1""")
                .query(String.class).list();
    }
}
