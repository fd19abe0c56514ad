package com.jeweltrak.services.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/work-orders (03-services §0, §1; design §5b). */
@IntegrationTest
class WorkOrdersApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-orders-api");
        other = tenants.open("work-orders-api-other");
    }

    private ContactId customer(TestTenants.Tenant t) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(s -> contacts.add(Contact.draft(
                new Contact.Name("Api", "Customer", null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null,
                null, false, false, null, null))));
    }

    private long create(TestTenants.Tenant t, String extra) throws Exception {
        String body = mvc.perform(post("/api/v1/work-orders").with(t.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": " + t.store() + ", \"orderType\": \"repair\", \"customerId\": " + customer(t)
                                + ", \"description\": \"Api ring\"" + extra + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    // 03-services §0: a rush repair with a quote starts In production (IP lane), 0 days in stage; money as strings
    @Test
    void aJobTakenInShowsItsStatusLaneAndPrice() throws Exception {
        long id = create(tenant, ", \"rush\": true, \"priceQuoted\": \"120.5\"");
        mvc.perform(get("/api/v1/work-orders/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_production"))
                .andExpect(jsonPath("$.lane").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.priceQuoted").value("120.50"))
                .andExpect(jsonPath("$.rush").value(true))
                .andExpect(jsonPath("$.daysInStage").value(0));
    }

    // 03-services §1 R10 and the decided workflow: QN → RP is refused with 422, QN → IP moves the lane
    @Test
    void theStatusMovesTheLaneAndAForbiddenJumpIs422() throws Exception {
        long id = create(tenant, "");
        mvc.perform(post("/api/v1/work-orders/" + id + "/status").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ready_for_pickup\"}"))
                .andExpect(status().is(422));
        mvc.perform(post("/api/v1/work-orders/" + id + "/status").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"in_production\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lane").value("IN_PROGRESS"));
    }

    // 03-services §15 R1: a repair needs a customer (422 naming the field)
    @Test
    void aRepairWithoutCustomerIs422() throws Exception {
        mvc.perform(post("/api/v1/work-orders").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": " + tenant.store() + ", \"orderType\": \"repair\", \"description\": \"x\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors.customerId").exists());
    }

    // 03-services §0 Stage
    @Test
    void aStageIsAddedAndListedWithTheJob() throws Exception {
        long id = create(tenant, "");
        mvc.perform(post("/api/v1/work-orders/" + id + "/stages").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Casting\", \"expectedCost\": \"80\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].name").value("Casting"))
                .andExpect(jsonPath("$.stages[0].expectedCost").value("80.00"));
    }

    // design §5b: the list is paged and holds only the caller's jobs
    @Test
    void theListIsPagedAndHoldsOnlyTheCallersJobs() throws Exception {
        long mine = create(tenant, "");
        long theirs = create(other, "");
        String body = mvc.perform(get("/api/v1/work-orders").param("size", "200").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").exists())
                .andReturn().getResponse().getContentAsString();
        java.util.List<Number> ids = JsonPath.read(body, "$.content[*].id");
        assertThat(ids.stream().map(Number::longValue)).contains(mine).doesNotContain(theirs);
    }

    // issue 9 point 2: the top search finds a job by "work order <number>", by customer and by item
    @Test
    void theTopSearchFindsAJobByNumberCustomerAndItem() throws Exception {
        String body = mvc.perform(post("/api/v1/work-orders").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": " + tenant.store() + ", \"orderType\": \"repair\", \"customerId\": "
                                + customer(tenant) + ", \"description\": \"Zircon earring backs\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        long number = ((Number) JsonPath.read(body, "$.number")).longValue();
        for (String q : new String[] {"work order " + number, "Zircon earring"}) {
            String found = mvc.perform(get("/search").param("q", q).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(found).as(q).contains("/peek/work-order/" + id);
        }
    }

    // design §5: another tenant's job is a 404
    @Test
    void anotherTenantsJobIs404() throws Exception {
        long theirs = create(other, "");
        mvc.perform(get("/api/v1/work-orders/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }
}
