package com.jeweltrak.contacts;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/contacts (issue 4 §7, design §5b). */
@IntegrationTest
class ContactsApiTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("contacts-api");
    }

    private long create(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/contacts").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    // design §5b: a created contact answers 201 with its location; money is a decimal string, dates month/day/year
    @Test
    void creatingAContactAnswersItWithMoneyAsAStringAndItsRoles() throws Exception {
        mvc.perform(post("/api/v1/contacts").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"company": "Golden Hour Jewelers", "firstName": "Maya", "lastName": "Brooks", "roles": ["customer"],
                         "email": "maya@goldenhour.example.com", "phones": {"work": "(630) 555-0131"},
                         "taxStatus": "RESALE", "creditLimit": "25000", "birthday": {"month": 2, "day": 29}}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/contacts/")))
                .andExpect(jsonPath("$.roles[0]").value("customer"))
                .andExpect(jsonPath("$.creditLimit").value("25000.00"))
                .andExpect(jsonPath("$.taxStatus").value("RESALE"))
                .andExpect(jsonPath("$.birthday.day").value(29))
                .andExpect(jsonPath("$.displayName").value("Maya Brooks"));
    }

    // issue 4 bad input: an invalid e-mail and phone answer 422 naming each field
    @Test
    void invalidEmailAndPhoneAnswer422NamingEachField() throws Exception {
        mvc.perform(post("/api/v1/contacts").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName": "Ty", "lastName": "Po", "email": "ty@po", "phones": {"mobile": "12"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.email").value(containsString("valid e-mail")))
                .andExpect(jsonPath("$.errors['phones.mobile']").value(containsString("7 to 15 digits")));
    }

    // 07-contacts §Unified Contacts R7: the API adds a role the way a picker does; the contact stays one record
    @Test
    void addingARoleOverTheApiKeepsTheOtherRoles() throws Exception {
        long id = create("""
                {"company": "Reyes Castings", "roles": ["vendor"]}""");
        mvc.perform(post("/api/v1/contacts/" + id + "/add-role").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"customer\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(hasItem("vendor")))
                .andExpect(jsonPath("$.roles").value(hasItem("customer")));
        mvc.perform(get("/api/v1/contacts").param("role", "customer").param("q", "Reyes Castings")
                        .with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    // design §5b: PUT replaces the details; an unknown role is refused by name
    @Test
    void aPutReplacesTheDetailsAndAnUnknownRoleIsRefused() throws Exception {
        long id = create("""
                {"firstName": "Lena", "lastName": "Park", "roles": ["partner"], "notes": "50/50 estate"}""");
        mvc.perform(put("/api/v1/contacts/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "Lena", "lastName": "Park-Ito", "roles": ["partner", "customer"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Park-Ito"))
                .andExpect(jsonPath("$.notes").doesNotExist());
        mvc.perform(put("/api/v1/contacts/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "Lena", "roles": ["friend"]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.roles").value(containsString("friend")));
    }

    // design §5b: an unknown sort is a 400 naming the sortable columns, not a 500
    @Test
    void anUnknownSortIsA400() throws Exception {
        mvc.perform(get("/api/v1/contacts").param("sort", "password,asc").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest());
    }
}
