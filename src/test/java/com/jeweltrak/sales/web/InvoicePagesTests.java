package com.jeweltrak.sales.web;

import java.io.IOException;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invoice pages (issue 6 §6–7; 02-sales §Finalize UI, §Adjustment UI; design §5). */
@IntegrationTest
class InvoicePagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person clerk;
    static TestTenants.Person noDiscounts;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired CertificateFixtures contacts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ManagingGroups groups) {
        tenant = tenants.open("invoice-pages");
        other = tenants.open("invoice-pages-other");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        long counter = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> groups.create("Counter only",
                "sells without discounts", Set.of("Invoices.View", "Invoices.Create")));
        noDiscounts = tenants.addPerson(tenant, "Counter", Set.of(counter), Set.of());
    }

    private String page(TestTenants.Person who, InvoiceId id) throws Exception {
        return mvc.perform(get("/sales/invoices/" + id).with(who.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private InvoiceId finalizedWithService() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        mvc.perform(post("/sales/invoices/" + id + "/finalize").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        return id;
    }

    // issue 6 §6: the Sales menu opens on the invoices list, which shows the invoice with its status and total
    @Test
    void theSalesMenuOpensOnTheInvoicesListWithEachInvoicesStatusAndTotal() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "25.00");
        mvc.perform(get("/sales").with(tenant.owner().signedIn())).andExpect(redirectedUrl("/sales/invoices"));
        String list = mvc.perform(get("/sales/invoices").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/sales/invoices/" + id, "/peek/invoice/" + id, "Open", "25.00");
    }

    // issue 6 §6: the list's search finds an invoice by its number ("invoice 12")
    @Test
    void theListFindsAnInvoiceByItsNumber() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        long number = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select number from invoice where id = ?")
                .param(id.value()).query(Long.class).single()));
        String list = mvc.perform(get("/sales/invoices").param("q", "invoice " + number).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/sales/invoices/" + id);
    }

    // design §5 PRG: + New invoice opens it in the user's store and redirects to its page
    @Test
    void aNewInvoiceRedirectsToItsPage() throws Exception {
        String to = mvc.perform(post("/sales/invoices").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).matches("/sales/invoices/\\d+");
        assertThat(mvc.perform(get(to).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"invoiceStatus\"", "Open", "Finalize");
    }

    // issue 6 §6: a scanned StockID becomes a line; htmx follows the redirect and gets the fragment, box empty again
    @Test
    void scanningAStockIdAddsTheItemAndAnswersHtmxWithTheFragment() throws Exception {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.open(tenant);
        mvc.perform(post("/sales/invoices/" + id + "/scan").param("stockId", ring).header("HX-Request", "true")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        String fragment = mvc.perform(get("/sales/invoices/" + id).header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"invoice\"", ">" + ring + "<", "1,200.00").doesNotContain("<html");
        assertThat(fragment).containsPattern("id=\"stockId\"[^>]*value=\"\"");
    }

    // design §5: a refusal shows beside its field, never a 500 — an unknown StockID
    @Test
    void anUnknownStockIdIsRefusedBesideTheBox() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        String body = mvc.perform(post("/sales/invoices/" + id + "/scan").param("stockId", "NO-SUCH-99")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"stockIdError\"", "value=\"NO-SUCH-99\"");
    }

    // issue 6 §2 (searched): text that is no StockID lists the items in stock it finds; choosing one adds it
    @Test
    void textThatIsNoStockIdOffersTheItemsItFinds() throws Exception {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.open(tenant);
        String body = mvc.perform(post("/sales/invoices/" + id + "/scan").param("stockId", "yellow gold band")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"itemMatches\"", "name=\"stockId\" value=\"" + ring + "\"", "14K yellow gold band");

        mvc.perform(post("/sales/invoices/" + id + "/scan").param("stockId", ring).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(tenant.owner(), id)).contains(">" + ring + "<");
    }

    // design §4 money in cents: the invoice's inputs show 0.00, never the stored 0.0000
    @Test
    void moneyInTheInvoicesInputsShowsCents() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "10.00");
        assertThat(page(tenant.owner(), id)).doesNotContain("0.0000").contains("value=\"0.00\"");
    }

    // 02-sales §Adjustment UI: the adjustment is shown only to ShowOrderItemDiscount holders
    @Test
    void theAdjustmentIsHiddenWithoutShowOrderItemDiscount() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "10.00");
        assertThat(page(tenant.owner(), id)).contains("name=\"adjustment\"");
        assertThat(page(noDiscounts, id)).doesNotContain("name=\"adjustment\"", "Adjustment</th>");
    }

    // 02-sales §Finalize R7: without CanVoidTransactions there is no Void button, and a post is refused
    @Test
    void aClerkWithoutCanVoidTransactionsSeesNoVoidAndCannotVoid() throws Exception {
        InvoiceId id = finalizedWithService();
        assertThat(page(tenant.owner(), id)).contains("id=\"voidInvoice\"", "id=\"reopenInvoice\"")
                .doesNotContain("id=\"finalizeInvoice\"", "id=\"deleteInvoice\"");
        assertThat(page(clerk, id)).doesNotContain("id=\"voidInvoice\"").contains("id=\"reopenInvoice\"");
        mvc.perform(post("/sales/invoices/" + id + "/void").with(clerk.signedIn()).with(csrf())).andExpect(status().isForbidden());
    }

    // 02-sales §Finalize R9: an Open invoice shows Finalize and Delete, not Reopen or Void
    @Test
    void anOpenInvoiceOffersFinalizeAndDeleteOnly() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        assertThat(page(tenant.owner(), id)).contains("id=\"finalizeInvoice\"", "id=\"deleteInvoice\"")
                .doesNotContain("id=\"voidInvoice\"", "id=\"reopenInvoice\"");
        assertThat(page(clerk, id)).doesNotContain("id=\"deleteInvoice\"");
    }

    // decision 1, 02-sales §Finalize R7: voiding with payments is refused with the three ways out, shown on the page
    @Test
    void voidingAnInvoiceWithPaymentsShowsTheThreeWaysOut() throws Exception {
        InvoiceId id = finalizedWithService();
        mvc.perform(post("/sales/invoices/" + id + "/payments").param("method", "CASH").param("amount", "10.00")
                .with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl("/sales/invoices/" + id));
        String body = mvc.perform(post("/sales/invoices/" + id + "/void").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("refund the payment", "void the payment", "credit on account");
    }

    // decision 1: the refused void offers moving the payments to credit on account as one click, which lets it through
    @Test
    void theRefusedVoidOffersMovingThePaymentsToCreditInOneClick() throws Exception {
        InvoiceId id = finalizedWithService();
        mvc.perform(post("/sales/invoices/" + id + "/payments").param("method", "CASH").param("amount", "40.00")
                .with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl("/sales/invoices/" + id));
        String refused = mvc.perform(post("/sales/invoices/" + id + "/void").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"moveToCredit\"", "Move 40.00 to Cora Buyer&#39;s credit on account");

        mvc.perform(post("/sales/invoices/" + id + "/payments/to-credit").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(tenant.owner(), id)).contains("to credit on account", "id=\"balance\">40.00")
                .containsPattern("jt-credit-on-account\"[^>]*>40.00<");
        mvc.perform(post("/sales/invoices/" + id + "/void").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(tenant.owner(), id)).contains("Voided");
    }

    // 08 §Applying Payments R8: moving a payment is part of the void screen, so it needs CanVoidTransactions
    @Test
    void aClerkWithoutCanVoidTransactionsCannotMoveAPaymentToCredit() throws Exception {
        InvoiceId id = finalizedWithService();
        mvc.perform(post("/sales/invoices/" + id + "/payments").param("method", "CASH").param("amount", "40.00")
                .with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(clerk, id)).doesNotContain("jt-payment-to-credit");
        mvc.perform(post("/sales/invoices/" + id + "/payments/to-credit").with(clerk.signedIn()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    // 08 §Applying Payments R1: cash over the balance shows the change due; the tender stays the balance
    @Test
    void cashOverTheBalanceShowsTheChangeDue() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        var result = mvc.perform(post("/sales/invoices/" + id + "/payments").param("method", "CASH").param("amount", "100")
                .param("idempotencyKey", java.util.UUID.randomUUID().toString())
                .with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl("/sales/invoices/" + id)).andReturn();
        // the redirect carries the change due for the banner; the tender itself keeps what was offered and handed back
        assertThat(result.getFlashMap().get("changeDue")).isEqualTo("60.00");
        assertThat(page(tenant.owner(), id)).contains("tendered 100.00, change 60.00", "id=\"balance\">0.00");
    }

    // 08 §Applying Payments R6: a card tender without its authorization is refused beside the field
    @Test
    void aCardTenderWithoutItsDetailsIsRefusedInTheTendersCard() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        String body = mvc.perform(post("/sales/invoices/" + id + "/payments").param("method", "CARD").param("amount", "40")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("invalid-feedback", "value=\"40\"");
    }

    // design §4: a Finalize submitted twice with one key finalizes once and answers the same redirect
    @Test
    void aDoubleSubmittedFinalizeIsDoneOnce() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        String key = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/sales/invoices/" + id + "/finalize").param("idempotencyKey", key)
                    .with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl("/sales/invoices/" + id));
        }
        assertThat(page(tenant.owner(), id)).contains("Finalized");
    }

    // design §3: another tenant's invoice is a 404 on the page, its PDF and its actions
    @Test
    void anotherTenantsInvoiceIsNotFound() throws Exception {
        InvoiceId theirs = fixtures.open(other);
        mvc.perform(get("/sales/invoices/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/sales/invoices/" + theirs + "/pdf").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/sales/invoices/" + theirs + "/finalize").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    // issue 6 §6: Print serves the invoice as an inline PDF
    @Test
    void printServesTheInvoiceAsAPdf() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        byte[] pdf = mvc.perform(get("/sales/invoices/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Ring sizing", "40.00");
    }

    // issue 6 §6: Email queues the mail with the PDF attached; without an address it is refused beside the field
    @Test
    void emailQueuesTheInvoiceToATypedAddressAndRefusesWithoutOne() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        String refused = mvc.perform(post("/sales/invoices/" + id + "/email").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("no e-mail address");
        mvc.perform(post("/sales/invoices/" + id + "/email").param("toAddress", "buyer@example.com")
                .with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl("/sales/invoices/" + id));
        long queued = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("""
                        select count(*) from mail_outbox where related_type = 'invoice' and related_id = ?
                           and to_address = 'buyer@example.com'""").param(id.value()).query(Long.class).single()));
        assertThat(queued).isEqualTo(1);
    }

    // 07-contacts Transactions tab: the customer's invoices are listed on the contact page
    @Test
    void theCustomersInvoicesAreOnTheContactsTransactionsTab() throws Exception {
        ContactId customer = contacts.contact(tenant, "Invoice Buyer Co", ContactRole.CUSTOMER);
        String to = mvc.perform(post("/sales/invoices").param("customerId", customer.toString())
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get("/contacts/" + customer).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(to);
    }

    // Search R2: the top search box finds an invoice by "invoice <number>" and by its customer's name
    @Test
    void theTopSearchFindsAnInvoiceByNumberAndByCustomer() throws Exception {
        ContactId customer = contacts.contact(tenant, "Zanzibar Searchable Gems", ContactRole.CUSTOMER);
        String to = mvc.perform(post("/sales/invoices").param("customerId", customer.toString())
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
        long number = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select number from invoice where id = ?")
                .param(id).query(Long.class).single()));
        for (String q : new String[] {"invoice " + number, "Zanzibar Searchable"}) {
            String found = mvc.perform(get("/search").param("q", q).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(found).as(q).contains("/peek/invoice/" + id);
        }
    }

    // 09-reports §Who Did I Sell This To? R1, R3: the item page names the invoice and customer the item went to
    @Test
    void theItemPageShowsTheInvoiceThatHoldsTheItem() throws Exception {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        long item = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select item_id from invoice_line where invoice_id = ?").param(id.value()).query(Long.class).single()));
        String page = mvc.perform(get("/inventory/items/" + item).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"itemDocuments\"", "/sales/invoices/" + id, "Cora Buyer");
    }

    // 02-sales §Adjustment UI: a line is changed inline (htmx) and the totals card follows
    @Test
    void aLineChangedInlineUpdatesTheTotals() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        long line = fixtures.service(tenant, id, "40.00");
        mvc.perform(post("/sales/invoices/" + id + "/lines/" + line).param("description", "Ring sizing x2")
                        .param("quantity", "2").param("unitPrice", "40.00").param("adjustment", "5")
                        .header("HX-Request", "true").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(tenant.owner(), id)).contains("Ring sizing x2", "id=\"subtotal\">75.00");
    }

    // 02-sales §Adjustment R4: without ShowOrderItemDiscount an adjustment sent anyway is not applied
    @Test
    void anAdjustmentPostedWithoutThePermissionIsIgnored() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        long line = fixtures.service(tenant, id, "40.00");
        mvc.perform(post("/sales/invoices/" + id + "/lines/" + line).param("quantity", "1").param("unitPrice", "40.00")
                        .param("adjustment", "10").with(noDiscounts.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(tenant.owner(), id)).contains("id=\"subtotal\">40.00");
    }

    // design §5: a header change is kept as typed and refused beside its field when the date is not a date
    @Test
    void aBadDateInTheHeaderIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        InvoiceId id = fixtures.open(tenant);
        String body = mvc.perform(post("/sales/invoices/" + id).param("invoiceDate", "yesterday")
                        .param("reference", "PO-778").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Enter the date as YYYY-MM-DD.", "value=\"PO-778\"", "value=\"yesterday\"");
        mvc.perform(post("/sales/invoices/" + id).param("reference", "PO-778").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/invoices/" + id));
        assertThat(page(tenant.owner(), id)).contains("value=\"PO-778\"");
    }

    // issue 6 §6: with several stores the list filters by store
    @Test
    void theListFiltersByStore(@Autowired TestTenants tenants, @Autowired com.jeweltrak.sales.OpeningAnInvoice opening)
            throws Exception {
        TestTenants.Tenant chain = tenants.open("invoice-pages-stores");
        com.jeweltrak.platform.tenancy.StoreId uptown = tenants.addStore(chain, "Uptown");
        InvoiceId main = fixtures.open(chain);
        InvoiceId there = fixtures.as(chain, () -> opening.open(new com.jeweltrak.sales.OpeningAnInvoice.Request(uptown,
                null, null, null, null, null, null, null, false)));
        String filtered = mvc.perform(get("/sales/invoices").param("store", uptown.toString()).with(chain.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("All stores", "/sales/invoices/" + there + "\"")
                .doesNotContain("/sales/invoices/" + main + "\"");
    }

    // 08 §Accounts Receivable (walk-in rule): finalizing an unpaid walk-in sale is refused in the actions card, not a 500
    @Test
    void anUnpaidWalkInSaleIsRefusedFinalizeWithTheMessageOnThePage() throws Exception {
        String to = mvc.perform(post("/sales/invoices").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(to + "/lines").param("kind", "SERVICE").param("description", "Cleaning").param("quantity", "1")
                .param("unitPrice", "15").with(tenant.owner().signedIn()).with(csrf())).andExpect(redirectedUrl(to));
        String body = mvc.perform(post(to + "/finalize").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"actionErrors\"", "A walk-in sale is paid in full");
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
