package com.jeweltrak.sales.memos.web;

import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A memo from the counter (issue 7 §8): memo two items, return one, undo the return; the pill follows each step. */
class MemoBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String first;
    static String second;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired MemoFixtures fixtures) {
        tenant = tenants.open("memo-browser");
        fixtures.sales.customer(tenant); // Cora Buyer
        first = fixtures.ring(tenant);
        second = fixtures.ring(tenant);
    }

    // 02-sales §Memos R1–R4, R6; §Reversing R3–R5: Open → Partial on a return, back to Open when the return line goes
    @Test
    void aMemoOfTwoItemsGoesPartialOnAReturnAndOpenAgainWhenTheReturnLineIsRemoved() {
        page.onDialog(dialog -> dialog.accept());
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/sales/invoices");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#memosTab").click();
        page.waitForURL("**/sales/memos");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#picker-customer").fill("Cora");
        page.locator(".jt-picker-option").first().click();
        page.locator("#expectedReturn").fill("2027-01-15");
        page.locator("#newMemoButton").click();
        assertThat(page.locator("#memoStatus")).hasText("Empty");
        assertThat(page.locator("#memoCustomer")).containsText("Cora Buyer");

        page.locator("#stockId").fill(first);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#memoLines")).containsText(first);
        page.locator("#stockId").fill(second);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#memoLines")).containsText(second);
        assertThat(page.locator("#memoStatus")).hasText("Open");
        assertThat(page.locator("#memoCounts")).hasText("2 out · 0 returned · 0 invoiced");

        // the same ring cannot go out twice: refused beside the box, naming it
        page.locator("#stockId").fill(first);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#stockIdError")).containsText("StockID " + first);

        page.locator("#returnMemo").click();
        page.locator("#returnLines tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(first))
                .locator("input").fill("1");
        page.locator("#saveReturn").click();
        assertThat(page.locator("#memoStatus")).hasText("Partial");
        assertThat(page.locator("#receiptLines")).containsText(first);

        page.locator("#receiptLines button").first().click();
        assertThat(page.locator("#receiptLines")).containsText("No lines left on this receipt.");
        assertThat(page.locator("#memoStatus")).hasText("Open");
        page.locator("#toMemo").click();
        assertThat(page.locator("#memoStatus")).hasText("Open");
        assertThat(page.locator("#memoCounts")).hasText("2 out · 0 returned · 0 invoiced");
    }
}
