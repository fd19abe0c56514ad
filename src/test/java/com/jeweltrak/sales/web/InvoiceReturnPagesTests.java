package com.jeweltrak.sales.web;

import com.jeweltrak.contacts.ContactId;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invoice page's returns, refunds and store credit (02-sales §Returns and Exchanges UI; 08 §Store Credits UI). */
@IntegrationTest
class InvoiceReturnPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("return-pages");
        other = tenants.open("return-pages-other");
    }

    private String page(InvoiceId id) throws Exception {
        return mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long firstLine(InvoiceId id) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select id from invoice_line where invoice_id = ? order by id limit 1").param(id.value()).query(Long.class).single()));
    }

    // R2: "Return…" lists the customer's earlier lines with what can come back; choosing one adds the return line
    @Test
    void returnListsTheCustomersEarlierLinesAndAddsTheChosenOne() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Pager");
        InvoiceId sale = returns.soldFor(tenant, customer, "150.00");
        InvoiceId back = returns.openFor(tenant, customer);
        assertThat(page(back)).contains("Return…", "returnable-" + firstLine(sale), "Bracelet");
        mvc.perform(post("/sales/invoices/" + back + "/returns").param("sourceLineId", Long.toString(firstLine(sale)))
                        .param("quantity", "1").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + back));
        String html = page(back);
        assertThat(html).contains("jt-return-line", "-150.00").doesNotContain("returnable-" + firstLine(sale));
    }

    // R10 on the page: too many units are refused beside the return list with the numbers (422), nothing added
    @Test
    void tooManyUnitsBackAreRefusedOnThePage() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Greedy");
        InvoiceId sale = returns.soldFor(tenant, customer, "150.00");
        InvoiceId back = returns.openFor(tenant, customer);
        String html = mvc.perform(post("/sales/invoices/" + back + "/returns").param("sourceLineId", Long.toString(firstLine(sale)))
                        .param("quantity", "2").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("returnErrors", "Only 1", "sold 1");
        assertThat(fixtures.as(tenant, () -> invoices.get(back)).lines()).isEmpty();
    }

    // R4: a negative net shows "Refund customer" in amber instead of "Take payment"; the refund leaves 0.00 (R6)
    @Test
    void aNegativeNetOffersRefundCustomerAndTheRefundSettlesIt() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Owed");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "90.00"));
        String html = page(back);
        assertThat(html).contains("Refund customer", "btn-warning", "The customer is owed 90.00").doesNotContain("Take payment");
        mvc.perform(post("/sales/invoices/" + back + "/refunds").param("method", "CHECK").param("amount", "90.00")
                        .param("checkNumber", "2001").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + back));
        assertThat(fixtures.as(tenant, () -> invoices.get(back)).balance()).isEqualByComparingTo("0");
        assertThat(page(back)).contains("jt-refund", "#2001", "Take payment");
    }

    // R5(e): a check refund without its number is refused beside the field
    @Test
    void aCheckRefundWithoutItsNumberIsRefusedBesideTheField() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Checkless");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "90.00"));
        String html = mvc.perform(post("/sales/invoices/" + back + "/refunds").param("method", "CHECK").param("amount", "90.00")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter the number of the check you write.");
    }

    // 08 §Store Credits R3, R4: the page shows the customer's store credit and offers it as a tender
    @Test
    void thePageShowsTheStoreCreditAndTakesItAsATender() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Credited");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "75.00"));
        returns.refund(tenant, back, PaymentMethod.STORE_CREDIT, null);
        InvoiceId sale = returns.openFor(tenant, customer);
        fixtures.service(tenant, sale, "30.00");
        assertThat(page(sale)).contains("Store credit available: 75.00", "value=\"STORE_CREDIT\"");
        mvc.perform(post("/sales/invoices/" + sale + "/payments").param("method", "STORE_CREDIT").param("amount", "30.00")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + sale));
        assertThat(page(sale)).contains("Store credit available: 45.00");
    }

    // the printed return: its line says where it came from, negative; the refund prints as such
    @Test
    void thePrintedReturnShowsTheReturnedLineAndTheRefund() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Printed");
        InvoiceId sale = returns.soldFor(tenant, customer, "90.00");
        InvoiceId back = returns.returned(tenant, customer, sale);
        returns.refund(tenant, back, PaymentMethod.CASH, null);
        byte[] bytes = mvc.perform(get("/sales/invoices/" + back + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String number = fixtures.as(tenant, () -> invoices.get(sale)).numberText();
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Bracelet (returned from invoice " + number + ")", "-90.00", "Cash refund -90.00",
                    "Balance 0.00");
        }
    }

    // another tenant's invoice is a 404 on the new routes
    @Test
    void anotherTenantsInvoiceIsNotFound() throws Exception {
        InvoiceId theirs = fixtures.open(other);
        mvc.perform(post("/sales/invoices/" + theirs + "/refunds").param("method", "CASH").with(tenant.owner().signedIn())
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/sales/invoices/" + theirs + "/returns").param("sourceLineId", "1").with(tenant.owner().signedIn())
                .with(csrf())).andExpect(status().isNotFound());
    }
}
