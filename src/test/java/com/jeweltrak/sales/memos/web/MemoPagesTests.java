package com.jeweltrak.sales.memos.web;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoPill;
import com.jeweltrak.sales.memos.MemoReturnId;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The memo pages (02-sales §Memos UI, §Reversing UI; design §5). */
@IntegrationTest
class MemoPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired MemoFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("memo-pages");
        other = tenants.open("memo-pages-other");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private String page(TestTenants.Person who, String url) throws Exception {
        return mvc.perform(get(url).with(who.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    // §Memos R8, UI: the memos list (next to Invoices) shows each memo with its pill, customer and what is out
    @Test
    void theMemosListShowsEachMemoWithItsPillAndCounts() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        String list = page(tenant.owner(), "/sales/memos");
        assertThat(list).contains("id=\"memosTab\"").contains("/sales/memos/" + memo).contains("Cora").contains("Open");
        assertThat(page(tenant.owner(), "/sales/invoices")).contains("id=\"memosTab\"");
    }

    // Search R2: "memo 12" finds memo 12 on the list
    @Test
    void theListFindsAMemoByMemoAndItsNumber() throws Exception {
        MemoId memo = fixtures.issue(tenant);
        long number = fixtures.read(tenant, memo).number();
        String list = mvc.perform(get("/sales/memos").param("q", "memo " + number).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/sales/memos/" + memo);
    }

    // §Memos R1: + New memo for a customer opens the new memo's page
    @Test
    void aNewMemoForACustomerOpensItsPage() throws Exception {
        var customer = fixtures.sales.customer(tenant);
        String to = mvc.perform(post("/sales/memos").param("customerId", Long.toString(customer.value()))
                        .param("expectedReturn", "2027-01-10").param("terms", "Two weeks")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrlPattern("/sales/memos/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(tenant.owner(), to)).contains("Two weeks").contains("2027-01-10").contains("Empty");
    }

    // §Memos R2 on the page: the StockID box puts the item out; a second memo for it shows the refusal beside the box
    @Test
    void theStockIdBoxPutsTheItemOutAndShowsARefusalBesideIt() throws Exception {
        String ring = fixtures.ring(tenant);
        MemoId first = fixtures.issue(tenant);
        mvc.perform(post("/sales/memos/" + first + "/scan").param("stockId", ring).with(clerk.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/memos/" + first));
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        MemoId second = fixtures.issue(tenant);
        String refused = mvc.perform(post("/sales/memos/" + second + "/scan").param("stockId", ring)
                        .with(clerk.signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"stockIdError\"").contains("StockID " + ring + " has 0 in stock (it is out on memo "
                + fixtures.read(tenant, first).number() + ")");
    }

    // §Memos R6, R7, §Reversing R3–R5 on the pages: Return… (capped at Out) → receipt → remove the line → Open again
    @Test
    void aReturnAndItsRemovalMoveThePillOnThePages() throws Exception {
        String ring = fixtures.ring(tenant);
        String pendant = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring, pendant);
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        String form = page(tenant.owner(), "/sales/memos/" + memo + "/return");
        assertThat(form).contains("name=\"qty-" + line + "\"").contains("max=\"1\"");
        String receipt = mvc.perform(post("/sales/memos/" + memo + "/returns").param("qty-" + line, "1")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrlPattern("/sales/memo-returns/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.PARTIAL);
        String shown = page(tenant.owner(), receipt);
        assertThat(shown).contains("Partial").contains("1 out · 1 returned · 0 invoiced");
        long receiptLine = fixtures.sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select id from memo_return_line where memo_return_id = ?").param(Long.parseLong(receipt.replaceAll("\\D", "")))
                .query(Long.class).single()));
        mvc.perform(post(receipt + "/lines/" + receiptLine + "/remove").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl(receipt));
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
        assertThat(page(tenant.owner(), "/sales/memos/" + memo)).contains("2 out · 0 returned · 0 invoiced");
    }

    // §Memos R7 on the page: more than is out is refused on the form, the typed quantity kept
    @Test
    void returningMoreThanIsOutIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        String refused = mvc.perform(post("/sales/memos/" + memo + "/returns").param("qty-" + line, "3")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("3 cannot come back").contains("value=\"3\"");
    }

    // CanVoidMemoReturns: the Sales group may not delete a receipt (403), and sees no Delete button
    @Test
    void theSalesGroupCannotDeleteAReceipt() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        MemoReturnId receipt = fixtures.giveBack(tenant, memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        assertThat(page(clerk, "/sales/memo-returns/" + receipt)).doesNotContain("id=\"deleteReturn\"");
        mvc.perform(post("/sales/memo-returns/" + receipt + "/delete").with(clerk.signedIn()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sales/memo-returns/" + receipt + "/delete").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/memos/" + memo));
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    // CanVoidMemos: the Sales group may not void a memo (403)
    @Test
    void theSalesGroupCannotVoidAMemo() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        mvc.perform(post("/sales/memos/" + memo + "/void").with(clerk.signedIn()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/sales/memos/" + memo + "/void").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/memos/" + memo));
        assertThat(page(tenant.owner(), "/sales/memos/" + memo)).contains("Voided");
    }

    // another tenant's memo is "not found"
    @Test
    void anotherTenantsMemoIsNotFound() throws Exception {
        MemoId memo = fixtures.issue(tenant);
        mvc.perform(get("/sales/memos/" + memo).with(other.owner().signedIn())).andExpect(status().isNotFound());
    }

    // §Memos: the PDF names the customer, the lines, the terms and the expected return date
    @Test
    void thePdfShowsCustomerLinesTermsAndExpectedReturn() throws Exception {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        byte[] pdf = mvc.perform(get("/sales/memos/" + memo + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Memo " + fixtures.read(tenant, memo).number()).contains("Cora Buyer").contains(ring)
                    .contains("Return within 30 days").contains("Expected return 12/31/2026");
        }
    }

    // §Memos: e-mail goes through the outbox with the PDF attached
    @Test
    void emailingTheMemoQueuesItInTheOutbox() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        mvc.perform(post("/sales/memos/" + memo + "/email").param("toAddress", "cora@example.com")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/sales/memos/" + memo));
        Long queued = fixtures.sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select count(*) from mail_outbox where related_type = 'memo' and related_id = ?").param(memo.value())
                .query(Long.class).single()));
        assertThat(queued).isEqualTo(1);
    }

    // the item page lists the memo it is out on; the contact's Transactions tab lists the memo
    @Test
    void theItemPageAndTheContactListTheMemo() throws Exception {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        var item = fixtures.item(tenant, ring);
        assertThat(page(tenant.owner(), "/inventory/items/" + item.id().value())).contains("/sales/memos/" + memo);
        var customer = fixtures.sales.customer(tenant);
        assertThat(page(tenant.owner(), "/contacts/" + customer.value())).contains("/sales/memos/" + memo);
    }

    // §Memos R8: the list filters what is still out from what is settled, and sorts by what is out
    @Test
    void theListFiltersStillOutFromSettledAndSortsByOut() throws Exception {
        MemoId out = fixtures.issueWith(tenant, fixtures.ring(tenant));
        MemoId settled = fixtures.issueWith(tenant, fixtures.ring(tenant));
        fixtures.giveBack(tenant, settled, fixtures.read(tenant, settled).lines().getFirst().id(), "1");
        String stillOut = mvc.perform(get("/sales/memos").param("status", "out").param("sort", "out,desc").param("size", "200")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stillOut).contains("/sales/memos/" + out + "\"").doesNotContain("/sales/memos/" + settled + "\"");
        String done = mvc.perform(get("/sales/memos").param("status", "settled").param("size", "200")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("/sales/memos/" + settled + "\"").doesNotContain("/sales/memos/" + out + "\"")
                .contains("Returned");
    }

    // Search R2, R7: the top search finds a memo made on the pages by "memo <number>"
    @Test
    void theTopSearchFindsAMemoByItsNumber() throws Exception {
        var customer = fixtures.sales.customer(tenant);
        String to = mvc.perform(post("/sales/memos").param("customerId", Long.toString(customer.value()))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
        long number = fixtures.read(tenant, new MemoId(id)).number();
        String found = mvc.perform(get("/search").param("q", "memo " + number).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("/peek/memo/" + id);
        mvc.perform(get("/peek/memo/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk());
    }
}
