package com.jeweltrak.sales.web;

import java.time.LocalDate;

import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A bookkeeper writes off an uncollectable invoice from its page, sees the write-off among the payments, reverses it,
 * and reads the period's sales tax report (08-accounting §Writing Off Invoices, §Sales Tax; issue 10 points 4, 7).
 */
class WriteOffBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static InvoiceId invoice;
    static LocalDate day;

    @BeforeAll
    static void anInvoiceOwing(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures,
                               @Autowired ReturnFixtures returns, @Autowired FinalizingAnInvoice finalizing,
                               @Autowired Invoices invoices) {
        tenant = tenants.open("write-off-browser");
        returns.florida(tenant, "0.06");
        invoice = fixtures.open(tenant);
        fixtures.service(tenant, invoice, "1000.00"); // 1,070.00 with tax
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        day = fixtures.as(tenant, () -> invoices.get(invoice).date());
    }

    // R1, R3, R6, R7: write off with a reason, the row in the payments section, reversed (struck through)
    @Test
    void aBookkeeperWritesOffAnInvoiceReversesItAndReadsTheSalesTaxReport() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/sales/invoices/" + invoice);
        assertThat(page.locator("#balance")).hasText("1,070.00");

        page.locator("#writeOffInvoice").click();
        page.locator("#writeOffForm input[name=reason]").fill("Customer unreachable for a year");
        page.locator("#confirmWriteOff").click();

        assertThat(page.locator("#balance")).hasText("0.00");
        assertThat(page.locator("#tenders .jt-write-off")).containsText("Written off as bad debt");
        assertThat(page.locator("#tenders .jt-write-off")).containsText("Customer unreachable for a year");
        assertThat(page.locator("#tenders .jt-write-off")).containsText("1,070.00");
        assertThat(page.locator("#writeOffInvoice")).hasCount(0);

        page.locator("#reverseWriteOff").click();
        page.locator("#reverseWriteOffForm input[name=reason]").fill("Customer paid a visit");
        page.locator("#confirmReverseWriteOff").click();

        assertThat(page.locator("#balance")).hasText("1,070.00");
        assertThat(page.locator("#tenders .jt-write-off")).containsText("Reversed");
        assertThat(page.locator("#tenders .jt-write-off .text-decoration-line-through").first()).isVisible();

        // §Sales Tax R12: the liability of the period is the invoice's tax, write-off or not
        page.navigate(baseUrl() + "/accounting");
        page.locator("#accountingTabs").getByText("Sales tax").click();
        page.locator("#from").fill(day.toString());
        page.locator("#to").fill(day.toString());
        page.locator("#showSalesTax").click();
        assertThat(page.locator("#totalLiability")).hasText("70.00");
        assertThat(page.locator("#totalTaxable")).hasText("1,000.00");
    }
}
