package com.jeweltrak.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 09-reports §3 Who Did I Sell This To?: the item page's Transactions tab. */
@IntegrationTest
class ItemTransactionsTabTests {

    @Autowired TestTenants tenants;
    @Autowired MemoFixtures memos;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingAnInvoice voiding;
    @Autowired StockLedger ledger;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("item-history");
    }

    @Test
    void theSoldRowNamesTheCustomerAndTheInvoiceNewestFirst() throws Exception {
        // 09 §3 R1, R3: "who did I sell this to" = the Sold row's customer and invoice #
        String ring = memos.ring(tenant);
        InvoiceId invoice = sold(ring);

        String tab = body(tab(ring, ""));

        assertThat(tab).contains("Sold", "Cora Buyer", "/sales/invoices/" + invoice.value(), "/peek/invoice/" + invoice.value());
        assertThat(tab.indexOf(">Sold<")).as("newest first").isLessThan(tab.indexOf(">Received<"));
    }

    @Test
    void aVoidedInvoiceStaysFlaggedVoided() throws Exception {
        // 09 §3 R4
        String ring = memos.ring(tenant);
        InvoiceId invoice = sold(ring);
        memos.sales.run(tenant, () -> voiding.voidInvoice(invoice));

        String tab = body(tab(ring, ""));

        assertThat(tab).contains("Voided", "jt-voided");
    }

    @Test
    void memoOutAndBackAreListedWithTheirMemo() throws Exception {
        // 09 §3 R1: memo out / memo return
        String ring = memos.ring(tenant);
        MemoId memo = memos.issue(tenant);
        long line = memos.add(tenant, memo, ring);
        memos.giveBack(tenant, memo, line, "1");

        String tab = body(tab(ring, ""));

        assertThat(tab).contains(">Memo out<", ">Memo return<", "/sales/memos/" + memo.value(), "/peek/memo/" + memo.value());
    }

    @Test
    void scrapVendorReturnAndAdjustmentsComeFromTheStockLedger() throws Exception {
        // 09 §3 R1: vendor return, scrapped, qty adjusted
        String beads = memos.beads(tenant, "5");
        ItemId id = memos.item(tenant, beads).id();
        move(id, MovementKind.SCRAP, "-1");
        move(id, MovementKind.VENDOR_RETURN, "-1");
        move(id, MovementKind.ADJUST, "2");

        String tab = body(tab(beads, ""));

        assertThat(tab).contains(">Scrapped<", ">Vendor return<", ">Qty adjusted<", ">Received<");
    }

    @Test
    void aTypeChipAndADateRangeNarrowTheList() throws Exception {
        // 09 §3 UI: type filter chips; date range
        String ring = memos.ring(tenant);
        sold(ring);

        String soldOnly = tab(ring, "?type=SOLD");
        assertThat(rows(soldOnly)).hasSize(1);
        assertThat(soldOnly).contains("Cora Buyer");
        assertThat(rows(tab(ring, "?to=2000-01-01"))).isEmpty();
    }

    @Test
    void anotherTenantsItemIsNotFound() throws Exception {
        String ring = memos.ring(tenant);
        var other = tenants.open("item-history-other");
        long id = memos.item(tenant, ring).id().value();

        mvc.perform(get("/inventory/items/" + id + "/transactions").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    private InvoiceId sold(String stockId) {
        InvoiceId invoice = memos.sales.openWith(tenant, stockId);
        memos.sales.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        return invoice;
    }

    private void move(ItemId id, MovementKind kind, String quantity) {
        memos.sales.as(tenant, () -> transactions.execute(s -> {
            ledger.record(id, StockLedger.Movement.of(kind, new BigDecimal(quantity), null, "test"));
            return null;
        }));
    }

    private String tab(String stockId, String query) throws Exception {
        long id = memos.item(tenant, stockId).id().value();
        return mvc.perform(get("/inventory/items/" + id + "/transactions" + query).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String body(String html) {
        int body = html.indexOf("<tbody>");
        return body < 0 ? "" : html.substring(body, html.indexOf("</tbody>"));
    }

    private static List<String> rows(String html) {
        int body = html.indexOf("<tbody>");
        if (body < 0) return List.of();
        return List.of(html.substring(body, html.indexOf("</tbody>")).split("<tr")).stream().skip(1).toList();
    }
}
