package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 10 point 10: three invoices of one customer, a payment on account across them oldest-first (the last left
 * part-paid), each invoice's balance; then the check bounces — voided as NSF with a fee — and the balances come back
 * with the fee invoice in AR.
 */
class PaymentOnAccountBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static ContactId customer;
    static List<InvoiceId> invoices;

    @BeforeAll
    static void threeInvoices(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures,
                              @Autowired OpeningAnInvoice opening, @Autowired AddingALine adding,
                              @Autowired FinalizingAnInvoice finalizing) {
        tenant = tenants.open("on-account-browser");
        invoices = new ArrayList<>();
        customer = fixtures.customer(tenant);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String[] prices = {"100.00", "200.00", "300.00"};
        for (int i = 0; i < 3; i++) {
            LocalDate date = today.minusDays(30L - i * 10L);
            String price = prices[i];
            invoices.add(fixtures.as(tenant, () -> {
                InvoiceId id = opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null, date, null, null,
                        null, null, false));
                adding.add(id, new AddingALine.Request(LineKind.SERVICE, null, "Repair", BigDecimal.ONE,
                        new BigDecimal(price), null, true, null));
                finalizing.finalizeInvoice(id);
                return id;
            }));
        }
    }

    private void seeBalance(InvoiceId id, String balance) {
        page.navigate(baseUrl() + "/sales/invoices/" + id);
        assertThat(page.locator("#balance")).hasText(balance);
    }

    @Test
    void aPaymentOnAccountAcrossThreeInvoicesIsVoidedAsNsfAndTheBalancesComeBack() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/sales/invoices/" + invoices.getFirst());
        page.locator("#paymentOnAccount").click();
        assertThat(page.locator("#paymentForm")).isVisible();
        page.locator("#modeOldest").check();
        assertThat(page.locator("#manualInvoices")).isHidden();
        page.locator("#amount").fill("450.00");
        page.locator("#method").selectOption("CHECK");
        page.locator("#checkNumber").fill("1234");
        page.locator("#receivePayment").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/accounting/payments/\\d+$"));
        assertThat(page.locator("#applications tbody tr")).hasCount(3);
        assertThat(page.locator("#unapplied")).hasText("0.00");
        String receipt = page.url();
        seeBalance(invoices.get(0), "0.00");
        seeBalance(invoices.get(1), "0.00");
        seeBalance(invoices.get(2), "150.00");

        page.navigate(receipt);
        assertThat(page.locator("#willOweAgain")).containsText("(100.00)");
        page.locator("#kind").selectOption("NSF");
        page.locator("#nsfFee").fill("25.00");
        page.locator("#voidPayment").click();
        assertThat(page.locator("#voidedBadge")).isVisible();
        page.locator("#nsfFeeInvoice").click();
        assertThat(page.locator("#balance")).hasText("25.00");
        assertThat(page.locator("body")).containsText("Returned check fee — check #1234");

        seeBalance(invoices.get(0), "100.00");
        seeBalance(invoices.get(1), "200.00");
        seeBalance(invoices.get(2), "300.00");
    }
}
