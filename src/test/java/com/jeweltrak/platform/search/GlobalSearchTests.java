package com.jeweltrak.platform.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 01-navigation §Search &amp; Quick Find, issue 3 point 3: the global search over the index. */
@IntegrationTest
class GlobalSearchTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static String unique;
    static StoreId secondStore;
    static TestTenants.Person storeBoundAdmin;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired ManagingUsers managingUsers;
    @Autowired SearchIndex index;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestTenants tenants;
    @Autowired ManagingGroups managingGroups;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ManagingUsers managingUsers,
                            @Autowired ManagingGroups managingGroups) {
        unique = UUID.randomUUID().toString().substring(0, 6);
        tenant = tenants.open("search");
        other = tenants.open("search-other");
        secondStore = tenants.addStore(tenant, "Oakridge Mall " + unique);
        long storeAdmins = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> managingGroups.create("Store admins", null, Set.of(Permission.CAN_MANAGE_USERS)));
        storeBoundAdmin = tenants.addPerson(tenant, "Stella", Set.of(storeAdmins), Set.of());
        clerk = tenants.addPerson(tenant, "Carl", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        create(managingUsers, tenant, "José", "Müller", "jm-" + unique + "@test.example");
        create(managingUsers, tenant, "Zoë", "Ångström", "zoe-" + unique + "@test.example");
        create(managingUsers, tenant, "Zed", "Exact", "ruby-" + unique + "@test.example");
        // a name that contains the other's e-mail: a word match, but not the exact identifier
        create(managingUsers, tenant, "Aaron", "ruby-" + unique + "@test.example.org", "aaron-" + unique + "@test.example");
        create(managingUsers, tenant, "Zephyr", "Person", "zephyr-" + unique + "@test.example");
        tenants.addStore(tenant, "Zephyr Plaza " + unique);
        create(managingUsers, other, "Quentin", "Zircon", "quentin-" + unique + "@test.example");
    }

    static UserId create(ManagingUsers managingUsers, TestTenants.Tenant in, String first, String last, String email) {
        return TenantContext.callAs(in.id(), in.owner().id(), () -> managingUsers.createWithPassword(
                new ManagingUsers.NewUser(first, last, email, null, Set.of(in.group(BuiltInGroups.SALES)), Set.of(in.store())),
                TestTenants.PASSWORD));
    }

    // 01-navigation §Search R5: an exact identifier (here the e-mail) ranks first, above a better-sorting word match
    @Test
    void anExactIdentifierMatchRanksFirst() throws Exception {
        List<Hit> hits = search(tenant.owner(), "ruby-" + unique + "@test.example").content();

        assertThat(hits).extracting(Hit::title).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hits.getFirst().title()).isEqualTo("Zed Exact");
        assertThat(hits).extracting(Hit::title).contains("Aaron ruby-" + unique + "@test.example.org");
    }

    // 01-navigation §Search R6, issue 3 point 3: accent- and case-insensitive, both ways
    @Test
    void accentsAndCaseDoNotMatter() throws Exception {
        assertThat(titles(tenant.owner(), "jose")).contains("José Müller");
        assertThat(titles(tenant.owner(), "MULLER")).contains("José Müller");
        assertThat(titles(tenant.owner(), "zoë ÅNG")).contains("Zoë Ångström");
    }

    // 01-navigation §Search R6: partial words — a word's start and a piece from its middle
    @Test
    void partOfAWordIsEnough() throws Exception {
        assertThat(titles(tenant.owner(), "zoe ang")).containsExactly("Zoë Ångström");
        assertThat(titles(tenant.owner(), "gstr")).contains("Zoë Ångström");
    }

    // issue 3 point 3 (trigram similarity): a typo still finds the record when nothing matches as typed
    @Test
    void aTypoStillFindsTheRecord() throws Exception {
        assertThat(titles(tenant.owner(), "muler")).contains("José Müller");
        assertThat(titles(tenant.owner(), "angstron")).contains("Zoë Ångström");
    }

    // 01-navigation §Search R2, R5: every matching type comes back, grouped, with a count per group
    @Test
    void resultsAreGroupedByTypeWithACountEach() throws Exception {
        Answer results = search(tenant.owner(), "zephyr");

        assertThat(results.groupTypes()).containsExactly("user", "store");
        assertThat(results.groupCounts()).containsExactly(1L, 1L);
        assertThat(results.content()).extracting(Hit::type).containsExactly("user", "store");
        assertThat(results.content()).extracting(Hit::peek).allMatch(url -> url.matches("/peek/(user|store)/\\d+"));
    }

    // issue 3 point 3: 1–2 characters or only symbols are a helpful empty state, never an error
    @Test
    void tooShortOrSymbolOnlyQueriesAnswerAMessageAndNoResults() throws Exception {
        for (String q : List.of("ab", " z ", "%%__--", "**!!??", "é", "1 2 3")) {
            Answer results = search(tenant.owner(), q);
            assertThat(results.message()).as(q).isEqualTo(SearchResults.TOO_SHORT);
            assertThat(results.content()).as(q).isEmpty();
            mvc.perform(get("/search").param("q", q).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Type at least 3 letters")));
        }
    }

    // issue 3 point 3: LIKE wildcards typed by a person are plain characters
    @Test
    void wildcardsInTheQueryMatchOnlyThemselves() throws Exception {
        assertThat(titles(tenant.owner(), "z%r")).isEmpty();
        assertThat(titles(tenant.owner(), "j_s_")).isEmpty();
    }

    // design §4: another tenant's records are never found, however exactly they are named
    @Test
    void anotherTenantsRecordsAreNeverFound() throws Exception {
        assertThat(titles(tenant.owner(), "quentin zircon")).isEmpty();
        // near misses of the same domain may show; the other tenant's own record never does
        assertThat(titles(tenant.owner(), "quentin-" + unique + "@test.example")).doesNotContain("Quentin Zircon");
        assertThat(titles(other.owner(), "quentin zircon")).containsExactly("Quentin Zircon");
    }

    // 01-navigation §Search R7: without CanViewAllStores, a store not on the person's list is not found
    @Test
    void aPersonRestrictedToOneStoreDoesNotFindAnotherStore() throws Exception {
        assertThat(titles(storeBoundAdmin, "oakridge")).isEmpty();
        assertThat(search(storeBoundAdmin, "store search").content()).as("the store on the person's list")
                .anyMatch(hit -> hit.type().equals("store") && hit.id() == tenant.store().value());
        assertThat(titles(tenant.owner(), "oakridge")).containsExactly("Oakridge Mall " + unique);
    }

    // 01-navigation §Search R7: a record type needs its permission — the sales clerk finds no staff or stores
    @Test
    void withoutTheTypesPermissionNothingOfItIsFound() throws Exception {
        assertThat(search(clerk, "zephyr").groupTypes()).isEmpty();
        assertThat(titles(storeBoundAdmin, "zephyr")).contains("Zephyr Person");
        mvc.perform(get("/search").param("q", "zephyr").with(clerk.signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Zephyr Person"))));
    }

    // issue 3 point 3: the index is written in the record's own transaction — a rolled-back user leaves no entry
    @Test
    void aRolledBackWriteLeavesNoEntry() throws Exception {
        String email = "ghost-" + unique + "@test.example";
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(status -> {
            managingUsers.createWithPassword(new ManagingUsers.NewUser("Gaspard", "Ghost", email, null,
                    Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store())), TestTenants.PASSWORD);
            assertThat(jdbc.sql("select count(*) from search_entry where identifier = ?").param(email).query(Long.class)
                    .single()).as("written inside the transaction").isOne();
            status.setRollbackOnly();
        }));

        assertThat(titles(tenant.owner(), "gaspard")).isEmpty();
        long entries = TenantContext.callAs(tenant.id(), null, () -> transactions.execute(status ->
                jdbc.sql("select count(*) from search_entry where identifier = ?").param(email).query(Long.class).single()));
        assertThat(entries).isZero();
    }

    // issue 3 point 3: an index write outside a transaction is refused, so nothing can index apart from its write
    @Test
    void indexingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantContext.runAs(tenant.id(), null, () -> index.index(
                new SearchEntry("user", 1, null, "x@y.z", "Nobody", null, null, null))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    // 01-navigation §Search R7: an entry of an unknown type, or with a store its type does not restrict by, is refused
    @Test
    void theIndexRefusesEntriesTheRestrictionsCouldNotHonour() {
        TenantContext.runAs(tenant.id(), null, () -> transactions.executeWithoutResult(status -> {
            assertThatThrownBy(() -> index.index(new SearchEntry("undeclared-type", 1, null, "1001", "Undeclared 1001", null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> index.index(new SearchEntry("user", 1, tenant.store(), "x@y.z", "Nobody", null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            status.setRollbackOnly();
        }));
    }

    // issue 3 point 3: a change to a record is searchable at once — renamed and deactivated users
    @Test
    void aChangedRecordIsFoundByItsNewNameWithItsNewStatus() throws Exception {
        UserId id = create(managingUsers, tenant, "Walter", "Before", "walter-" + unique + "@test.example");
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> {
            managingUsers.updateDetails(id, "Walter", "Afterwards", "walter-" + unique + "@test.example", null);
            managingUsers.deactivate(id);
        });

        assertThat(titles(tenant.owner(), "before walter")).isEmpty();
        assertThat(search(tenant.owner(), "afterwards").content()).singleElement()
                .satisfies(hit -> assertThat(hit.status()).isEqualTo("Inactive"))
                .satisfies(hit -> assertThat(hit.id()).isEqualTo(id.value()));
    }

    // issue 3 point 3: a renamed group is searchable at once in the subtitle of everyone in it
    @Test
    void renamingAGroupUpdatesItsMembersEntries() throws Exception {
        long group = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> managingGroups.create("Quillon Bench", null, Set.of(Permission.CAN_VIEW_COST)));
        UserId id = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> managingUsers.createWithPassword(
                new ManagingUsers.NewUser("Benedikt", "Goldsmith", "bene-" + unique + "@test.example", null,
                        Set.of(group), Set.of(tenant.store())), TestTenants.PASSWORD));

        TenantContext.runAs(tenant.id(), tenant.owner().id(),
                () -> managingGroups.change(group, "Stone Setters", null, Set.of(Permission.CAN_VIEW_COST)));

        assertThat(search(tenant.owner(), "stone setters").content()).extracting(Hit::id).containsExactly(id.value());
        assertThat(search(tenant.owner(), "quillon").content()).extracting(Hit::id).doesNotContain(id.value());
    }

    // issue 3 point 3 (speed): a word found in more entries than the limit ranks only the limit, and says so
    @Test
    void aVeryCommonWordStopsAtTheLimitAndSaysSo() throws Exception {
        var crowded = tenants.open("search-cap");
        TenantContext.runAs(crowded.id(), crowded.owner().id(), () -> transactions.executeWithoutResult(status -> {
            for (int i = 0; i <= Searching.MAX_HITS; i++) {
                index.index(new SearchEntry("user", 9_000_000L + i, null, "cap-" + i + "@test.example", "Capstone " + i,
                        null, "Active", null));
            }
        }));

        mvc.perform(get("/api/v1/search").param("q", "capstone").with(crowded.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(Searching.MAX_HITS))
                .andExpect(jsonPath("$.countsCapped").value(true));
        mvc.perform(get("/api/v1/search").param("q", "capstone 17").with(crowded.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countsCapped").value(false));
        mvc.perform(get("/search").param("q", "capstone").with(crowded.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Searching.MAX_HITS + "+")))
                .andExpect(content().string(containsString("Add a word to narrow the search")));
    }

    // design §4: the search function reads only the tenant of the current transaction, and nothing without one
    @Test
    void theSearchFunctionSeesOnlyTheCurrentTenant() {
        String sql = "select count(*) from jt_search('zephyr', array['zephyr'], array['zephyr'], array['user', 'store'], true, '{}', 1000)";
        long asTenant = TenantContext.callAs(tenant.id(), null, () -> transactions.execute(status ->
                jdbc.sql(sql).query(Long.class).single()));
        long asOther = TenantContext.callAs(other.id(), null, () -> transactions.execute(status ->
                jdbc.sql(sql).query(Long.class).single()));
        long asNobody = transactions.execute(status -> jdbc.sql(sql).query(Long.class).single());

        assertThat(asTenant).isEqualTo(2);
        assertThat(asOther).isZero();
        assertThat(asNobody).isZero();
    }

    // issue 3 point 3, design §5b: the API answers pages of results with the group counts
    @Test
    void theApiPagesThroughTheResults() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "zephyr").param("size", "1").param("page", "1")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].type").value("store"))
                .andExpect(jsonPath("$.content[0].title").value("Zephyr Plaza " + unique))
                .andExpect(jsonPath("$.content[0].storeName").value("Zephyr Plaza " + unique))
                .andExpect(jsonPath("$.content[0].peek").value(org.hamcrest.Matchers.startsWith("/peek/store/")))
                .andExpect(jsonPath("$.groups[0].type").value("user"))
                .andExpect(jsonPath("$.groups[0].count").value(1));
        mvc.perform(get("/api/v1/search").param("q", "zephyr").param("type", "store").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].type").value("store"));
        mvc.perform(get("/api/v1/search").param("q", "zephyr").param("type", "nonsense").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest());
    }

    // design §5b: the search operation is documented in OpenAPI with its parameters
    @Test
    void theSearchOperationIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/search'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.hasItems("q", "type", "page", "size")));
    }

    // 01-navigation §Search R4: the type-ahead rows open a Quick Peek
    @Test
    void typeAheadRowsOpenAPeek() throws Exception {
        mvc.perform(get("/search").param("q", "zoe ang").header("HX-Request", "true").header("HX-Target", "searchSuggestions")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-peek=\"/peek/user/")))
                .andExpect(content().string(containsString("Zoë Ångström")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    /** One hit of the API's answer. */
    record Hit(String type, long id, String title, String status, String peek) {
    }

    record Answer(List<Hit> content, List<String> groupTypes, List<Long> groupCounts, String message) {
    }

    /** Searches as the person, through the API: the whole path a request takes, permissions and stores included. */
    private Answer search(TestTenants.Person who, String q) throws Exception {
        String json = mvc.perform(get("/api/v1/search").param("q", q).param("size", "50").with(who.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<java.util.Map<String, Object>> content = JsonPath.read(json, "$.content");
        List<Hit> hits = content.stream().map(m -> new Hit((String) m.get("type"), ((Number) m.get("id")).longValue(),
                (String) m.get("title"), (String) m.get("status"), (String) m.get("peek"))).toList();
        List<String> types = JsonPath.read(json, "$.groups[*].type");
        List<Number> counts = JsonPath.read(json, "$.groups[*].count");
        return new Answer(hits, types, counts.stream().map(Number::longValue).toList(), JsonPath.read(json, "$.message"));
    }

    private List<String> titles(TestTenants.Person who, String q) throws Exception {
        return search(who, q).content().stream().map(Hit::title).toList();
    }
}
