package com.jeweltrak.sales.memos.web;

import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 7 §8: a memo of two items — convert one to an invoice, return the other, then reverse the conversion by removing
 * the invoice line; the memo's pill follows each step (02-sales §Memos R3, R5, R6; §Reversing R1, R2, R5).
 */
class MemoConversionBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String first;
    static String second;
    static MemoId memo;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired MemoFixtures fixtures) {
        tenant = tenants.open("memo-conversion-browser");
        first = fixtures.ring(tenant);
        second = fixtures.ring(tenant);
        memo = fixtures.issueWith(tenant, first, second);
    }

    private Locator row(String tableSelector, String stockId) {
        return page.locator(tableSelector + " tbody tr").filter(new Locator.FilterOptions().setHasText(stockId));
    }

    @Test
    void convertingOneItemReturningTheOtherAndRemovingTheInvoiceLineMoveThePill() {
        page.onDialog(dialog -> dialog.accept());
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/sales/memos/" + memo);
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#memoStatus")).hasText("Open");
        assertThat(page.locator("#memoCounts")).hasText("2 out · 0 returned · 0 invoiced");

        // convert the first ring: a new invoice opens with it
        page.locator("#invoiceMemo").click();
        row("#invoiceLines", first).locator("input").fill("1");
        page.locator("#invoiceSelected").click();
        page.waitForURL("**/sales/invoices/*");
        String invoiceUrl = page.url();
        assertThat(page.locator("#invoiceLines")).containsText(first);

        page.navigate("/sales/memos/" + memo);
        assertThat(page.locator("#memoStatus")).hasText("Partial");
        assertThat(page.locator("#memoCounts")).hasText("1 out · 0 returned · 1 invoiced");
        assertThat(row("#memoLines", first)).containsText("Invoiced");

        // return the second: nothing is out any more, one returned and one invoiced
        page.locator("#returnMemo").click();
        row("#returnLines", second).locator("input").fill("1");
        page.locator("#saveReturn").click();
        assertThat(page.locator("#memoStatus")).hasText("Closed");

        // the invoice link on the memo line leads to the invoice; removing the line puts the ring back on memo
        page.navigate("/sales/memos/" + memo);
        row("#memoLines", first).locator(".jt-invoiced-on").click();
        page.waitForURL(invoiceUrl);
        row("#invoiceLines", first).locator("button.btn-outline-danger").click();
        assertThat(page.locator("#invoiceLines")).not().containsText(first);

        page.navigate("/sales/memos/" + memo);
        assertThat(page.locator("#memoStatus")).hasText("Partial");
        assertThat(page.locator("#memoCounts")).hasText("1 out · 1 returned · 0 invoiced");
        assertThat(row("#memoLines", first)).containsText("On Memo");
    }
}
