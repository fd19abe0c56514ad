package com.jeweltrak.platform.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * design §4 Audit; issue 2 point 7: a change to a user, a store and a group each leaves a correct
 * entry — who, which request, which row, before and after — written by the database trigger, and the
 * audit log is append-only for the application and confined to its tenant.
 */
@IntegrationTest
class AuditCaptureTests {

    /** One audit_log row, its before/after rows as JSON text. */
    record Entry(Long userId, String requestId, String table, String action, String rowId, String before, String after) {
        Object before(String column) {
            return before == null ? null : JsonPath.read(before, "$." + column);
        }

        Object after(String column) {
            return after == null ? null : JsonPath.read(after, "$." + column);
        }
    }

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;
    @Autowired Stores stores;
    @Autowired ManagingGroups managingGroups;
    @Autowired ApiTokens tokens;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("audit");
        clerk = tenants.addPerson(tenant, "Clara", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // design §4 Audit, issue 2 §7: a user's change through the page names the admin, the request and the old and new name
    @Test
    void renamingAUserOnTheSettingsPageLeavesAnEntryWithTheAdminTheRequestAndTheOldAndNewName() throws Exception {
        MvcResult result = mvc.perform(post("/settings/users/{id}", clerk.id().value())
                        .with(tenant.owner().signedIn()).with(csrf())
                        .param("firstName", "Clarissa").param("lastName", "Tester").param("email", clerk.email()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String requestId = result.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).isNotBlank();

        List<Entry> entries = entries("table_name = 'app_user' and request_id = ?", requestId);

        assertThat(entries).hasSize(1);
        Entry entry = entries.getFirst();
        assertThat(entry.action()).isEqualTo("UPDATE");
        assertThat(entry.rowId()).isEqualTo(clerk.id().toString());
        assertThat(entry.userId()).isEqualTo(tenant.owner().id().value());
        assertThat(entry.before("first_name")).isEqualTo("Clara");
        assertThat(entry.after("first_name")).isEqualTo("Clarissa");
        assertThat(entry.after("email")).isEqualTo(entry.before("email")).isEqualTo(clerk.email());
        assertThat(entry.after("tenant_id")).isEqualTo(entry.before("tenant_id"));
    }

    // design §4 Audit: saving a user's details records that change only — not a delete and re-insert of their groups and stores
    @Test
    void savingDetailsLeavesTheUsersGroupsAndStoresOutOfTheLog() throws Exception {
        var person = tenants.addPerson(tenant, "Dora", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        String requestId = mvc.perform(post("/settings/users/{id}", person.id().value())
                        .with(tenant.owner().signedIn()).with(csrf())
                        .param("firstName", "Dorothea").param("lastName", "Tester").param("email", person.email()))
                .andReturn().getResponse().getHeader("X-Request-Id");

        // the user's search entry follows the new name in the same transaction (issue 3); groups and stores stay out
        assertThat(entries("request_id = ?", requestId)).extracting(Entry::table).containsExactly("app_user");
    }

    // design §4 Audit, issue 2 §7: a store's change names the acting user; outside any request no request id is made up
    @Test
    void changingAStoreLeavesAnEntryWithTheActingUserAndTheOldAndNewValues() {
        long lastBefore = asTenant(() -> jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single());
        String[] oldName = new String[1];
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(status -> {
            Store store = stores.get(tenant.store());
            oldName[0] = store.name();
            stores.update(new Store(store.id(), "Main Street Jewelers", store.address(), "555-0142", store.email(),
                    store.timeZone(), store.taxNumber(), store.invoiceDisclaimer(),
                    new Store.TaxSetup(new BigDecimal("0.0625"), BigDecimal.ZERO, null), store.defaultStockType(),
                    store.display(), store.active()));
        }));

        List<Entry> entries = entries("id > ? and table_name = 'store'", lastBefore);

        assertThat(entries).hasSize(1);
        Entry entry = entries.getFirst();
        assertThat(entry.action()).isEqualTo("UPDATE");
        assertThat(entry.rowId()).isEqualTo(tenant.store().toString());
        assertThat(entry.userId()).isEqualTo(tenant.owner().id().value());
        assertThat(entry.requestId()).isNull();
        assertThat(entry.before("name")).isEqualTo(oldName[0]);
        assertThat(entry.after("name")).isEqualTo("Main Street Jewelers");
        assertThat(entry.before("phone")).isNull();
        assertThat(entry.after("phone")).isEqualTo("555-0142");
        assertThat(new BigDecimal(entry.before("tax_rate").toString())).isEqualByComparingTo("0");
        assertThat(new BigDecimal(entry.after("tax_rate").toString())).isEqualByComparingTo("0.0625");
    }

    // design §4 Audit, issue 2 §7: a group's change through the API leaves the group's entry and one per grant added or removed
    @Test
    void changingAGroupsGrantsThroughTheApiLeavesAnEntryForTheGroupAndForEachGrantAddedOrRemoved() throws Exception {
        long group = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> managingGroups.create("Bench",
                null, Set.of(Permission.CAN_VIEW_COST, Permission.SHOW_REPORTS)));
        String token = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> tokens.issue(tenant.owner().id(), "audit test")).token();

        MvcResult result = mvc.perform(put("/api/v1/permission-groups/{id}", group)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Bench", "description": "Bench jewelers", "grants": ["CanViewCost", "CanOverridePrice"]}"""))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String requestId = result.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).isNotBlank();

        List<Entry> entries = entries("table_name like 'permission_group%' and request_id = ?", requestId);

        assertThat(entries).allSatisfy(e -> assertThat(e.userId()).isEqualTo(tenant.owner().id().value()));
        assertThat(entries).extracting(Entry::table, Entry::action).containsExactlyInAnyOrder(
                tuple("permission_group", "UPDATE"),
                tuple("permission_group_grant", "DELETE"),
                tuple("permission_group_grant", "INSERT"));
        Entry groupRow = only(entries, "permission_group", "UPDATE");
        assertThat(groupRow.rowId()).isEqualTo(Long.toString(group));
        assertThat(groupRow.before("description")).isNull();
        assertThat(groupRow.after("description")).isEqualTo("Bench jewelers");
        Entry removed = only(entries, "permission_group_grant", "DELETE");
        assertThat(((Number) removed.before("group_id")).longValue()).isEqualTo(group);
        assertThat(removed.before("permission_key")).isEqualTo(Permission.SHOW_REPORTS);
        assertThat(removed.after()).isNull();
        Entry added = only(entries, "permission_group_grant", "INSERT");
        assertThat(((Number) added.after("group_id")).longValue()).isEqualTo(group);
        assertThat(added.after("permission_key")).isEqualTo(Permission.CAN_OVERRIDE_PRICE);
        assertThat(added.before()).isNull();
        // link rows are filed under the record they belong to, so the group's history shows them
        assertThat(removed.rowId()).isEqualTo(Long.toString(group));
        assertThat(added.rowId()).isEqualTo(Long.toString(group));
    }

    // design §4 Audit: even the "last used" note a bearer token leaves names the token's user
    @Test
    void usingABearerTokenIsAuditedAsItsUser() throws Exception {
        String token = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> tokens.issue(tenant.owner().id(), "touch test")).token();
        String requestId = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getHeader("X-Request-Id");

        List<Entry> touched = entries("table_name = 'api_token' and action = 'UPDATE' and request_id = ?", requestId);

        assertThat(touched).hasSize(1);
        assertThat(touched.getFirst().userId()).isEqualTo(tenant.owner().id().value());
    }

    // design §4 Audit: the audit log is append-only for the application role — no UPDATE
    @Test
    void theApplicationRoleCannotUpdateAnAuditEntry() {
        assertThat(entries("true")).isNotEmpty();
        assertThatThrownBy(() -> asTenant(() -> jdbc.sql("update audit_log set action = 'DELETE', after_row = null").update()))
                .rootCause().hasMessageContaining("permission denied");
    }

    // design §4 Audit: the audit log is append-only for the application role — no DELETE
    @Test
    void theApplicationRoleCannotDeleteAnAuditEntry() {
        assertThat(entries("true")).isNotEmpty();
        assertThatThrownBy(() -> asTenant(() -> jdbc.sql("delete from audit_log").update()))
                .rootCause().hasMessageContaining("permission denied");
    }

    // design §4 Audit: the audit log is append-only for the application role — no TRUNCATE either
    @Test
    void theApplicationRoleCannotTruncateTheAuditLog() {
        assertThatThrownBy(() -> asTenant(() -> jdbc.sql("truncate audit_log").update()))
                .rootCause().hasMessageContaining("permission denied");
    }

    // design §4 Tenancy and Audit: one tenant's audit entries are invisible to another
    @Test
    void oneTenantsAuditEntriesAreInvisibleToAnother() {
        var other = tenants.open("audit-other");
        long mineAsMe = asTenant(() -> jdbc.sql("select count(*) from audit_log where tenant_id = ?")
                .param(tenant.id().value()).query(Long.class).single());
        long mineAsOther = TenantContext.callAs(other.id(), other.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select count(*) from audit_log where tenant_id = ? or (table_name = 'app_user' and row_id = ?)")
                        .params(tenant.id().value(), clerk.id().toString()).query(Long.class).single()));
        long othersOwn = TenantContext.callAs(other.id(), other.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select count(*) from audit_log where tenant_id = ?").param(other.id().value())
                        .query(Long.class).single()));

        assertThat(mineAsMe).isPositive();
        assertThat(othersOwn).isPositive();
        assertThat(mineAsOther).isZero();
    }

    private List<Entry> entries(String where, Object... params) {
        return asTenant(() -> jdbc.sql("""
                        select user_id, request_id, table_name, action, row_id, before_row::text, after_row::text
                        from audit_log where %s order by id""".formatted(where))
                .params(params)
                .query((rs, n) -> new Entry((Long) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
    }

    private <T> T asTenant(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> work.get()));
    }

    private static Entry only(List<Entry> entries, String table, String action) {
        List<Entry> found = entries.stream().filter(e -> e.table().equals(table) && e.action().equals(action)).toList();
        assertThat(found).as(table + " " + action).hasSize(1);
        return found.getFirst();
    }
}
