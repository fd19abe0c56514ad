package com.jeweltrak.contacts.merging;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.audit.AuditEntry;
import com.jeweltrak.platform.audit.AuditFilter;
import com.jeweltrak.platform.audit.ReadingTheAuditLog;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** 07-contacts §I Have Duplicate Customers R1, R7–R10 through Utilities → Consolidate Customers and the API. */
@IntegrationTest
class ConsolidateContactsWebTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant otherTenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired Contacts contacts;
    @Autowired ReadingTheAuditLog auditLog;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("consolidate");
        otherTenant = tenants.open("consolidate-other");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // R10: the audit log shows the merge — who, when, the secondary's merged_into_id — under one request id, and "merged" finds it
    @Test
    void theAuditLogShowsTheMerge() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId secondary = f.contact("Robert", name, null, null);

        assertThat(api("/api/v1/contacts/{id}/merge", primary, "{\"secondaries\": [" + secondary + "]}").getStatus()).isEqualTo(200);

        AuditEntry markedMerged = f.as(() -> auditLog.find(new AuditFilter("contact", secondary.toString(), null, null, null,
                "UPDATE", null, null), 0, 10)).content().getFirst();
        assertThat(markedMerged.userId()).isEqualTo(tenant.owner().id().value());
        assertThat(markedMerged.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("merged_into_id");
            assertThat(change.after()).isEqualTo(primary.toString());
        });
        AuditEntry merge = f.as(() -> auditLog.find(new AuditFilter(null, null, null, null, null, null,
                "Merged Robert " + name, null), 0, 10)).content().getFirst();
        assertThat(merge.table()).isEqualTo("contact_merge");
        assertThat(merge.userId()).isEqualTo(tenant.owner().id().value());
        assertThat(merge.requestId()).isNotNull().isEqualTo(markedMerged.requestId());
        assertThat(merge.occurredAt()).isNotNull();
    }

    // R2 via the API: the answer is the primary as it is after the merge
    @Test
    void theMergeApiAnswersThePrimary() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null, ContactRole.CUSTOMER);
        ContactId secondary = f.contact("Robert", name, null, null, ContactRole.VENDOR);

        String body = api("/api/v1/contacts/{id}/merge", primary, "{\"secondaries\": [" + secondary + "]}").getContentAsString();

        assertThat(JsonPath.<Integer>read(body, "$.primary.id")).isEqualTo((int) primary.value());
        assertThat(JsonPath.<List<String>>read(body, "$.primary.roles")).containsExactly("customer", "vendor");
        assertThat(JsonPath.<List<Integer>>read(body, "$.merged")).containsExactly((int) secondary.value());
    }

    // R12 via the API: merging into itself is a 422 with the reason
    @Test
    void mergingIntoItselfIsA422() throws Exception {
        ContactId primary = fixtures().contact("Bob", MergeFixtures.surname(), null, null);

        MockHttpServletResponse response = api("/api/v1/contacts/{id}/merge", primary, "{\"secondaries\": [" + primary + "]}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("cannot also be merged into itself");
    }

    // Tenant isolation: another tenant's contact is a 404, as primary or as secondary
    @Test
    void anotherTenantsContactIsA404() throws Exception {
        ContactId mine = fixtures().contact("Bob", MergeFixtures.surname(), null, null);
        ContactId theirs = new MergeFixtures(otherTenant, contacts).contact("Bob", MergeFixtures.surname(), null, null);

        assertThat(api("/api/v1/contacts/{id}/merge", mine, "{\"secondaries\": [" + theirs + "]}").getStatus()).isEqualTo(404);
        assertThat(api("/api/v1/contacts/{id}/merge", theirs, "{\"secondaries\": [" + mine + "]}").getStatus()).isEqualTo(404);
        assertThat(api("/api/v1/contacts/{id}/merge-preview", theirs, "{\"secondaries\": [" + mine + "]}").getStatus()).isEqualTo(404);
    }

    // R7, R8, R9 via the API: preview, candidates, dismiss
    @Test
    void previewCandidatesAndDismissAreInTheApi() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, null, "555-321-0000");
        ContactId b = f.contact("Bob", name, null, "555-321-0000", ContactRole.PARTNER);

        String preview = api("/api/v1/contacts/{id}/merge-preview", a, "{\"secondaries\": [" + b + "]}").getContentAsString();
        assertThat(JsonPath.<List<String>>read(preview, "$.rolesAfter")).containsExactly("partner");
        assertThat(JsonPath.<List<String>>read(preview, "$.namesThatDisappear")).containsExactly("Bob " + name + " (#" + b + ")");

        assertThat(candidateIds()).contains(List.of((int) a.value(), (int) b.value()));
        var dismissed = mvc.perform(post("/api/v1/contact-duplicates/dismiss").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"contactA\": " + b + ", \"contactB\": " + a + "}"))
                .andReturn().getResponse();
        assertThat(dismissed.getStatus()).isEqualTo(204);
        assertThat(candidateIds()).doesNotContain(List.of((int) a.value(), (int) b.value()));
    }

    // R7, R1: the page flow — search, preview, confirm — ends on the primary's page with a flash
    @Test
    void confirmingOnThePageMergesAndGoesToThePrimary() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId secondary = f.contact("Robert", name, null, null);

        String search = mvc.perform(get("/utilities/consolidate-contacts").param("primary", primary.toString())
                .param("q", "robert " + name).header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(search).contains("Robert " + name).contains("secondaries=" + secondary);
        String preview = mvc.perform(get("/utilities/consolidate-contacts").param("primary", primary.toString())
                .param("secondaries", secondary.toString()).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("id=\"mergePreview\"").contains("Robert " + name + " (#" + secondary + ")");

        var done = mvc.perform(post("/utilities/consolidate-contacts/merge").with(tenant.owner().signedIn()).with(csrf())
                .param("primary", primary.toString()).param("secondaries", secondary.toString())).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/contacts/" + primary);
        assertThat(done.getFlashMap().get("flash")).isEqualTo("Merged 1 contact into Bob " + name + ".");
        assertThat(f.get(secondary).mergedInto()).isEqualTo(primary);
    }

    // R12 on the page: the refusal shows beside the duplicates, nothing chosen is lost
    @Test
    void aRefusedMergeStaysOnThePageWithTheReason() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);

        var page = mvc.perform(post("/utilities/consolidate-contacts/merge").with(tenant.owner().signedIn()).with(csrf())
                .param("primary", primary.toString()).param("secondaries", primary.toString())).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("id=\"secondariesError\"").contains("cannot also be merged into itself")
                .contains("Bob " + name + " (#" + primary + ")");
    }

    // R8, R9 on the page: a candidate pair shows with its basis; Not a duplicate removes it for good
    @Test
    void theCandidatesTabListsPairsAndDismissesThem() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId a = f.contact("Bob", name, "bob@" + name + ".example", null);
        ContactId b = f.contact(name, "Bob", "BOB@" + name + ".example", null);

        String before = candidatesPage();
        assertThat(before).contains("Keep " + name + " Bob").contains("Same name and e-mail");

        var dismissed = mvc.perform(post("/utilities/consolidate-contacts/candidates/dismiss").with(tenant.owner().signedIn())
                .with(csrf()).param("contactA", a.toString()).param("contactB", b.toString())).andReturn();
        assertThat(dismissed.getResponse().getRedirectedUrl()).isEqualTo("/utilities/consolidate-contacts/candidates?page=0");
        assertThat(candidatesPage()).doesNotContain("Keep " + name + " Bob");
    }

    // R1: Utilities → Consolidate Customers opens on the Manual tab with nothing chosen yet
    @Test
    void theToolOpensOnTheManualTab() throws Exception {
        var page = mvc.perform(get("/utilities/consolidate-contacts").with(tenant.owner().signedIn())).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Consolidate Customers").contains("Search and choose Keep.")
                .doesNotContain("id=\"mergePreview\"");
    }

    // design §5b: every operation is in the OpenAPI document
    @Test
    void theApiIsDocumented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/contacts/{id}/merge'].post.summary")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/contacts/{id}/merge-preview'].post.summary")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/contact-duplicates'].get.summary")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/contact-duplicates/dismiss'].post.summary")).isNotNull();
    }

    // Permission: merging ends records, so it needs Contacts.Delete — Sales (Contacts.Edit) may not
    @Test
    void withoutContactsDeleteTheToolIsForbidden() throws Exception {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId secondary = f.contact("Robert", name, null, null);

        assertThat(mvc.perform(get("/utilities/consolidate-contacts").with(clerk.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/contacts/{id}/merge", primary).with(clerk.signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"secondaries\": [" + secondary + "]}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/utilities").with(clerk.signedIn())).andReturn().getResponse().getContentAsString())
                .doesNotContain("consolidateContactsCard");
        assertThat(mvc.perform(get("/utilities").with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString())
                .contains("consolidateContactsCard");
        assertThat(f.get(secondary).isMerged()).isFalse();
    }

    private MergeFixtures fixtures() {
        return new MergeFixtures(tenant, contacts);
    }

    private MockHttpServletResponse api(String path, ContactId id, String body) throws Exception {
        return mvc.perform(post(path, id.value()).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    private List<List<Integer>> candidateIds() throws Exception {
        String body = mvc.perform(get("/api/v1/contact-duplicates").param("size", "200").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        List<Integer> as = JsonPath.read(body, "$.content[*].contactA.id");
        List<Integer> bs = JsonPath.read(body, "$.content[*].contactB.id");
        return java.util.stream.IntStream.range(0, as.size()).mapToObj(i -> List.of(as.get(i), bs.get(i))).toList();
    }

    private String candidatesPage() throws Exception {
        return mvc.perform(get("/utilities/consolidate-contacts/candidates").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
    }
}
