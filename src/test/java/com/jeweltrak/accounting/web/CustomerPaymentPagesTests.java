package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.CustomerPayments;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The + Payment form, the receipt page and the invoice page's payment-on-account parts (08-accounting §AR R6). */
@IntegrationTest
class CustomerPaymentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired OpeningAnInvoice opening;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired Invoices invoices;
    @Autowired CustomerPayments payments;

    TestTenants.Tenant tenant;
    ContactId customer;
    LocalDate today;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("payment-pages");
        customer = fixtures.customer(tenant);
        today = LocalDate.now(ZoneId.of("America/New_York"));
    }

    private InvoiceId finalized(String price) {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null,
                today, null, null, null, null, false)));
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    // §AR R6: + Payment from the invoice opens the form in Manual mode with that invoice ticked at its balance
    @Test
    void theInvoicesButtonOpensTheFormWithThatInvoiceTicked() throws Exception {
        InvoiceId invoice = finalized("80.00");
        mvc.perform(get("/sales/invoices/" + invoice).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("/accounting/receivables/" + customer + "/payments/new?invoiceId=" + invoice)));
        mvc.perform(get("/accounting/receivables/" + customer + "/payments/new").param("invoiceId", invoice.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"modeManual\" name=\"mode\" checked")))
                .andExpect(content().string(containsString("value=\"80.00\"")));
    }

    // §Applying Payments R2: the form posts oldest-first and redirects to the receipt, which links its invoices
    @Test
    void aPaymentTakenOnTheFormRedirectsToItsReceipt() throws Exception {
        InvoiceId invoice = finalized("80.00");
        String location = mvc.perform(post("/accounting/receivables/" + customer + "/payments").with(tenant.owner().signedIn())
                        .with(csrf()).param("amount", "100").param("date", today.toString()).param("method", "CASH")
                        .param("mode", "OLDEST_FIRST").param("invoiceIds", invoice.toString()).param("amounts", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/accounting/payments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("/sales/invoices/" + invoice)))
                .andExpect(content().string(containsString("id=\"unapplied\">20.00")));
        // the invoice page names the application and links it to its receipt
        mvc.perform(get("/sales/invoices/" + invoice).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("Payment on account #")))
                .andExpect(content().string(containsString(location)));
    }

    // §Applying Payments R5: a refused amount shows beside its invoice's row, with everything typed kept (422)
    @Test
    void aRefusedAmountShowsBesideItsInvoiceAndKeepsWhatWasTyped() throws Exception {
        InvoiceId invoice = finalized("80.00");
        long number = fixtures.as(tenant, () -> invoices.get(invoice).number());
        mvc.perform(post("/accounting/receivables/" + customer + "/payments").with(tenant.owner().signedIn())
                        .with(csrf()).param("amount", "100").param("date", today.toString()).param("method", "CHECK")
                        .param("checkNumber", "5678").param("mode", "MANUAL").param("invoiceIds", invoice.toString())
                        .param("amounts", "90").param("picked", invoice.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only 80.00 is due on invoice " + number)))
                .andExpect(content().string(containsString("value=\"5678\"")))
                .andExpect(content().string(containsString("value=\"90\"")));
        assertThat(fixtures.as(tenant, () -> payments.page(customer, 0, 5)).totalElements()).isZero();
    }

    // §Voiding Payments UI: the void form voids; the receipt shows it struck through with a Voided badge
    @Test
    void aVoidedPaymentShowsStruckThroughWithItsBadge() throws Exception {
        finalized("80.00");
        String location = mvc.perform(post("/accounting/receivables/" + customer + "/payments").with(tenant.owner().signedIn())
                        .with(csrf()).param("amount", "80").param("method", "CHECK").param("checkNumber", "1234")
                        .param("mode", "OLDEST_FIRST"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/void").with(tenant.owner().signedIn()).with(csrf()).param("kind", "NSF").param("nsfFee", "15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("id=\"voidedBadge\"")))
                .andExpect(content().string(containsString("text-decoration-line-through")))
                .andExpect(content().string(containsString("id=\"nsfFeeInvoice\"")));
    }
}
