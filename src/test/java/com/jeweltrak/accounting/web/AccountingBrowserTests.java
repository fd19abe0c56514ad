package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Accounting as a bookkeeper uses it: the menu, the journal's peek, the trial balance (issue 6 point 1). */
class AccountingBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void books(@Autowired TestTenants tenants, @Autowired Journal journal, @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("accounting-browser");
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                journal.post(Posting.of(LocalDate.of(2026, 11, 4), tenant.store(), "INVOICE", 88L, "1088",
                                "INVOICE_FINALIZED", "Invoice 1088 finalized")
                        .debit(SystemAccount.AR, new BigDecimal("53.50"))
                        .credit(SystemAccount.SALES, new BigDecimal("50.00"))
                        .credit(SystemAccount.SALES_TAX_PAYABLE, new BigDecimal("3.50")))));
    }

    // issue 6 point 1: the Accounting menu leads to the journal; a row opens its lines in the Quick Peek drawer;
    // the trial balance shows debits = credits
    @Test
    void theJournalPeeksAnEntryAndTheTrialBalanceBalances() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/accounting");
        assertThat(page).hasURL(at("/accounting/journal"));
        Locator row = page.locator("#journalList tr[data-peek]", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Invoice 1088"));
        assertThat(row).isVisible();
        row.locator("td").nth(1).click(); // the date: the document cell is a link to the full page
        Locator drawer = page.locator(".jt-peek");
        assertThat(drawer).containsText("Sales tax payable");
        assertThat(drawer).containsText("53.50");
        page.keyboard().press("Escape");

        page.locator("#accountingTabs").getByText("Trial balance").click();
        page.locator("#asOf").fill("2026-11-30");
        page.locator("#trialBalanceForm button[type=submit]").click();
        assertThat(page.locator("#balancedBadge")).isVisible();
        assertThat(page.locator("#totalDebits")).hasText("53.50");
        assertThat(page.locator("#totalCredits")).hasText("53.50");
    }
}
