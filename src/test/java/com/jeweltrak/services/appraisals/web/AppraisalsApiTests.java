package com.jeweltrak.services.appraisals.web;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.services.appraisals.AppraisalFixtures;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The appraisals API (design §5b; 03-services §13). */
@IntegrationTest
class AppraisalsApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired AppraisalFixtures fixtures;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("appraisals-api");
        other = tenants.open("appraisals-api-other");
    }

    private long create(String purpose) throws Exception {
        String body = mvc.perform(post("/api/v1/appraisals").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": " + tenant.store() + ", \"customerId\": " + fixtures.customer(tenant, "Api")
                                + ", \"purpose\": \"" + purpose + "\", \"headerNotes\": \"By API\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void addItem(long id, String description, String value) throws Exception {
        mvc.perform(post("/api/v1/appraisals/" + id + "/items").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"" + description + "\", \"metal\": \"Platinum\", \"appraisedValue\": \"" + value + "\"}"))
                .andExpect(status().isCreated());
    }

    // §13 R2, R4; design §5b: a draft is created, items are added, the total is their sum, money as strings
    @Test
    void aDraftIsCreatedItemsAddedAndTheTotalIsTheirSum() throws Exception {
        long id = create("estate");
        addItem(id, "Platinum ring", "5000");
        addItem(id, "Sapphire earrings", "1500.25");
        mvc.perform(get("/api/v1/appraisals/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.purpose").value("ESTATE"))
                .andExpect(jsonPath("$.headerNotes").value("By API"))
                .andExpect(jsonPath("$.items[0].appraisedValue").value("5000.00"))
                .andExpect(jsonPath("$.items[0].metal").value("Platinum"))
                .andExpect(jsonPath("$.totalAppraisedValue").value("6500.25"));
    }

    // §13 R6: a finalized appraisal refuses changes with 409; revising gives a new draft (201)
    @Test
    void aFinalizedAppraisalRefusesChangesAndIsRevisedIntoANewDraft() throws Exception {
        long id = create("INSURANCE");
        addItem(id, "Watch", "3000");
        mvc.perform(post("/api/v1/appraisals/" + id + "/finalize").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINALIZED"));
        mvc.perform(put("/api/v1/appraisals/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"headerNotes\": \"changed\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/appraisals/" + id + "/revise").with(tenant.owner().signedIn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revisesId").value(id)).andExpect(jsonPath("$.totalAppraisedValue").value("3000.00"));
    }

    // design §5b: a refused rule is 422 Problem Details naming the field
    @Test
    void anItemWithoutValueIsRefusedWithProblemDetails() throws Exception {
        long id = create("RESALE");
        mvc.perform(post("/api/v1/appraisals/" + id + "/items").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"Ring\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Enter the appraised value."));
        mvc.perform(post("/api/v1/appraisals").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\": " + fixtures.customer(tenant, "Bad") + ", \"purpose\": \"gift\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    // design §4: another tenant's appraisal is 404; the list holds only the caller's
    @Test
    void anotherTenantsAppraisalIsNotFound() throws Exception {
        AppraisalId theirs = fixtures.open(other, fixtures.customer(other, "Other"), null);
        mvc.perform(get("/api/v1/appraisals/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/appraisals/" + theirs + "/finalize").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/appraisals").param("size", "200").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + theirs.value() + ")]").isEmpty());
    }
}
