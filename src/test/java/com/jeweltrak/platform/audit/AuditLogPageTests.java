package com.jeweltrak.platform.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** 11-utilities §Audit Log & Restore R1, R4, R5: the Audit Log page, its filters and diffs, History, and the API. */
@IntegrationTest
class AuditLogPageTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;
    static TestTenants.Person deputy;
    static String ownerToken;
    static long storeRename;
    static String newStoreName;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired Stores stores, @Autowired ApiTokens tokens,
                           @Autowired TransactionTemplate transactions, @Autowired JdbcClient jdbc) {
        tenant = tenants.open("audit-page");
        clerk = tenants.addPerson(tenant, "Clara", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        deputy = tenants.addPerson(tenant, "Deputy", Set.of(tenant.group(com.jeweltrak.platform.users.PermissionGroup.ADMIN)), Set.of());
        ownerToken = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> tokens.issue(tenant.owner().id(), "audit page")).token();
        newStoreName = "Renamed " + System.nanoTime();
        // the deputy, not the owner, renames the store: the user filter must tell them apart
        TenantContext.runAs(tenant.id(), deputy.id(), () -> transactions.executeWithoutResult(status -> {
            Store store = stores.get(tenant.store());
            stores.update(new Store(store.id(), newStoreName, store.address(), store.phone(), store.email(),
                    store.timeZone(), store.taxNumber(), store.invoiceDisclaimer(),
                    new Store.TaxSetup(BigDecimal.ZERO, BigDecimal.ZERO, null), store.defaultStockType(),
                    store.display(), store.active()));
        }));
        storeRename = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select max(id) from audit_log where table_name = 'store' and action = 'UPDATE'")
                        .query(Long.class).single()));
    }

    // 11-utilities §Audit Log R1: only CanManageUsers opens the log — a sales clerk gets 403 on the page and the API
    @Test
    void theAuditLogIsForAdministratorsOnly() throws Exception {
        assertThat(mvc.perform(get("/utilities/audit-log").with(clerk.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/utilities/audit-log/{id}", storeRename).with(clerk.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/utilities/audit-log/{id}/restore", storeRename).with(clerk.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/utilities/audit-log").with(tenant.owner().signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    // 11-utilities §Audit Log R1: Utilities lights up in the navigation and links to the Audit Log for an admin
    @Test
    void theUtilitiesPageLinksToTheAuditLog() throws Exception {
        String html = mvc.perform(get("/utilities").with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"auditLogCard\"").contains("href=\"/utilities/audit-log\"");
        assertThat(html).doesNotContain("title=\"Utilities arrives with its module\"");
        String clerksView = mvc.perform(get("/utilities").with(clerk.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(clerksView).doesNotContain("auditLogCard");
    }

    // 11-utilities §Audit Log R4: filter by record type and action
    @Test
    void filteringByRecordTypeAndActionShowsOnlyThoseEntries() throws Exception {
        String json = api("/api/v1/audit-log?type=store&action=UPDATE&size=200");
        List<String> tables = JsonPath.read(json, "$.content[*].recordType");
        List<String> actions = JsonPath.read(json, "$.content[*].action");
        List<Integer> ids = JsonPath.read(json, "$.content[*].id");
        assertThat(tables).isNotEmpty().containsOnly("store");
        assertThat(actions).containsOnly("UPDATE");
        assertThat(ids).contains((int) storeRename);
        assertThat(api("/api/v1/audit-log?type=store&action=DELETE")).contains("\"totalElements\":0");
    }

    // 11-utilities §Audit Log R4: filter by the user who acted
    @Test
    void filteringByUserShowsOnlyWhatThatUserDid() throws Exception {
        String json = api("/api/v1/audit-log?size=200&user=" + deputy.id().value());
        List<Integer> userIds = JsonPath.read(json, "$.content[*].userId");
        List<Integer> ids = JsonPath.read(json, "$.content[*].id");
        assertThat(userIds).isNotEmpty().containsOnly((int) deputy.id().value());
        assertThat(ids).contains((int) storeRename);

        List<Integer> owners = JsonPath.read(api("/api/v1/audit-log?size=200&user=" + tenant.owner().id().value()), "$.content[*].id");
        assertThat(owners).isNotEmpty().doesNotContain((int) storeRename);
    }

    // 11-utilities §Audit Log R4: dates are days on the store's clock; a range ending before today finds nothing of today
    @Test
    void filteringByDatesUsesTheStoresDays() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        List<Integer> todays = JsonPath.read(api("/api/v1/audit-log?size=200&from=" + today + "&to=" + today), "$.content[*].id");
        assertThat(todays).contains((int) storeRename);
        assertThat(api("/api/v1/audit-log?to=" + today.minusDays(1))).contains("\"totalElements\":0");
        assertThat(api("/api/v1/audit-log?from=" + today.plusDays(1))).contains("\"totalElements\":0");
    }

    // 11-utilities §Audit Log R4: free text matches field values, and the page's filters narrow the same way
    @Test
    void freeTextFindsAFieldValueOnThePage() throws Exception {
        String html = mvc.perform(get("/utilities/audit-log").param("q", newStoreName).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"entry-" + storeRename + "\"").contains("1</span> in all");
        String fragment = mvc.perform(get("/utilities/audit-log").param("type", "store").param("action", "DELETE")
                        .header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"auditResults\"").contains("No entries match.").doesNotContain("<html");
    }

    // 11-utilities §Audit Log R5: an update shows only the fields it changed, before → after, without the tenant column
    @Test
    void theDiffShowsOnlyTheChangedFields() throws Exception {
        String json = api("/api/v1/audit-log/" + storeRename);
        assertThat(JsonPath.<List<String>>read(json, "$.changes[*].field")).containsExactly("name");
        assertThat(JsonPath.<String>read(json, "$.changes[0].after")).isEqualTo(newStoreName);
        assertThat(JsonPath.<String>read(json, "$.user")).isEqualTo("Deputy Tester");

        String html = mvc.perform(get("/utilities/audit-log/{id}", storeRename).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-field=\"name\"").doesNotContain("data-field=\"tenant_id\"")
                .doesNotContain("data-field=\"phone\"").contains(newStoreName).contains("href=\"/settings/stores/" + tenant.store() + "\"");
    }

    // 11-utilities §Audit Log R5: secrets never show, only that they changed
    @Test
    void aPasswordHashIsNeverShown() throws Exception {
        String json = api("/api/v1/audit-log?type=app_user&action=INSERT&record=" + clerk.id().value());
        assertThat(JsonPath.<List<String>>read(json, "$.content[0].changes[?(@.field == 'password_hash')].after"))
                .containsExactly("(hidden)");
        assertThat(json).doesNotContain("$2");
    }

    // issue 3 §4: a record's History comes from the same log, its link rows included (a user's groups and stores)
    @Test
    void aUsersHistoryShowsTheirEntriesAndTheirGroupsAndStores() throws Exception {
        String html = mvc.perform(get("/utilities/audit-log/history/app_user/{id}", clerk.id().value())
                        .header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<div id=\"history\"").contains("User&#39;s group").contains("User&#39;s store")
                .contains("data-field=\"first_name\"").contains("Clara");
        String page = mvc.perform(get("/settings/users/{id}", clerk.id().value()).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hx-get=\"/utilities/audit-log/history/app_user/" + clerk.id().value() + "\"");
        String store = mvc.perform(get("/settings/stores/{id}", tenant.store().value()).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(store).contains("hx-get=\"/utilities/audit-log/history/store/" + tenant.store().value() + "\"");
        String storeHistory = mvc.perform(get("/utilities/audit-log/history/store/{id}", tenant.store().value())
                        .with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(storeHistory).contains("<html").contains(newStoreName);
    }

    // design §4 Tenancy: another tenant's entry, or a record with no entry of this tenant, is 404 on the page and the API
    @Test
    void anotherTenantsEntryIsNotFound() throws Exception {
        var other = tenants.open("audit-page-other");
        long theirs = TenantContext.callAs(other.id(), other.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select max(id) from audit_log").query(Long.class).single()));

        assertThat(mvc.perform(get("/utilities/audit-log/{id}", theirs).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/utilities/audit-log/{id}/restore", theirs).with(tenant.owner().signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/audit-log/{id}", theirs).header("Authorization", "Bearer " + ownerToken))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/v1/audit-log/{id}/restore", theirs).header("Authorization", "Bearer " + ownerToken))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/utilities/audit-log/history/app_user/{id}", other.owner().id().value())
                .with(tenant.owner().signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // design §5b: an unknown action is a 400 in the API, not an empty answer that looks like "nothing happened"
    @Test
    void anUnknownActionIsABadRequestInTheApi() throws Exception {
        assertThat(mvc.perform(get("/api/v1/audit-log?action=EXPLODE").header("Authorization", "Bearer " + ownerToken))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    // design §5b: every API operation is documented — the audit log's list, entry and restore included
    @Test
    void theAuditLogApiIsInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("\"/api/v1/audit-log\"").contains("\"/api/v1/audit-log/{entryId}\"")
                .contains("\"/api/v1/audit-log/{entryId}/restore\"");
    }

    private String api(String path) throws Exception {
        var response = mvc.perform(get(path).header("Authorization", "Bearer " + ownerToken)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
