package com.jeweltrak.platform.picklists;

import java.util.UUID;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Utilities → List Maintenance as an administrator uses it (11-utilities §List Maintenance). */
class ListMaintenanceBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("pick-lists-browser");
    }

    // 11-utilities §List Maintenance R2, R4, R7: two spellings of a region merged on the page become one value with both counts
    @Test
    void anAdminMergesTwoSpellingsAndSeesOneValueWithTheSummedCount(@Autowired TestTenants tenants,
                                                                      @Autowired JdbcClient jdbc,
                                                                      @Autowired TransactionTemplate transactions) {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String kept = "Lakeside " + u;
        String typo = "lakeside " + u + " ";
        for (String region : new String[] {kept, kept, typo}) {
            StoreId store = tenants.addStore(tenant, "Store " + UUID.randomUUID().toString().substring(0, 8));
            TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                    jdbc.sql("update store set region = ? where id = ?").params(region, store.value()).update()));
        }
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/utilities");
        page.locator("#listMaintenanceCard").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Store region (test)")).click();

        var keptRow = page.locator("tr.jt-pick-value[data-value='" + kept + "']");
        var typoRow = page.locator("tr.jt-pick-value[data-value='" + typo + "']");
        assertThat(keptRow.locator(".jt-uses")).hasText("2");
        assertThat(typoRow).containsText("near-duplicate");
        typoRow.locator("input[name=losers]").check();
        page.locator("#survivor").selectOption(kept);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge").setExact(true)).click();

        assertThat(page.locator(".alert-success")).containsText("1 record now says \u201C" + kept + "\u201D.");
        assertThat(typoRow).hasCount(0);
        assertThat(keptRow.locator(".jt-uses")).hasText("3");
        assertThat(keptRow).not().containsText("near-duplicate");
    }
}
