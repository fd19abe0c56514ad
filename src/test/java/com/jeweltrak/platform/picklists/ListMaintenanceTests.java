package com.jeweltrak.platform.picklists;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.RefusingRewriteListener;
import com.jeweltrak.support.TestPickLists;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** 11-utilities §List Maintenance R2–R8 through the API and the pages, on the test list of store regions. */
@IntegrationTest
class ListMaintenanceTests {

    static final String LIST = TestPickLists.STORE_REGION;
    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired PickLists lists;
    @Autowired PickListValues values;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("pick-lists");
    }

    // 11-utilities §List Maintenance R2: values with their uses, also those only records hold and those no record holds yet
    @Test
    void valuesShowWithTheirUsageCountsIncludingValuesOnlyFoundInRecords() throws Exception {
        String u = unique();
        storesIn(tenant, "North " + u, "North " + u, "South " + u);
        remember(tenant, "East " + u);

        Map<String, Object> north = value("North " + u);
        assertThat(north.get("uses")).isEqualTo(2);
        assertThat(north.get("stored")).isEqualTo(false);
        assertThat(value("South " + u).get("uses")).isEqualTo(1);
        assertThat(value("East " + u).get("uses")).isEqualTo(0);
        assertThat(value("East " + u).get("stored")).isEqualTo(true);
    }

    // 11-utilities §List Maintenance R7: equal after lower-case and trim is a near-duplicate, and the list never stores both
    @Test
    void nearDuplicatesAreFlaggedAndNotStoredTwice() throws Exception {
        String u = unique();
        storesIn(tenant, "Coast " + u, "coast " + u.toUpperCase() + " ", "Inland " + u);
        remember(tenant, "Bay " + u);
        remember(tenant, " BAY " + u + "  ");

        assertThat((List<String>) value("Coast " + u).get("nearDuplicates")).containsExactly("coast " + u.toUpperCase() + " ");
        assertThat((List<String>) value("Inland " + u).get("nearDuplicates")).isEmpty();
        assertThat(asOwner(() -> values.stored(lists.get(LIST)))).filteredOn(v -> v.toLowerCase().contains("bay " + u))
                .containsExactly("Bay " + u);
    }

    // 11-utilities §List Maintenance R3: every record holding the old text holds the new one; so does the list
    @Test
    void renamingRewritesEveryRecordAndTheStoredValueAndSaysHowMany() throws Exception {
        String u = unique();
        List<StoreId> hill = storesIn(tenant, "Hill " + u, "Hill " + u);
        StoreId other = storesIn(tenant, "Dale " + u).getFirst();
        remember(tenant, "Hill " + u);

        var response = api("rename", "{\"from\": \"Hill " + u + "\", \"to\": \" Highland " + u + " \"}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.records")).isEqualTo(2);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.value")).isEqualTo("Highland " + u);
        assertThat(regions(hill)).containsOnly("Highland " + u);
        assertThat(regions(List.of(other))).containsOnly("Dale " + u);
        List<String> stored = asOwner(() -> values.stored(lists.get(LIST)));
        assertThat(stored).contains("Highland " + u).doesNotContain("Hill " + u);
    }

    // 11-utilities §List Maintenance R6: renaming onto an existing value (ignoring case) waits for a confirmation, then merges
    @Test
    void renamingOntoAnExistingValueNeedsConfirmationThenMerges() throws Exception {
        String u = unique();
        List<StoreId> vale = storesIn(tenant, "Vale " + u);
        List<StoreId> valley = storesIn(tenant, "Valley " + u, "Valley " + u);

        var refused = api("rename", "{\"from\": \"Vale " + u + "\", \"to\": \"VALLEY " + u + "\"}");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail")).contains("Confirm");
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.mergesInto")).isEqualTo("Valley " + u);
        assertThat(regions(vale)).containsOnly("Vale " + u);

        var merged = api("rename", "{\"from\": \"Vale " + u + "\", \"to\": \"VALLEY " + u + "\", \"merge\": true}");
        assertThat(merged.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(merged.getContentAsString(), "$.records")).isEqualTo(1);
        assertThat(regions(vale)).containsOnly("Valley " + u);
        assertThat(regions(valley)).containsOnly("Valley " + u);
        assertThat(value("Valley " + u).get("uses")).isEqualTo(3);
    }

    // 11-utilities §List Maintenance R4: every loser's records hold the survivor; the losers leave the list
    @Test
    void mergingMovesEveryLosersRecordsToTheSurvivor() throws Exception {
        String u = unique();
        List<StoreId> stores = storesIn(tenant, "Ridge " + u, "ridge " + u, "RIDGE " + u + " ", "Ridge " + u);
        remember(tenant, "ridge " + u);

        var response = api("merge", "{\"survivor\": \"Ridge " + u + "\", \"losers\": [\"ridge " + u + "\", \"RIDGE " + u + " \"]}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.records")).isEqualTo(2);
        assertThat(regions(stores)).containsOnly("Ridge " + u);
        assertThat(valuesContaining(u)).containsExactly("Ridge " + u);
        assertThat(value("Ridge " + u).get("uses")).isEqualTo(4);
    }

    // 11-utilities §List Maintenance R4: one transaction — a refusal after records were rewritten leaves every record as it was
    @Test
    void aMergeThatFailsPartWayChangesNothing() throws Exception {
        String u = unique();
        String survivor = RefusingRewriteListener.REFUSED_PREFIX + " " + u;
        List<StoreId> survivors = storesIn(tenant, survivor);
        List<StoreId> losers = storesIn(tenant, "Lost " + u, "Gone " + u);
        remember(tenant, "Lost " + u);

        var response = api("merge", "{\"survivor\": \"" + survivor + "\", \"losers\": [\"Lost " + u + "\", \"Gone " + u + "\"]}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(regions(losers)).containsExactlyInAnyOrder("Lost " + u, "Gone " + u);
        assertThat(regions(survivors)).containsOnly(survivor);
        assertThat(asOwner(() -> values.stored(lists.get(LIST)))).contains("Lost " + u);
    }

    // 11-utilities §List Maintenance R4: a survivor only records hold, longer than the list keeps, still takes the losers' records
    @Test
    void mergingIntoALongValueFoundOnlyInRecordsWorks() throws Exception {
        String u = unique();
        String longValue = "Long " + u + " " + "x".repeat(220);
        List<StoreId> stores = storesIn(tenant, longValue, "Short " + u);
        remember(tenant, "Short " + u);

        var response = api("merge", "{\"survivor\": \"" + longValue + "\", \"losers\": [\"Short " + u + "\"]}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(regions(stores)).containsOnly(longValue);
        assertThat(valuesContaining(u)).containsExactly(longValue);
    }

    // 11-utilities §List Maintenance R4: a value cannot be merged into itself
    @Test
    void mergingAValueIntoItselfIsRefused() throws Exception {
        String u = unique();
        storesIn(tenant, "Self " + u);

        var response = api("merge", "{\"survivor\": \"Self " + u + "\", \"losers\": [\"Self " + u + "\"]}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.errors.losers")).contains("into itself");
    }

    // 11-utilities §List Maintenance R5: a used value is not deleted, and the refusal says how many records hold it
    @Test
    void deletingAUsedValueIsRefusedWithTheCountAndAnUnusedOneIsDeleted() throws Exception {
        String u = unique();
        List<StoreId> used = storesIn(tenant, "Busy " + u, "Busy " + u, "Busy " + u);
        remember(tenant, "Busy " + u);
        remember(tenant, "Idle " + u);

        var refused = api("delete", "{\"value\": \"Busy " + u + "\"}");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail"))
                .isEqualTo("Used by 3 records \u2014 merge it into another value first.");
        assertThat(regions(used)).containsOnly("Busy " + u);

        assertThat(api("delete", "{\"value\": \"Idle " + u + "\"}").getStatus()).isEqualTo(200);
        assertThat(valuesContaining(u)).containsExactly("Busy " + u);
        assertThat(api("delete", "{\"value\": \"Idle " + u + "\"}").getStatus()).isEqualTo(404);
    }

    // 11-utilities §List Maintenance R8: every rewritten record (and the list's own row) is in the audit log under the request id
    @Test
    void everyRewrittenRecordHasAnAuditEntryUnderTheRequestId() throws Exception {
        String u = unique();
        List<StoreId> stores = storesIn(tenant, "Audited " + u, "Audited " + u, "Audited " + u);
        remember(tenant, "Audited " + u);
        String requestId = "picklist-" + u;

        var response = mvc.perform(post("/api/v1/pick-lists/{key}/rename", LIST).with(tenant.owner().signedIn())
                        .header("X-Request-Id", requestId)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"Audited " + u + "\", \"to\": \"Checked " + u + "\"}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        List<String> audited = asOwner(() -> jdbc.sql("""
                        select row_id from audit_log where request_id = ? and table_name = 'store' and action = 'UPDATE'
                          and before_row ->> 'region' = ? and after_row ->> 'region' = ? and user_id = ?""")
                .params(requestId, "Audited " + u, "Checked " + u, tenant.owner().id().value()).query(String.class).list());
        assertThat(audited).containsExactlyInAnyOrderElementsOf(stores.stream().map(s -> Long.toString(s.value())).toList());
        long listEntries = asOwner(() -> jdbc.sql("""
                        select count(*) from audit_log where request_id = ? and table_name = 'pick_list_value' and row_id = ?""")
                .params(requestId, LIST).query(Long.class).single());
        assertThat(listEntries).isEqualTo(2); // the old text forgotten, the new one kept
    }

    // 11-utilities §List Maintenance R8: only CanManageUsers — a sales clerk gets 403 on the page and in the API
    @Test
    void aSalesClerkIsRefusedThePagesAndTheApi() throws Exception {
        var clerk = tenants.addPerson(tenant, "Sal", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        String u = unique();
        List<StoreId> stores = storesIn(tenant, "Clerk " + u);

        assertThat(mvc.perform(get("/utilities/lists").with(clerk.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/utilities/lists/{key}", LIST).with(clerk.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/pick-lists/{key}", LIST).with(clerk.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        var rename = mvc.perform(post("/api/v1/pick-lists/{key}/rename", LIST).with(clerk.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"Clerk " + u + "\", \"to\": \"Changed " + u + "\"}"))
                .andReturn().getResponse();
        assertThat(rename.getStatus()).isEqualTo(403);
        var page = mvc.perform(post("/utilities/lists/{key}/rename", LIST).with(clerk.signedIn()).with(csrf())
                .param("from", "Clerk " + u).param("to", "Changed " + u)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(regions(stores)).containsOnly("Clerk " + u);
    }

    // 11-utilities §List Maintenance, design §4: another tenant's records are neither counted nor rewritten
    @Test
    void anotherTenantsRecordsAreNeitherCountedNorRewritten() throws Exception {
        var other = tenants.open("pick-lists-other");
        String u = unique();
        List<StoreId> theirs = storesIn(other, "Shared " + u, "Shared " + u);
        storesIn(tenant, "Shared " + u);

        assertThat(value("Shared " + u).get("uses")).isEqualTo(1);
        var renamed = api("rename", "{\"from\": \"Shared " + u + "\", \"to\": \"Ours " + u + "\"}");
        assertThat(JsonPath.<Integer>read(renamed.getContentAsString(), "$.records")).isEqualTo(1);
        List<String> theirRegions = TenantContext.callAs(other.id(), other.owner().id(), () -> transactions.execute(s ->
                theirs.stream().map(id -> jdbc.sql("select region from store where id = ?").param(id.value())
                        .query(String.class).single()).toList()));
        assertThat(theirRegions).containsOnly("Shared " + u);
    }

    // 11-utilities §List Maintenance: a list nobody declared, or a value not in the list, is "not found"
    @Test
    void anUnknownListOrValueIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/api/v1/pick-lists/{key}", "inventory.no-such-list").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/utilities/lists/{key}", "inventory.no-such-list").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(api("rename", "{\"from\": \"Nowhere " + unique() + "\", \"to\": \"Somewhere\"}").getStatus()).isEqualTo(404);
    }

    // design §5b, 11-utilities §List Maintenance: an empty new value is a 400 with the field named, and nothing changes
    @Test
    void aBlankNewValueIsRefusedBesideTheField() throws Exception {
        String u = unique();
        List<StoreId> stores = storesIn(tenant, "Blank " + u);

        var api = api("rename", "{\"from\": \"Blank " + u + "\", \"to\": \"   \"}");
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(api.getContentAsString(), "$.errors.to")).isEqualTo("Enter the new value.");

        var page = mvc.perform(post("/utilities/lists/{key}/rename", LIST).with(tenant.owner().signedIn()).with(csrf())
                .param("from", "Blank " + u).param("to", " ")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("Enter the new value.").contains("id=\"toError\"");
        assertThat(regions(stores)).containsOnly("Blank " + u);
    }

    // 11-utilities §List Maintenance R2, R3, R6 on the page: post/redirect/get with the count; a needed confirmation keeps what was typed
    @Test
    void thePageRenamesWithACountAndAsksBeforeMerging() throws Exception {
        String u = unique();
        storesIn(tenant, "Glen " + u, "Glen " + u, "Moor " + u);

        String shown = mvc.perform(get("/utilities/lists/{key}", LIST).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Store region (test)").contains("Glen " + u).contains("Delete (used by 2)");

        var conflict = mvc.perform(post("/utilities/lists/{key}/rename", LIST).with(tenant.owner().signedIn()).with(csrf())
                .param("from", "Glen " + u).param("to", "moor " + u)).andReturn().getResponse();
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("this would merge into \u201CMoor " + u + "\u201D")
                .contains("value=\"moor " + u + "\"");

        var done = mvc.perform(post("/utilities/lists/{key}/rename", LIST).with(tenant.owner().signedIn()).with(csrf())
                .param("from", "Glen " + u).param("to", "moor " + u).param("merge", "true")).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/utilities/lists/" + LIST);
        assertThat(done.getFlashMap().get("flash")).isEqualTo("2 records now say \u201CMoor " + u + "\u201D.");
        assertThat(value("Moor " + u).get("uses")).isEqualTo(3);
    }

    // 11-utilities §List Maintenance R4, R7 on the page: one ticked value with a comma and a trailing space arrives as the records hold it
    @Test
    void thePageMergesAValueWithACommaAndTrailingSpaceExactlyAsRecordsHoldIt() throws Exception {
        String u = unique();
        List<StoreId> stores = storesIn(tenant, "Bay, North " + u, "bay, north " + u + " ");

        var done = mvc.perform(post("/utilities/lists/{key}/merge", LIST).with(tenant.owner().signedIn()).with(csrf())
                .param("survivor", "Bay, North " + u).param("losers", "bay, north " + u + " ")).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/utilities/lists/" + LIST);
        assertThat(done.getFlashMap().get("flash")).isEqualTo("1 record now says \u201CBay, North " + u + "\u201D.");
        assertThat(regions(stores)).containsOnly("Bay, North " + u);
    }

    // 11-utilities §List Maintenance R4 on the page: a merge with nothing ticked says so beside the list, keeping the choice
    @Test
    void thePageRefusesAMergeWithNothingTicked() throws Exception {
        String u = unique();
        storesIn(tenant, "Fen " + u);

        var page = mvc.perform(post("/utilities/lists/{key}/merge", LIST).with(tenant.owner().signedIn()).with(csrf())
                .param("survivor", "Fen " + u)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("id=\"losersError\"").contains("Tick the values to merge into it.");
    }

    // 11-utilities §List Maintenance R2: the list picker shows the declared lists; Utilities links to it for admins
    @Test
    void theListPickerShowsTheDeclaredListsAndUtilitiesLinksToIt() throws Exception {
        String picker = mvc.perform(get("/utilities/lists").with(tenant.owner().signedIn())).andReturn().getResponse()
                .getContentAsString();
        assertThat(picker).contains("Store region (test)").contains("/utilities/lists/" + LIST);
        String utilities = mvc.perform(get("/utilities").with(tenant.owner().signedIn())).andReturn().getResponse()
                .getContentAsString();
        assertThat(utilities).contains("id=\"listMaintenanceCard\"");
        var all = mvc.perform(get("/api/v1/pick-lists").with(tenant.owner().signedIn())).andReturn().getResponse();
        assertThat(JsonPath.<List<String>>read(all.getContentAsString(), "$.content[*].key")).contains(LIST);
    }

    private MockHttpServletResponse api(String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/pick-lists/{key}/" + action, LIST).with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private Map<String, Object> value(String value) throws Exception {
        String body = mvc.perform(get("/api/v1/pick-lists/{key}", LIST).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> found = JsonPath.read(body, "$.values[?(@.value == '" + value + "')]");
        assertThat(found).as("value " + value).hasSize(1);
        return found.getFirst();
    }

    private List<String> valuesContaining(String u) throws Exception {
        String body = mvc.perform(get("/api/v1/pick-lists/{key}", LIST).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(body, "$.values[*].value").stream().filter(v -> v.contains(u)).toList();
    }

    private List<StoreId> storesIn(TestTenants.Tenant in, String... regions) {
        return java.util.Arrays.stream(regions).map(region -> {
            StoreId store = tenants.addStore(in, "Store " + unique());
            TenantContext.runAs(in.id(), in.owner().id(), () -> transactions.executeWithoutResult(s ->
                    jdbc.sql("update store set region = ? where id = ?").params(region, store.value()).update()));
            return store;
        }).toList();
    }

    private void remember(TestTenants.Tenant in, String value) {
        TenantContext.runAs(in.id(), in.owner().id(), () -> values.remember(lists.get(LIST), value));
    }

    private List<String> regions(List<StoreId> stores) {
        return asOwner(() -> stores.stream().map(id -> jdbc.sql("select region from store where id = ?").param(id.value())
                .query(String.class).single()).toList());
    }

    private <T> T asOwner(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
