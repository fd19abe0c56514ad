package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounting pages and API, Settings → Period Close (08-accounting §Period Close; issue 6 point 1). */
@IntegrationTest
class AccountingWebTests {

    static TestTenants.Tenant tenant;
    static long entry;

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Journal journal;
    @Autowired Organizations organizations;
    @Autowired com.jeweltrak.accounting.ChartOfAccounts chart;

    static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    @BeforeAll
    static void books(@Autowired TestTenants tenants, @Autowired Journal journal, @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("accounting-web");
        entry = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s ->
                journal.post(Posting.of(DAY, tenant.store(), "INVOICE", 77L, "1077", "INVOICE_FINALIZED", "Invoice 1077 finalized")
                        .debit(SystemAccount.AR, new BigDecimal("107.00"))
                        .credit(SystemAccount.SALES, new BigDecimal("100.00"))
                        .credit(SystemAccount.SALES_TAX_PAYABLE, new BigDecimal("7.00"))).orElseThrow()));
    }

    private String accountId(SystemAccount account) {
        return Long.toString(as(tenant, () -> chart.idOf(account)));
    }

    private <T> T as(TestTenants.Tenant t, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    // issue 6 point 1: Accounting → Journal lists the entries; the Accounting menu leads there
    @Test
    void theJournalListsEntriesByDocument() throws Exception {
        mvc.perform(get("/accounting").with(tenant.owner().signedIn())).andExpect(redirectedUrl("/accounting/journal"));
        mvc.perform(get("/accounting/journal").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Invoice 1077")));
        mvc.perform(get("/accounting/journal").param("account", accountId(SystemAccount.CASH)).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Invoice 1077"))));
    }

    // issue 6 point 1 / design §5: every sortable column sorts both ways, the period and document filters and the
    // search box narrow the list, and the CSV export runs the same query
    @Test
    void theJournalSortsFiltersSearchesAndExports() throws Exception {
        for (String sort : new String[]{"date,asc", "date,desc", "document,asc", "document,desc", "posting,asc", "posting,desc"}) {
            mvc.perform(get("/accounting/journal").param("sort", sort).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Invoice 1077")));
        }
        mvc.perform(get("/accounting/journal").param("document", "payment").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Invoice 1077"))));
        // the periods count from today: the entry is in "last year" only when DAY's year is last year
        boolean lastYear = DAY.getYear() == LocalDate.now().getYear() - 1;
        mvc.perform(get("/accounting/journal").param("period", "last-year").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(lastYear ? containsString("Invoice 1077")
                        : not(containsString("Invoice 1077"))));
        // a month among the last twelve (or this one) holds it, the month before does not
        java.time.YearMonth month = java.time.YearMonth.from(DAY);
        if (!month.isBefore(java.time.YearMonth.now().minusMonths(11))) {
            String value = month.equals(java.time.YearMonth.now()) ? "this-month" : month.toString();
            mvc.perform(get("/accounting/journal").param("period", value).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Invoice 1077")));
            mvc.perform(get("/accounting/journal").param("period", month.minusMonths(1).toString()).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("Invoice 1077"))));
        }
        mvc.perform(get("/accounting/journal").param("q", "1077").param("account", accountId(SystemAccount.SALES_TAX_PAYABLE))
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Invoice 1077")));
        mvc.perform(get("/accounting/journal").param("q", "9999").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Invoice 1077"))));
        mvc.perform(get("/lists/export").param("list", "accounting.journal").param("format", "csv")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Invoice 1077")));
    }

    // issue 6 point 1: an entry shows its lines, debits beside credits; the peek shows the same
    @Test
    void anEntryShowsItsLines() throws Exception {
        mvc.perform(get("/accounting/journal/" + entry).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sales tax payable")))
                .andExpect(content().string(containsString("107.00")));
        mvc.perform(get("/peek/journal-entry/" + entry).with(tenant.owner().signedIn()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Accounts receivable")));
    }

    // issue 6 point 1: the trial balance as of a date shows debits = credits; before the first entry it is empty
    @Test
    void theTrialBalanceShowsDebitsEqualCredits() throws Exception {
        mvc.perform(get("/accounting/trial-balance").param("asOf", DAY.toString()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("balancedBadge")))
                .andExpect(content().string(containsString("107.00")));
        mvc.perform(get("/api/v1/trial-balance").param("asOf", DAY.minusDays(1).toString()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.debits").value("0.00"))
                .andExpect(jsonPath("$.balanced").value(true));
        mvc.perform(get("/accounting/trial-balance").param("asOf", "yesterday").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("yyyy-mm-dd")));
    }

    // decision 10 (amounts shown as totals): the trial balance and an entry's lines read as money, with thousands separated
    @Test
    void largeAmountsReadWithThousandsSeparated() throws Exception {
        long big = as(tenant, () -> journal.post(Posting.of(DAY.plusDays(1), tenant.store(), "INVOICE", 78L, "1078",
                        "INVOICE_FINALIZED", "Invoice 1078 finalized")
                .debit(SystemAccount.AR, new BigDecimal("12500.00"))
                .credit(SystemAccount.SALES, new BigDecimal("12500.00"))).orElseThrow());
        mvc.perform(get("/accounting/trial-balance").param("asOf", DAY.plusDays(1).toString()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("12,607.00")));
        mvc.perform(get("/accounting/journal/" + big).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("12,500.00")));
    }

    // issue 6 point 1: the chart lists the system accounts; an admin adds one; a taken code shows beside the field
    @Test
    void anAdminAddsAnAccountAndATakenCodeIsRefusedBesideTheField() throws Exception {
        mvc.perform(get("/accounting/accounts").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("CUSTOMER_DEPOSITS")));
        mvc.perform(post("/accounting/accounts").with(tenant.owner().signedIn()).with(csrf())
                        .param("code", "6500").param("name", "Bank fees").param("type", "EXPENSE"))
                .andExpect(redirectedUrl("/accounting/accounts"));
        mvc.perform(post("/accounting/accounts").with(tenant.owner().signedIn()).with(csrf())
                        .param("code", "1000").param("name", "Petty cash").param("type", "ASSET"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already has the code 1000")))
                .andExpect(content().string(containsString("Petty cash")));
        // the journal's account filter offers the tenant's own accounts too
        mvc.perform(get("/accounting/journal").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("6500 Bank fees")));
    }

    // API: entries paged and filtered, one entry with lines, the chart
    @Test
    void theApiListsAndShowsEntries() throws Exception {
        mvc.perform(get("/api/v1/journal-entries").param("documentType", "invoice").param("from", DAY.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].amount").value("107.00"));
        mvc.perform(get("/api/v1/journal-entries").param("to", DAY.minusDays(1).toString()).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/journal-entries/" + entry).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines.length()").value(3))
                .andExpect(jsonPath("$.lines[0].debit").value("107.00"));
        mvc.perform(get("/api/v1/accounts").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.systemKey == 'AR')].code").value("1100"));
    }

    // issue 6 point 1: a tenant that never posted gets its chart seeded on its first look at the books
    @Test
    void aTenantThatNeverPostedSeesItsSeededChartAndAnEmptyTrialBalance() throws Exception {
        TestTenants.Tenant fresh = tenants.open("accounting-fresh");
        mvc.perform(get("/api/v1/trial-balance").with(fresh.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows.length()").value(0));
        mvc.perform(get("/api/v1/accounts").with(fresh.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(SystemAccount.values().length));
        TestTenants.Tenant page = tenants.open("accounting-fresh-page");
        mvc.perform(get("/accounting/accounts").with(page.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("GIFT_CARD_LIABILITY")));
    }

    // 08-accounting §Period Close R4, R6: the admin sets the date on the page; the change is logged
    @Test
    void settingClosedThroughOnThePeriodClosePageIsLogged() throws Exception {
        TestTenants.Tenant t = tenants.open("period-close-page");
        mvc.perform(post("/settings/period-close").with(t.owner().signedIn()).with(csrf()).param("closedThrough", "2026-10-31"))
                .andExpect(redirectedUrl("/settings/period-close"));
        assertThat(as(t, () -> organizations.get().closedThrough())).isEqualTo(LocalDate.of(2026, 10, 31));
        mvc.perform(get("/settings/period-close").with(t.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("closed through 2026-10-31")));
        // R7: clearing reopens everything, and is logged as well
        mvc.perform(post("/settings/period-close").with(t.owner().signedIn()).with(csrf()).param("closedThrough", ""))
                .andExpect(redirectedUrl("/settings/period-close"));
        assertThat(as(t, () -> jdbc.sql("select count(*) from period_close_log").query(Long.class).single())).isEqualTo(2);
    }

    // issue 6 point 1: the organization page's Closed Through goes through the same use case (logged alike)
    @Test
    void closedThroughFromTheOrganizationApiIsLoggedLikeThePeriodClosePage() throws Exception {
        TestTenants.Tenant t = tenants.open("period-close-org");
        String org = mvc.perform(get("/api/v1/organization").with(t.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        String changed = org.replaceFirst("\"closedThrough\"\\s*:\\s*null", "\"closedThrough\":\"2026-09-30\"");
        mvc.perform(put("/api/v1/organization").with(t.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content(changed)).andExpect(status().isOk());
        assertThat(as(t, () -> jdbc.sql("select new_date from period_close_log").query(LocalDate.class).single()))
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    // 08-accounting §Period Close: a future date would lock sales before they happen; refused beside the field
    @Test
    void aClosedThroughAfterTodayIsRefused() throws Exception {
        TestTenants.Tenant t = tenants.open("period-close-future");
        mvc.perform(post("/settings/period-close").with(t.owner().signedIn()).with(csrf()).param("closedThrough", "2999-01-31"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cannot be after today")));
        mvc.perform(put("/api/v1/period-close").with(t.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"closedThrough\": \"2999-01-31\"}")).andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/period-close").with(t.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closedThrough\": \"2026-08-31\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closedThrough").value("2026-08-31"));
    }

    // 08-accounting §Period Close R6: only an admin (Manage Users) may move the date; the books need Reports
    @Test
    void aSalesPersonCannotCloseThePeriodNorReadTheBooks() throws Exception {
        var sales = tenants.addPerson(tenant, "Nils", Set.of(tenant.group("Sales")), Set.of());
        mvc.perform(get("/settings/period-close").with(sales.signedIn())).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/period-close").with(sales.signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"closedThrough\": \"2026-08-31\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/journal-entries").with(sales.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/accounting/journal").with(sales.signedIn())).andExpect(status().isForbidden());
    }
}
