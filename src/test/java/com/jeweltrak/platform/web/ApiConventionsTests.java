package com.jeweltrak.platform.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** design §5b JSON API conventions; issue 2 point 6 (tokens) and 6b (operator API). */
@IntegrationTest
class ApiConventionsTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("api");
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + TestTenants.PASSWORD + "\",\"name\":\"test\"}")
                        .with(r -> { r.setRemoteAddr("10.66.0.1"); return r; }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    // issue 2 §6: POST /api/v1/auth/tokens returns a bearer token; every /api/v1 call takes it
    @Test
    void aTokenFromEmailAndPasswordOpensTheApi() throws Exception {
        String token = token(tenant.owner().email());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(tenant.owner().email()));
    }

    // issue 2 §6: a wrong password gets a Problem Details 401, the same for an unknown e-mail
    @Test
    void aWrongPasswordGetsAProblemNotAToken() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + tenant.owner().email() + "\",\"password\":\"nope-nope\"}")
                        .with(r -> { r.setRemoteAddr("10.66.0.2"); return r; }))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.token").doesNotExist());
    }

    // issue 2 §6: the token endpoint is throttled like sign-in — after repeated failures even the right password fails
    @Test
    void theTokenEndpointIsThrottledLikeSignIn() throws Exception {
        var person = tenants.addPerson(tenant, "Tom", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        for (int i = 0; i < 5; i++) {
            int attempt = i;
            mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + person.email() + "\",\"password\":\"guess-" + attempt + "\"}")
                            .with(r -> { r.setRemoteAddr("10.66.1." + attempt); return r; }))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + person.email() + "\",\"password\":\"" + TestTenants.PASSWORD + "\"}")
                        .with(r -> { r.setRemoteAddr("10.66.1.99"); return r; }))
                .andExpect(status().isUnauthorized());
    }

    // issue 2 §6: tokens are revocable; a revoked token opens nothing
    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String token = token(tenant.owner().email());
        String tokens = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(tokens, "$[0].id")).longValue();
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    // design §5b: no token, a made-up token → 401 Problem Details
    @Test
    void callsWithoutAValidTokenGetA401Problem() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer jt_" + tenant.id().value() + "_"
                        + "A".repeat(43))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer garbage")).andExpect(status().isUnauthorized());
    }

    // design §5b: 403 for what the caller may see but not do, as Problem Details
    @Test
    void aMissingPermissionIsA403Problem() throws Exception {
        var sales = tenants.addPerson(tenant, "Api", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token(sales.email())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // design §5b: validation errors are 400 with errors per field; nothing is written
    @Test
    void anInvalidBodyIsA400WithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/users").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"\",\"email\":\"x\",\"groups\":[],\"stores\":[],\"password\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.firstName").exists())
                .andExpect(jsonPath("$.errors.groups").exists());
    }

    // design §5b: malformed JSON is a 400 Problem, never a stack trace
    @Test
    void malformedJsonIsA400ProblemWithoutInternals() throws Exception {
        mvc.perform(post("/api/v1/users").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\": [1,2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at com."))));
    }

    // design §5b: 422 for a valid request a business rule refuses
    @Test
    void aRefusedBusinessRuleIsA422() throws Exception {
        mvc.perform(put("/api/v1/users/" + tenant.owner().id().value() + "/overrides").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"CanManageUsers\": false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("manage users")));
    }

    // design §5b: collections are paged {content, page, size, totalElements}
    @Test
    void collectionsArePaged() throws Exception {
        mvc.perform(get("/api/v1/users?size=1&page=0").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").isNumber());
    }

    // issue 2 §6b: the operator API creates a tenant with its first store and owner, who can then sign in
    @Test
    void theOperatorCreatesATenantWhoseOwnerCanGetAToken() throws Exception {
        String email = "op-" + System.nanoTime() + "@test.example";
        mvc.perform(post("/api/v1/admin/tenants").header("Authorization", "Bearer test-operator-token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationName\":\"Opal & Co\",\"storeName\":\"Opal Main\",\"timeZone\":\"America/Denver\","
                                + "\"ownerFirstName\":\"Opal\",\"ownerEmail\":\"" + email + "\",\"ownerPassword\":\""
                                + TestTenants.PASSWORD + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.tenantId").isNumber());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(email)))
                .andExpect(jsonPath("$.organization").value("Opal & Co"))
                .andExpect(jsonPath("$.stores[0].name").value("Opal Main"));
    }

    // issue 2 §6b: no tenant user, not even an admin, passes the operator door
    @Test
    void aTenantAdminsTokenDoesNotOpenTheOperatorApi() throws Exception {
        mvc.perform(post("/api/v1/admin/tenants").header("Authorization", "Bearer " + token(tenant.owner().email()))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        assertThat(tenant).isNotNull();
    }

    // design §5: unknown API paths answer Problem Details too
    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
