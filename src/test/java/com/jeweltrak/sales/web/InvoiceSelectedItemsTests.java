package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.inventory.Items;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 6 §2: items picked in bulk on an inventory list go onto an invoice ("Invoice selected items"). */
@IntegrationTest
class InvoiceSelectedItemsTests {

    static final String JEWELRY = "inventory.jewelry";
    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired Items items;
    @Autowired Invoices invoices;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("invoice-selected");
    }

    private Cookie signIn() throws Exception {
        return WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
    }

    private void tick(Cookie session, String... stockIds) throws Exception {
        List<String> ids = fixtures.as(tenant, () -> transactions.execute(s -> java.util.Arrays.stream(stockIds)
                .map(stockId -> items.findByStockId(stockId).orElseThrow().id().toString()).toList()));
        mvc.perform(post("/lists/selection").cookie(session).with(csrf()).header("HX-Request", "true")
                .param("list", JEWELRY).param("ids", String.join(",", ids)).param("selected", "page"))
                .andExpect(status().isOk());
    }

    private Invoice invoiceAt(String redirect) {
        long id = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
        return fixtures.as(tenant, () -> invoices.get(new InvoiceId(id)));
    }

    // 04-inventory §Bulk Actions R1: the jewelry list offers the action under Actions ▾
    @Test
    void theInventoryListsOfferInvoiceSelectedItems() throws Exception {
        mvc.perform(get("/inventory/jewelry").cookie(signIn()))
                .andExpect(content().string(containsString("href=\"/sales/invoices/from-selection?list=inventory.jewelry\"")));
    }

    // issue 6 §2: the picked items become the lines of a new invoice for the customer chosen
    @Test
    void theSelectedItemsGoOntoANewInvoiceForTheCustomer() throws Exception {
        String first = fixtures.ring(tenant);
        String second = fixtures.ring(tenant);
        Cookie session = signIn();
        tick(session, first, second);
        mvc.perform(get("/sales/invoices/from-selection").param("list", JEWELRY).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Invoice 2 items")));

        String to = mvc.perform(post("/sales/invoices/from-selection").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("target", "new").param("customerId", fixtures.customer(tenant).toString()))
                .andExpect(redirectedUrlPattern("/sales/invoices/*"))
                .andExpect(flash().attribute("invoiceMessage", "2 items added."))
                .andReturn().getResponse().getRedirectedUrl();
        Invoice invoice = invoiceAt(to);
        assertThat(invoice.customer()).isEqualTo(fixtures.customer(tenant));
        assertThat(invoice.lines()).extracting(InvoiceLine::stockId).containsExactlyInAnyOrder(first, second);
    }

    // 04-inventory §Bulk Actions R6: an item that cannot be sold is skipped, named with the reason; the others go on
    @Test
    void anItemSoldMeanwhileIsSkippedWithTheReason() throws Exception {
        String sold = fixtures.ring(tenant);
        String free = fixtures.ring(tenant);
        InvoiceId earlier = fixtures.openWith(tenant, sold);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(earlier));
        Cookie session = signIn();
        tick(session, sold, free);

        String to = mvc.perform(post("/sales/invoices/from-selection").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("target", "new"))
                .andExpect(flash().attribute("invoiceMessage", containsString("1 item added. Skipped: StockID " + sold)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(invoiceAt(to).lines()).extracting(InvoiceLine::stockId).containsExactly(free);
        assertThat(invoiceAt(to).customer()).isNull();
    }

    // issue 6 §2: or onto an invoice already started, which must still be Open
    @Test
    void theSelectedItemsGoOntoAnOpenInvoiceButNeverAFinalizedOne() throws Exception {
        String ring = fixtures.ring(tenant);
        InvoiceId open = fixtures.open(tenant);
        InvoiceId finalized = fixtures.open(tenant);
        fixtures.service(tenant, finalized, "10.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(finalized));
        Cookie session = signIn();
        tick(session, ring);

        mvc.perform(post("/sales/invoices/from-selection").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("target", finalized.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"targetError\"")));
        assertThat(fixtures.as(tenant, () -> invoices.get(finalized)).lines()).hasSize(1);

        mvc.perform(post("/sales/invoices/from-selection").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("target", open.toString()))
                .andExpect(redirectedUrl("/sales/invoices/" + open));
        assertThat(fixtures.as(tenant, () -> invoices.get(open)).lines()).extracting(InvoiceLine::stockId).containsExactly(ring);
    }
}
