package com.jeweltrak.services.templates.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/job-templates (03-services §8; design §5b). */
@IntegrationTest
class JobTemplatesApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("job-templates-api");
        other = tenants.open("job-templates-api-other");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group("Sales")), Set.of());
    }

    private long create(TestTenants.Tenant t, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/job-templates").with(t.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "orderType": "repair", "description": "Size a ring", "unitPrice": "45",
                                 "warrantyDays": 30, "promisedInDays": 7, "sortOrder": 10,
                                 "stages": [{"name": "Size", "expectedCost": "5"}]}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    // 03-services §8 Data: a template with its stages, money as strings
    @Test
    void aTemplateIsCreatedAndReadWithItsStages() throws Exception {
        long id = create(tenant, "Api sizing");
        mvc.perform(get("/api/v1/job-templates/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitPrice").value("45.00"))
                .andExpect(jsonPath("$.warrantyDays").value(30)).andExpect(jsonPath("$.stages[0].name").value("Size"))
                .andExpect(jsonPath("$.stages[0].expectedCost").value("5.00"));
    }

    // 03-services §8 R2: changing templates needs CanManageUsers; using them only the right to take a job in
    @Test
    void aClerkMayNotAddATemplate() throws Exception {
        mvc.perform(post("/api/v1/job-templates").with(clerk.signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Clerk's\"}")).andExpect(status().isForbidden());
    }

    // design §5b: a refused rule is 422 Problem Details naming the field
    @Test
    void aTemplateWithoutANameIs422() throws Exception {
        mvc.perform(post("/api/v1/job-templates").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"\", \"orderType\": \"any\"}")).andExpect(status().isUnprocessableEntity());
    }

    // 03-services §8 R2: change and delete
    @Test
    void aTemplateIsChangedAndDeleted() throws Exception {
        long id = create(tenant, "Api clasp");
        mvc.perform(put("/api/v1/job-templates/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Api clasp\", \"orderType\": \"any\", \"unitPrice\": \"50\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.orderType").value("any"))
                .andExpect(jsonPath("$.stages.length()").value(0));
        mvc.perform(delete("/api/v1/job-templates/" + id).with(tenant.owner().signedIn())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/job-templates/" + id).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // design §4: another tenant's template is a 404
    @Test
    void anotherTenantsTemplateIs404() throws Exception {
        long theirs = create(other, "Their api template");
        mvc.perform(get("/api/v1/job-templates/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // 03-services §8 R5: a job taken in over the API with templateId gets the template's stages
    @Test
    void aJobTakenInWithATemplateGetsItsStages() throws Exception {
        long id = create(tenant, "Api prong");
        String contact = mvc.perform(post("/api/v1/contacts").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\": \"Tia\", \"lastName\": \"Api\", \"roles\": [\"customer\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long customer = ((Number) JsonPath.read(contact, "$.id")).longValue();
        mvc.perform(post("/api/v1/work-orders").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderType\": \"repair\", \"customerId\": " + customer + ", \"description\": \"Prong\", "
                                + "\"warrantyDays\": 90, \"intakeDate\": \"2026-11-01\", \"templateId\": " + id + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stages[0].name").value("Size"))
                .andExpect(jsonPath("$.warrantyDays").value(90)).andExpect(jsonPath("$.warrantyExpiresAt").value("2027-01-30"));
    }
}
