package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.util.Set;

import com.jeweltrak.accounting.ChartOfAccounts;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounting → Sales tax and Export, pages and API (issue 10 points 7, 8; 08-accounting §Sales Tax R8, R12). */
@IntegrationTest
class SalesTaxAndExportWebTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;
    static LocalDate today;

    @Autowired MockMvc mvc;
    @Autowired ChartOfAccounts chart;
    @Autowired SalesFixtures fixtures;

    @BeforeAll
    static void aTaxedSale(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures,
                           @Autowired ReturnFixtures returns, @Autowired Invoices invoices) {
        tenant = tenants.open("sales-tax-web");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        returns.florida(tenant, "0.06");
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "1000.00"); // 60.00 + 10.00 surtax
        returns.finalize(tenant, id);
        returns.pay(tenant, id, PaymentMethod.CASH, "107.00"); // 107 × 70 / 1,070 = 7.00
        today = fixtures.as(tenant, () -> invoices.get(id).date());
    }

    // issue 10 point 7: the report page for a period, with its totals; the Accounting menu links it
    @Test
    void theSalesTaxPageShowsLiabilityAndCollected() throws Exception {
        mvc.perform(get("/accounting/sales-tax").param("from", today.toString()).param("to", today.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"totalLiability\">70.00<")))
                .andExpect(content().string(containsString("id=\"totalCollected\">7.00<")))
                .andExpect(content().string(containsString("href=\"/accounting/sales-tax\"")))
                .andExpect(content().string(containsString("href=\"/accounting/export\"")));
    }

    // default: the last whole month
    @Test
    void theSalesTaxPageDefaultsToTheLastWholeMonth() throws Exception {
        LocalDate first = LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);
        mvc.perform(get("/accounting/sales-tax").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + first.getYear() + "-")));
    }

    // an inverted range: the message in the filter bar (page), 422 Problem Details (API)
    @Test
    void anInvertedRangeIsSaidInTheFilterBarAndRefusedByTheApi() throws Exception {
        mvc.perform(get("/accounting/sales-tax").param("from", "2026-11-20").param("to", "2026-11-01")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The period starts after it ends")));
        mvc.perform(get("/api/v1/reports/sales-tax").param("from", "2026-11-20").param("to", "2026-11-01")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/journal-export").param("from", "2026-11-20").param("to", "2026-11-01")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/accounting/export").param("from", "2026-11-20").param("to", "2026-11-01").param("download", "1")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The period starts after it ends")));
    }

    // the API: rows by store and rates, money as strings, the totals
    @Test
    void theSalesTaxApiGivesRowsAndTotals() throws Exception {
        mvc.perform(get("/api/v1/reports/sales-tax").param("from", today.toString()).param("to", today.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].taxRate").value("0.06"))
                .andExpect(jsonPath("$.rows[0].surtaxRate").value("0.01"))
                .andExpect(jsonPath("$.rows[0].taxableSales").value("1000.00"))
                .andExpect(jsonPath("$.taxLiability").value("70.00"))
                .andExpect(jsonPath("$.taxCollected").value("7.00"))
                .andExpect(jsonPath("$.zeroTaxInvoices").isEmpty());
    }

    // decision 7: a store that is not the caller's (another tenant's, or unknown) is a 404, not an empty report
    @Test
    void anotherStoreIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/reports/sales-tax").param("storeId", "987654321").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounting/sales-tax").param("storeId", "987654321").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    // ShowReports: counter staff see neither the report nor the export
    @Test
    void counterStaffMayNotSeeTheReportOrExport() throws Exception {
        mvc.perform(get("/api/v1/reports/sales-tax").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/journal-export").with(clerk.signedIn())).andExpect(status().isForbidden());
    }

    // issue 10 point 8: a CSV download with a file name; an IIF one as octet-stream
    @Test
    void theExportDownloadsCsvAndIifFiles() throws Exception {
        mvc.perform(get("/api/v1/journal-export").param("from", today.toString()).param("to", today.toString())
                        .param("format", "csv").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"journal-" + today)))
                .andExpect(content().string(startsWith("date,entry id,document type")));
        mvc.perform(get("/api/v1/journal-export").param("from", today.toString()).param("to", today.toString())
                        .param("format", "iif").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/octet-stream")))
                .andExpect(header().string("Content-Disposition", containsString(".iif\"")))
                .andExpect(content().string(startsWith("!TRNS\t")));
        mvc.perform(get("/accounting/export").param("from", today.toString()).param("to", today.toString())
                        .param("format", "IIF").param("download", "1").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GENERAL JOURNAL")));
    }

    // the mapping page lists every account with a box; saving stores the QuickBooks names; the API reads and sets them
    @Test
    void theMappingIsKeptPerAccount() throws Exception {
        long checks = fixtures.as(tenant, () -> chart.idOf(SystemAccount.CHECKS));
        long card = fixtures.as(tenant, () -> chart.idOf(SystemAccount.CARD_CLEARING));
        mvc.perform(get("/accounting/export/mapping").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"name-" + checks + "\"")));
        mvc.perform(post("/accounting/export/mapping").with(tenant.owner().signedIn()).with(csrf())
                        .param("name-" + checks, "Checks to deposit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(put("/api/v1/journal-export/mapping").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"names\": {\"" + card + "\": \"Merchant clearing\"}}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/journal-export/mapping").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.accountId == " + checks + ")].quickbooksName").value("Checks to deposit"))
                .andExpect(jsonPath("$[?(@.accountId == " + card + ")].quickbooksName").value("Merchant clearing"));
    }
}
