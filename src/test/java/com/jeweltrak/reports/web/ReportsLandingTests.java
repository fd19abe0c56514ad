package com.jeweltrak.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.ReportBookmarks;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 09-reports §2 R1, R2: the landing page — search, Pinned, Recently viewed, the catalog by category. */
@IntegrationTest
class ReportsLandingTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired ReportBookmarks bookmarks;
    @Autowired ManagingGroups groups;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("report-landing");
    }

    @Test
    void theCatalogGroupsTheReportsByCategoryWithThePagesOfTheirOwn() throws Exception {
        // R1: grouped by category; reports on pages of their own are listed too
        String html = landing("");

        assertThat(html).contains("data-category=\"Transactional\"").contains("href=\"/reports/sales-register\"")
                .contains("href=\"/accounting/sales-tax\"").contains("href=\"/accounting/receivables\"")
                .contains("href=\"/accounting/journal\"").contains("href=\"/partnerships/sold-items\"");
    }

    @Test
    void theSearchBoxMatchesNameOrDescriptionWhateverTheCase() throws Exception {
        // R2: a search box that matches keywords in name or description
        assertThat(landing("REGISTER")).contains("href=\"/reports/sales-register\"").doesNotContain("href=\"/accounting/journal\"");
        assertThat(landing("still owed")).contains("href=\"/reports/sales-register\"");
        assertThat(landing("no such words")).contains("No report matches.");
    }

    @Test
    void theStarPinsTheReportAndThePinnedSectionShowsItUntilUnpinned() throws Exception {
        // R2: the star on a tile toggles pin on and off
        mvc.perform(post("/reports/sales-register/pin").param("back", "/reports").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/reports"));
        assertThat(landing("")).contains("id=\"pinnedReports\"");
        assertThat(section(landing(""), "pinnedReports")).contains("href=\"/reports/sales-register\"");

        String star = mvc.perform(post("/reports/sales-register/pin").header("HX-Request", "true")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(star).contains("data-pinned=\"false\"").doesNotContain("<html");
        assertThat(landing("")).doesNotContain("id=\"pinnedReports\"");
    }

    @Test
    void openingAReportPutsItFirstUnderRecentlyViewed() throws Exception {
        // R2: tracked automatically, most recent first
        mvc.perform(get("/reports/shell-check").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(get("/reports/sales-register").with(tenant.owner().signedIn())).andExpect(status().isOk());
        // an htmx re-run (Apply, sort, page) is the same visit, not a new one
        mvc.perform(get("/reports/shell-check").header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andExpect(status().isOk());

        String recent = section(landing(""), "recentReports");
        assertThat(recent.indexOf("/reports/sales-register")).isNotNegative()
                .isLessThan(recent.indexOf("/reports/shell-check"));
    }

    @Test
    void recentlyViewedKeepsTheNewestEightPerPersonMostRecentFirst() {
        // R2 (inferred): most recent first, about 8 entries, per user
        TestTenants.Person other = tenants.addPerson(tenant, "Other", Set.of(tenant.group(BuiltInGroups.MANAGER)), Set.of());
        TenantContext.runAs(tenant.id(), other.id(), () -> bookmarks.viewed(other.id(), "someone-elses"));

        List<String> recent = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> {
            IntStream.rangeClosed(1, 10).forEach(i -> bookmarks.viewed(tenant.owner().id(), "report-" + i));
            bookmarks.viewed(tenant.owner().id(), "report-4"); // opened again: first once more
            return bookmarks.recent(tenant.owner().id());
        });

        assertThat(recent).containsExactly("report-4", "report-10", "report-9", "report-8", "report-7", "report-6",
                "report-5", "report-3");
        assertThat(TenantContext.callAs(tenant.id(), other.id(), () -> bookmarks.recent(other.id())))
                .containsExactly("someone-elses");
    }

    @Test
    void somebodyWhoMayNotRunAReportDoesNotSeeItsTile() throws Exception {
        // R1 with C11 / decision 7: only what the person may run; Sold Partnership Items needs CanViewCost
        long reportsOnly = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> groups.create("Reports only",
                "reads reports, no cost", Set.of(Permission.SHOW_REPORTS)));
        TestTenants.Person reader = tenants.addPerson(tenant, "Reader", Set.of(reportsOnly), Set.of());

        String html = mvc.perform(get("/reports").with(reader.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(landing("")).contains("/partnerships/sold-items");
        assertThat(html).contains("href=\"/reports/sales-register\"").doesNotContain("/partnerships/sold-items");
    }

    private String landing(String q) throws Exception {
        return mvc.perform(get("/reports").param("q", q).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " shown").isNotNegative();
        int end = html.indexOf("<h2", start);
        return end < 0 ? html.substring(start) : html.substring(start, end);
    }
}
