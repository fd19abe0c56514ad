package com.jeweltrak.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** design §5b: "OpenAPI documents every operation" — found at run time, so a new endpoint cannot slip through. */
@IntegrationTest
class OpenApiCoverageTests {

    // design §5b: every /api/v1 operation is in /v3/api-docs with a summary
    @Test
    void everyApiOperationIsDocumentedWithASummary(@Autowired MockMvc mvc, @Autowired TestTenants tenants,
                                                   @Autowired @Qualifier("requestMappingHandlerMapping")
                                                   RequestMappingHandlerMapping mappings) throws Exception {
        var tenant = tenants.open("openapi");
        String docs = mvc.perform(get("/v3/api-docs").with(tenant.owner().signedIn())).andReturn().getResponse()
                .getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) continue;
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    Map<String, Object> path = paths.get(pattern);
                    Object operation = path == null ? null : path.get(method.name().toLowerCase());
                    if (!(operation instanceof Map<?, ?> op) || op.get("summary") == null) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(missing).as("API operations missing from OpenAPI or without a summary").isEmpty();
        assertThat(paths).containsKeys("/api/v1/contacts", "/api/v1/contacts/{id}/add-role");
    }
}
