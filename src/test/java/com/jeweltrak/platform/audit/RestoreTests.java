package com.jeweltrak.platform.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.PermissionGroups;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** 11-utilities §Audit Log & Restore R6–R11: restoring deletes and updates, and every refusal with its reason. */
@IntegrationTest
class RestoreTests {

    static TestTenants.Tenant tenant;
    static String ownerToken;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;
    @Autowired Stores stores;
    @Autowired ManagingGroups managingGroups;
    @Autowired ManagingUsers managingUsers;
    @Autowired PermissionGroups groups;
    @Autowired Users users;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ApiTokens tokens) {
        tenant = tenants.open("restore");
        ownerToken = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> tokens.issue(tenant.owner().id(), "restore")).token();
    }

    // 11-utilities §Audit Log R7: only the entry's own fields go back; a later change to another field stays
    @Test
    void restoringAnUpdatePutsBackOnlyThatEntrysFields() throws Exception {
        StoreId store = tenants.addStore(tenant, "Harbor " + unique());
        long rename = changeStore(store, s -> withName(s, "Harbor Renamed " + unique()));
        changeStore(store, s -> withPhone(s, "555-0101"));

        MockHttpServletResponse response = restoreThroughApi(rename, false);

        assertThat(response.getStatus()).isEqualTo(200);
        Store now = asOwner(() -> stores.get(store));
        assertThat(now.name()).startsWith("Harbor ").doesNotContain("Renamed");
        assertThat(now.phone()).isEqualTo("555-0101");
    }

    // 01-navigation §Search (index kept current in the writing transaction): a restore is such a write too
    @Test
    void aRestoredNameIsWhatTheSearchFindsAgain() throws Exception {
        String original = "Lighthouse" + unique().replaceAll("[^a-z]", "q");
        StoreId store = tenants.addStore(tenant, original);
        long rename = changeStore(store, s -> withName(s, "Quayside " + unique()));

        assertThat(restoreThroughApi(rename, false).getStatus()).isEqualTo(200);

        String found = mvc.perform(get("/api/v1/search").param("q", original).header("Authorization", "Bearer " + ownerToken))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains(original);
    }

    // 11-utilities §Audit Log R9: a field changed again later is written back only when confirmed, showing now vs before
    @Test
    void aLaterEditOfTheSameFieldNeedsConfirmation() throws Exception {
        StoreId store = tenants.addStore(tenant, "Pier " + unique());
        long first = changeStore(store, s -> withPhone(s, "555-0001"));
        changeStore(store, s -> withPhone(s, "555-0002"));

        MockHttpServletResponse refused = restoreThroughApi(first, false);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail")).contains("phone").contains("Confirm");
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.conflicts[0].current")).isEqualTo("555-0002");
        assertThat(JsonPath.<Object>read(refused.getContentAsString(), "$.conflicts[0].restored")).isNull();
        assertThat(asOwner(() -> stores.get(store)).phone()).isEqualTo("555-0002");

        String page = mvc.perform(post("/utilities/audit-log/{id}/restore", first).with(tenant.owner().signedIn()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"conflicts\"").contains("555-0002").contains("name=\"confirm\"");

        var confirmed = mvc.perform(post("/utilities/audit-log/{id}/restore", first).param("confirm", "true")
                .with(tenant.owner().signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(asOwner(() -> stores.get(store)).phone()).isNull();
    }

    // 11-utilities §Audit Log R6: a group that lost a permission on its page gets it back from the log; the restore is audited
    @Test
    void restoringARemovedGroupPermissionGrantsItAgainAndIsItselfAudited() throws Exception {
        long group = asOwner(() -> managingGroups.create("Bench " + unique(), null, Set.of(Permission.CAN_VIEW_COST, Permission.SHOW_REPORTS)));
        String removal = mvc.perform(post("/settings/groups/{id}", group).with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Bench " + unique()).param("keys", Permission.SHOW_REPORTS))
                .andReturn().getResponse().getHeader("X-Request-Id");
        long deleted = entryId("request_id = ? and table_name = 'permission_group_grant' and action = 'DELETE'", removal);
        assertThat(asOwner(() -> groups.get(group).grants())).containsExactly(Permission.SHOW_REPORTS);

        var response = mvc.perform(post("/utilities/audit-log/{id}/restore", deleted).with(tenant.owner().signedIn()).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/utilities/audit-log/" + deleted);
        assertThat(asOwner(() -> groups.get(group).grants())).containsExactlyInAnyOrder(Permission.SHOW_REPORTS, Permission.CAN_VIEW_COST);
        String restoreRequest = response.getHeader("X-Request-Id");
        long regrant = entryId("request_id = ? and table_name = 'permission_group_grant' and action = 'INSERT'", restoreRequest);
        assertThat(asOwner(() -> jdbc.sql("select user_id from audit_log where id = ?").param(regrant).query(Long.class).single()))
                .isEqualTo(tenant.owner().id().value());
        String log = mvc.perform(get("/utilities/audit-log").param("type", "permission_group_grant").param("record", Long.toString(group))
                .with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(log).contains("Restore of entry #" + deleted).contains("Restored");
    }

    // 11-utilities §Audit Log R6: a user removed from a store gets the access back, through the API
    @Test
    void restoringARemovedStoreAccessGivesItBack() throws Exception {
        StoreId second = tenants.addStore(tenant, "Mall " + unique());
        var clerk = tenants.addPerson(tenant, "Stan", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store(), second));
        asOwner(() -> {
            managingUsers.changeAccess(clerk.id(), Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store()));
            return null;
        });
        long removed = entryId("table_name = 'user_store_access' and action = 'DELETE' and row_id = ?", clerk.id().toString());

        MockHttpServletResponse response = restoreThroughApi(removed, false);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.records[0].recordPage"))
                .isEqualTo("/settings/users/" + clerk.id().value());
        assertThat(asOwner(() -> users.get(clerk.id()).stores())).containsExactlyInAnyOrder(tenant.store(), second);
        String requestId = JsonPath.read(response.getContentAsString(), "$.requestId");
        assertThat(entryId("request_id = ? and table_name = 'user_store_access' and action = 'INSERT'", requestId)).isPositive();
    }

    // 11-utilities §Audit Log R6: a deleted row comes back with its original id, with the rows its delete cascaded to
    @Test
    void aDeletedGroupComesBackWithItsOwnIdAndItsGrants() throws Exception {
        String name = "Polishers " + unique();
        long group = asOwner(() -> managingGroups.create(name, "polish", Set.of(Permission.CAN_VIEW_COST, Permission.SHOW_REPORTS)));
        deleteInOneRequest("delete from permission_group where id = ?", group);
        assertThat(asOwner(() -> groups.find(group))).isEmpty();
        long deleted = entryId("table_name = 'permission_group' and action = 'DELETE' and row_id = ?", Long.toString(group));

        MockHttpServletResponse response = restoreThroughApi(deleted, false);

        assertThat(response.getStatus()).isEqualTo(200);
        var back = asOwner(() -> groups.get(group));
        assertThat(back.name()).isEqualTo(name);
        assertThat(back.description()).isEqualTo("polish");
        assertThat(back.grants()).containsExactlyInAnyOrder(Permission.CAN_VIEW_COST, Permission.SHOW_REPORTS);
        assertThat(JsonPath.<List<String>>read(response.getContentAsString(), "$.records[*].recordType"))
                .containsExactly("permission_group", "permission_group_grant", "permission_group_grant");
    }

    // 11-utilities §Audit Log R10: a unique value taken since refuses the restore and names it; nothing is renumbered
    @Test
    void aRestoreWhoseUniqueValueIsTakenIsRefusedWithTheReason() throws Exception {
        String name = "Setters " + unique();
        long group = asOwner(() -> managingGroups.create(name, null, Set.of(Permission.CAN_VIEW_COST)));
        deleteInOneRequest("delete from permission_group where id = ?", group);
        long deleted = entryId("table_name = 'permission_group' and action = 'DELETE' and row_id = ?", Long.toString(group));
        long newcomer = asOwner(() -> managingGroups.create(name, null, Set.of()));

        MockHttpServletResponse response = restoreThroughApi(deleted, false);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .contains("Permission group #" + group).contains("same name (" + name + ")");
        assertThat(asOwner(() -> groups.find(group))).isEmpty();
        assertThat(asOwner(() -> groups.findIdByName(name))).contains(newcomer);
    }

    // 11-utilities §Audit Log R10, issue 3 bad input: a record that exists again has moved on — the restore says so
    @Test
    void aRestoreOfARowThatExistsAgainIsRefused() throws Exception {
        StoreId second = tenants.addStore(tenant, "Outlet " + unique());
        var clerk = tenants.addPerson(tenant, "Ruth", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store(), second));
        asOwner(() -> {
            managingUsers.changeAccess(clerk.id(), Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store()));
            managingUsers.changeAccess(clerk.id(), Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store(), second));
            return null;
        });
        long removed = entryId("table_name = 'user_store_access' and action = 'DELETE' and row_id = ?", clerk.id().toString());

        var response = mvc.perform(post("/utilities/audit-log/{id}/restore", removed).with(tenant.owner().signedIn()).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("id=\"refusal\"").contains("exists again");
    }

    // issue 3 bad input: an update of a record deleted since explains what blocks it — the delete, by entry number
    @Test
    void restoringAnUpdateOfADeletedRecordNamesTheDeleteThatBlocksIt() throws Exception {
        long group = asOwner(() -> managingGroups.create("Engravers " + unique(), null, Set.of()));
        asOwner(() -> {
            managingGroups.change(group, "Engravers renamed " + unique(), null, Set.of());
            return null;
        });
        long rename = entryId("table_name = 'permission_group' and action = 'UPDATE' and row_id = ?", Long.toString(group));
        deleteInOneRequest("delete from permission_group where id = ?", group);
        long deleted = entryId("table_name = 'permission_group' and action = 'DELETE' and row_id = ?", Long.toString(group));

        MockHttpServletResponse response = restoreThroughApi(rename, false);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .contains("no longer exists").contains("entry #" + deleted).contains("restore the delete first");
    }

    // Permissions R16 through a restore: bringing back an old deny that would leave no active administrator is refused
    @Test
    void aRestoreThatWouldLeaveNoAdministratorIsRefused() throws Exception {
        var lone = tenants.open("restore-lone-admin");
        TenantContext.runAs(lone.id(), lone.owner().id(), () -> transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into user_permission_override (tenant_id, user_id, permission_key, granted) values (?, ?, ?, false)")
                    .params(lone.id().value(), lone.owner().id().value(), Permission.CAN_MANAGE_USERS).update();
            jdbc.sql("delete from user_permission_override where user_id = ?").param(lone.owner().id().value()).update();
        }));
        long removedDeny = TenantContext.callAs(lone.id(), lone.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select max(id) from audit_log where table_name = 'user_permission_override' and action = 'DELETE'")
                        .query(Long.class).single()));
        String token = TenantContext.callAs(lone.id(), lone.owner().id(), () -> tokensFor(lone));

        var response = mvc.perform(post("/api/v1/audit-log/{id}/restore", removedDeny).header("Authorization", "Bearer " + token))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .isEqualTo(new com.jeweltrak.platform.users.LastAdministratorCannotLeave().getMessage());
        long overrides = TenantContext.callAs(lone.id(), lone.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select count(*) from user_permission_override").query(Long.class).single()));
        assertThat(overrides).isZero();
    }

    // 11-utilities §Audit Log R6, R7: an insert made the record — there is nothing earlier to restore
    @Test
    void anInsertHasNothingToRestore() throws Exception {
        long created = entryId("table_name = 'app_user' and action = 'INSERT' and row_id = ?", tenant.owner().id().toString());

        MockHttpServletResponse response = restoreThroughApi(created, false);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).contains("no earlier state");
    }

    // 11-utilities §Audit Log R6, R8: the generic path — a user deleted outright comes back with their id, every typed
    // value (timestamps, password, default store) as it was, and the groups and stores their delete cascaded to
    @Test
    void aDeletedUserComesBackWithTheirIdValuesGroupsAndStores() throws Exception {
        StoreId second = tenants.addStore(tenant, "Kiosk " + unique());
        var leaver = tenants.addPerson(tenant, "Lena", Set.of(tenant.group(BuiltInGroups.SALES), tenant.group(BuiltInGroups.MANAGER)),
                Set.of(tenant.store(), second));
        String rowBefore = asOwner(() -> jdbc.sql("select to_jsonb(u)::text from app_user u where id = ?")
                .param(leaver.id().value()).query(String.class).single());
        deleteInOneRequest("delete from app_user where id = ?", leaver.id().value());
        assertThat(asOwner(() -> users.find(leaver.id()))).isEmpty();
        long deleted = entryId("table_name = 'app_user' and action = 'DELETE' and row_id = ?", leaver.id().toString());

        MockHttpServletResponse response = restoreThroughApi(deleted, false);

        assertThat(response.getStatus()).isEqualTo(200);
        String rowAfter = asOwner(() -> jdbc.sql("select to_jsonb(u)::text from app_user u where id = ?")
                .param(leaver.id().value()).query(String.class).single());
        assertThat(rowAfter).isEqualTo(rowBefore);
        var back = asOwner(() -> users.get(leaver.id()));
        assertThat(back.groups()).containsExactlyInAnyOrder(tenant.group(BuiltInGroups.SALES), tenant.group(BuiltInGroups.MANAGER));
        assertThat(back.stores()).containsExactlyInAnyOrder(tenant.store(), second);
        assertThat(JsonPath.<List<String>>read(response.getContentAsString(), "$.records[*].recordType"))
                .containsExactlyInAnyOrder("app_user", "user_group", "user_group", "user_store_access", "user_store_access");
    }

    // 11-utilities §Audit Log R10 for an update: putting back a name another record has taken since is refused by name
    @Test
    void restoringARenameToANameTakenSinceIsRefused() throws Exception {
        String original = "Stringers " + unique();
        long group = asOwner(() -> managingGroups.create(original, null, Set.of()));
        asOwner(() -> {
            managingGroups.change(group, "Stringers renamed " + unique(), null, Set.of());
            return null;
        });
        long rename = entryId("table_name = 'permission_group' and action = 'UPDATE' and row_id = ?", Long.toString(group));
        asOwner(() -> managingGroups.create(original, null, Set.of()));

        MockHttpServletResponse response = restoreThroughApi(rename, false);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).contains("same name (" + original + ")");
        assertThat(asOwner(() -> groups.get(group).name())).startsWith("Stringers renamed");
    }

    // a password is never rolled back from the log: a reset's entry has nothing a restore would write
    @Test
    void aPasswordResetIsNotRolledBack() throws Exception {
        var clerk = tenants.addPerson(tenant, "Pia", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        asOwner(() -> {
            managingUsers.resetPassword(clerk.id(), "a-brand-new-password");
            return null;
        });
        String hash = asOwner(() -> users.passwordHash(clerk.id()).orElseThrow());
        long reset = entryId("table_name = 'app_user' and action = 'UPDATE' and row_id = ?", clerk.id().toString());

        MockHttpServletResponse response = restoreThroughApi(reset, false);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(asOwner(() -> users.passwordHash(clerk.id()).orElseThrow())).isEqualTo(hash);
    }

    // a revoked API token stays revoked: its entries are refused with the reason
    @Test
    void aRevokedTokenIsNotRestored() throws Exception {
        var issued = asOwner(() -> tokens.issue(tenant.owner().id(), "to revoke " + unique()));
        asOwner(() -> tokens.revoke(tenant.owner().id(), issued.id()));
        long revoked = entryId("table_name = 'api_token' and action = 'UPDATE' and row_id = ?", Long.toString(issued.id()));

        MockHttpServletResponse response = restoreThroughApi(revoked, false);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).contains("stays revoked");
        assertThat(asOwner(() -> tokens.resolve(issued.token()))).isEmpty();
    }

    // 11-utilities §Audit Log R6: a row cannot come back under a record that is gone — the refusal names the record
    @Test
    void aGrantWhoseGroupIsGoneIsRefusedNamingTheGroup() throws Exception {
        long group = asOwner(() -> managingGroups.create("Casters " + unique(), null, Set.of(Permission.CAN_VIEW_COST)));
        deleteInOneRequest("delete from permission_group where id = ?", group);
        long grant = entryId("table_name = 'permission_group_grant' and action = 'DELETE' and row_id = ?", Long.toString(group));

        MockHttpServletResponse response = restoreThroughApi(grant, false);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .contains("the Permission group #" + group + " it belongs to no longer exists");
    }

    // 11-utilities §Audit Log R6: after a restore and a second delete, only the latest delete can be restored
    @Test
    void anOlderDeleteOfARecordDeletedAgainPointsToTheLatest() throws Exception {
        long group = asOwner(() -> managingGroups.create("Gilders " + unique(), null, Set.of()));
        deleteInOneRequest("delete from permission_group where id = ?", group);
        long first = entryId("table_name = 'permission_group' and action = 'DELETE' and row_id = ?", Long.toString(group));
        assertThat(restoreThroughApi(first, false).getStatus()).isEqualTo(200);
        deleteInOneRequest("delete from permission_group where id = ?", group);
        long second = entryId("table_name = 'permission_group' and action = 'DELETE' and row_id = ?", Long.toString(group));

        MockHttpServletResponse response = restoreThroughApi(first, false);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).contains("entry #" + second);
        assertThat(restoreThroughApi(second, false).getStatus()).isEqualTo(200);
    }

    // 11-utilities §Audit Log R7, R8: the organization's own row (its tenant column is its id) is reverted like any other
    @Test
    void anOrganizationSettingsChangeIsReverted(@Autowired com.jeweltrak.platform.tenancy.Organizations organizations) throws Exception {
        var org = tenants.open("restore-org");
        TenantContext.runAs(org.id(), org.owner().id(), () -> transactions.executeWithoutResult(status -> {
            var o = organizations.get();
            organizations.update(new com.jeweltrak.platform.tenancy.Organization(o.id(), o.name(), o.businessType(),
                    java.time.LocalDate.of(2026, 10, 31), 45, o.birthdayAnniversaryReminderDays(), new java.math.BigDecimal("2650.5000"),
                    o.defaultSilverCost(), o.defaultGoldCastingLaborRate(), o.goldWeightUnit()));
        }));
        long change = TenantContext.callAs(org.id(), org.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select max(id) from audit_log where table_name = 'tenant' and action = 'UPDATE'").query(Long.class).single()));
        String token = TenantContext.callAs(org.id(), org.owner().id(), () -> tokens.issue(org.owner().id(), "org").token());

        var response = mvc.perform(post("/api/v1/audit-log/{id}/restore", change).header("Authorization", "Bearer " + token))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        var back = TenantContext.callAs(org.id(), org.owner().id(), () -> transactions.execute(status -> organizations.get()));
        assertThat(back.closedThrough()).isNull();
        assertThat(back.openMemoReminderDays()).isEqualTo(30);
        assertThat(back.defaultGoldCost()).isNull();
        assertThat(back.id()).isEqualTo(org.id());
    }

    @Autowired ApiTokens tokens;

    private String tokensFor(TestTenants.Tenant other) {
        return tokens.issue(other.owner().id(), "lone admin").token();
    }

    private MockHttpServletResponse restoreThroughApi(long entry, boolean confirm) throws Exception {
        return mvc.perform(post("/api/v1/audit-log/{id}/restore", entry).param("confirm", Boolean.toString(confirm))
                .header("Authorization", "Bearer " + ownerToken)).andReturn().getResponse();
    }

    /** A delete as one request makes it: under one request id, which ties the cascaded rows to it. */
    private void deleteInOneRequest(String sql, Object... params) {
        TenantContext.bindRequest("test-delete-" + UUID.randomUUID());
        try {
            asOwner(() -> jdbc.sql(sql).params(params).update());
        } finally {
            TenantContext.bindRequest(null);
        }
    }

    private long changeStore(StoreId id, java.util.function.UnaryOperator<Store> change) {
        return asOwner(() -> {
            stores.update(change.apply(stores.get(id)));
            return jdbc.sql("select max(id) from audit_log where table_name = 'store' and row_id = ?").param(id.toString())
                    .query(Long.class).single();
        });
    }

    private static Store withName(Store s, String name) {
        return new Store(s.id(), name, s.address(), s.phone(), s.email(), s.timeZone(), s.taxNumber(), s.invoiceDisclaimer(),
                s.tax(), s.defaultStockType(), s.display(), s.active());
    }

    private static Store withPhone(Store s, String phone) {
        return new Store(s.id(), s.name(), s.address(), phone, s.email(), s.timeZone(), s.taxNumber(), s.invoiceDisclaimer(),
                s.tax(), s.defaultStockType(), s.display(), s.active());
    }

    private long entryId(String where, Object... params) {
        return asOwner(() -> jdbc.sql("select max(id) from audit_log where " + where).params(params).query(Long.class).single());
    }

    private <T> T asOwner(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> work.get()));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
