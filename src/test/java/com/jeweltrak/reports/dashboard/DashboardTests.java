package com.jeweltrak.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.accounting.ArFixtures;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 09-reports §1 The Dashboard: counters, the chart's data, permissions and the store in context. */
@IntegrationTest
class DashboardTests {

    @Autowired TestTenants tenants;
    @Autowired ArFixtures ar;
    @Autowired ReportRuns reports;
    @Autowired OpeningAnInvoice opening;
    @Autowired AddingATradeIn addingTradeIn;
    @Autowired DashboardFigures figures;
    @Autowired MockMvc mvc;

    TestTenants.Tenant tenant;
    ContactId cora;
    LocalDate today;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("dashboard");
        cora = ar.customer(tenant, "Cora", "Counted", null);
        today = reports.read(tenant.owner(), "ar-aging", Map.of()).today();
    }

    @Test
    void theOpenInvoicesCounterCountsOpenInvoicesAndLinksToTheListFilteredOpen() throws Exception {
        // 09 §1 R4, R11: Open invoices = Status Open; the tile opens the matching filtered list
        ar.open(tenant, cora, today, "10.00");
        ar.open(tenant, cora, today, "20.00");
        ar.onAccount(tenant, cora, today, "30.00");

        String page = page(tenant.owner(), new MockHttpSession());

        assertThat(counter(page, "openInvoicesCounter")).isEqualTo("2");
        assertThat(page).contains("href=\"/sales/invoices?status=open\"");
    }

    @Test
    void theArBalanceIsTheArAgingGrandTotalAsOfToday() {
        // 09 §1 R11, §15 R7: the same figure everywhere
        InvoiceId a = ar.onAccount(tenant, cora, today.minusDays(40), "300.00");
        ar.pay(tenant, a, "45.25");
        ar.onAccount(tenant, cora, today.minusDays(100), "99.99");

        BigDecimal counter = ar.as(tenant, () -> figures.counters(tenant.store(), today, true)).arBalance();

        assertThat(counter).isEqualByComparingTo((BigDecimal) reports.run(tenant.owner(), "ar-aging", "summary",
                Map.of("store", tenant.store().toString())).totals().get("total"));
        assertThat(counter).isEqualByComparingTo("354.74");
    }

    @Test
    void someoneWithoutReportsAccessGetsTheSimplerViewWithoutChartOrMoney() throws Exception {
        // 09 §1 R7
        TestTenants.Person clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());

        String page = page(clerk, new MockHttpSession());

        assertThat(page).contains("Good to see you").doesNotContain("salesHistoryChart").doesNotContain("arBalanceCounter")
                .doesNotContain("todaysSalesCounter").doesNotContain("chart.umd.js");
        mvc.perform(get("/dashboard/sales-history").with(clerk.signedIn())).andExpect(status().isForbidden());
        assertThat(page(tenant.owner(), new MockHttpSession())).contains("salesHistoryChart").contains("arBalanceCounter");
    }

    @Test
    void aMultiStoreUserSeesTheFiguresOfTheStoreTheyChose() throws Exception {
        // 09 §1 R8: the header's store switch decides whose dashboard it is
        StoreId harbor = tenants.addStore(tenant, "Harbor Point");
        TestTenants.Person manager = tenants.addPerson(tenant, "Mona",
                Set.of(tenant.group(BuiltInGroups.MANAGER)), Set.of(tenant.store(), harbor));
        ar.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(harbor, cora, null, null, null, null, null, null,
                false)));
        jakarta.servlet.http.Cookie session = WebSignIn.session(mvc, manager.email(), TestTenants.PASSWORD);

        mvc.perform(post("/stores/switch").cookie(session).with(csrf()).param("storeId", harbor.toString()))
                .andExpect(status().is3xxRedirection());
        String atHarbor = mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/stores/switch").cookie(session).with(csrf()).param("storeId", tenant.store().toString()))
                .andExpect(status().is3xxRedirection());
        String atHome = mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();

        assertThat(atHarbor).contains("id=\"dashboardStore\">Harbor Point<");
        assertThat(counter(atHarbor, "openInvoicesCounter")).isEqualTo("1");
        assertThat(atHome).contains("id=\"dashboardStore\">Store dashboard");
        assertThat(counter(atHome, "openInvoicesCounter")).isEqualTo("0");
    }

    @Test
    void theSalesHistoryHasTwelveMonthsTheLastPartialWithLastYearOverlaid() throws Exception {
        // 09 §1 R2: Net (C3) per month, the current month to date
        ar.onAccount(tenant, cora, today, "120.00");
        ar.onAccount(tenant, cora, today.minusYears(1), "80.00");
        ar.open(tenant, cora, today, "999.00");

        String json = mvc.perform(get("/dashboard/sales-history").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> months = JsonPath.read(json, "$.months");
        assertThat(months).hasSize(12);
        assertThat(months.getLast()).endsWith("(to date)");
        assertThat(new BigDecimal(JsonPath.read(json, "$.thisYear[11]").toString())).isEqualByComparingTo("120.00");
        assertThat(new BigDecimal(JsonPath.read(json, "$.lastYear[11]").toString())).isEqualByComparingTo("80.00");
    }

    @Test
    void excludingTradeInsLeavesTheTradeInCreditOutOfTheMonth() {
        // 09 §1 R3: only pure sales show
        InvoiceId id = ar.open(tenant, cora, today, "500.00");
        ar.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request("Old ring", "JEWELRY", "Ring",
                new BigDecimal("200.00"), new BigDecimal("150.00"), false)));
        ar.finalize(tenant, id);

        var with = ar.as(tenant, () -> figures.salesHistory(tenant.store(), today, false));
        var without = ar.as(tenant, () -> figures.salesHistory(tenant.store(), today, true));

        assertThat(with.thisYear().getLast()).isEqualByComparingTo("300.00");
        assertThat(without.thisYear().getLast()).isEqualByComparingTo("500.00");
    }

    private String page(TestTenants.Person person, MockHttpSession session) throws Exception {
        return mvc.perform(get("/").session(session).with(person.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The number shown in a counter tile. */
    private static String counter(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"h4 mb-0\">([^<]*)<").matcher(page);
        assertThat(m.find(at)).isTrue();
        return m.group(1).trim();
    }
}
