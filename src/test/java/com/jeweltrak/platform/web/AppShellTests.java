package com.jeweltrak.platform.web;

import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** issue 2 point 8: the app shell, PWA, error pages, OpenAPI, health and security headers. */
@IntegrationTest
class AppShellTests {

    @Autowired MockMvc mvc;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("shell");
    }

    // issue 2 §8: the seeds' navigation, every section named
    @Test
    void theLayoutShowsTheSeedsNavigation() throws Exception {
        var page = mvc.perform(get("/").with(tenant.owner().signedIn())).andExpect(status().isOk());
        for (String section : new String[] {"Dashboard", "Inventory", "Sales", "Services", "Purchasing", "Contacts",
                "Accounting", "Reports", "Settings", "Utilities"}) {
            page.andExpect(content().string(containsString(">" + section + "<")));
        }
        page.andExpect(content().string(containsString("jt-bottom-nav")))
                .andExpect(content().string(containsString("manifest.webmanifest")));
    }

    // issue 2 §8: PWA manifest and service worker are served to anyone (the shell loads before sign-in)
    @Test
    void theManifestAndServiceWorkerAreServedWithoutSignIn() throws Exception {
        mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"start_url\"")));
        mvc.perform(get("/sw.js")).andExpect(status().isOk()).andExpect(content().string(containsString("caches")));
    }

    // issue 2 §6: CSP, frame-ancestors and no framing on every page
    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    // issue 2 §6: HSTS behind https (the proxy says so with X-Forwarded-Proto)
    @Test
    void httpsRequestsGetStrictTransportSecurity() throws Exception {
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https"))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    // issue 2 §6: CSRF on every form — a POST without the token is refused
    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/profile/name").with(tenant.owner().signedIn()).param("firstName", "Mallory"))
                .andExpect(status().isForbidden());
    }

    // issue 2 §8: a missing page is the 404 page, not a stack trace
    @Test
    void anUnknownPageIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/settings/users/999999999").with(tenant.owner().signedIn()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    // issue 2 §8: a forbidden page is the 403 page, inside the app shell
    // (over real HTTP: the error page is rendered by the servlet container's error dispatch, which MockMvc skips)
    @Test
    void aForbiddenPageIsTheAccessDeniedPageInsideTheShell() throws Exception {
        var sales = tenants.addPerson(tenant, "Nia", java.util.Set.of(tenant.group("Sales")), java.util.Set.of());
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "email=" + java.net.URLEncoder.encode(sales.email(), java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + TestTenants.PASSWORD + "&_csrf=" + csrf;
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var denied = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/settings/users"))
                .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(denied.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(denied.body()).contains("You do not have access to this")
                .contains("id=\"userMenu\"").doesNotContain("Exception");
    }

    @Autowired TestTenants tenants;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    // issue 2 §8: OpenAPI at /v3/api-docs documents the operations
    @Test
    void theOpenApiDocumentListsTheOperations() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].get").exists());
    }

    // issue 2 §8: health at /actuator/health
    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    // design §4 Audit: every response carries the request id the audit log records
    @Test
    void everyResponseCarriesARequestId() throws Exception {
        mvc.perform(get("/login")).andExpect(header().exists("X-Request-Id"));
        mvc.perform(get("/login").header("X-Request-Id", "trace-1234-abcd"))
                .andExpect(header().string("X-Request-Id", "trace-1234-abcd"));
    }
}
