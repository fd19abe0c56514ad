package com.jeweltrak.platform.audit;

import java.util.Set;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Utilities → Audit Log as an administrator uses it (11-utilities §Audit Log & Restore). */
class AuditLogBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("audit-browser");
    }

    // 11-utilities §Audit Log R1, R4, R6: a permission taken from a group on its page comes back from the Audit Log
    @Test
    void restoresADeletedRecordFromTheAuditLog(@Autowired ManagingGroups managingGroups) {
        long group = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> managingGroups.create("Bench",
                "Bench jewelers", Set.of(Permission.CAN_VIEW_COST, Permission.SHOW_REPORTS)));
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/groups/" + group);
        page.locator("#perm-CanViewCost").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save group")).click();
        assertThat(page.locator(".alert-success")).containsText("Group saved");
        assertThat(page.locator("#perm-CanViewCost")).not().isChecked();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utilities").setExact(true)).first().click();
        page.locator("#auditLogCard").click();
        assertThat(page.locator("h1")).containsText("Audit Log");
        page.waitForLoadState(LoadState.LOAD); // htmx wires the filters once its deferred script has run
        page.getByLabel("Record type").selectOption(new SelectOption().setLabel("Group permission"));
        page.getByLabel("Action").selectOption(new SelectOption().setLabel("Deleted"));
        Locator removal = page.locator("#auditTable tr.jt-audit-entry");
        assertThat(removal).hasCount(1);
        assertThat(removal).containsText("CanViewCost");
        assertThat(removal).containsText("Deleted");
        removal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore")).click();
        assertThat(page.locator(".alert-success")).containsText("Restored");

        page.navigate("/settings/groups/" + group);
        assertThat(page.locator("#perm-CanViewCost")).isChecked();
        assertThat(page.locator("#perm-ShowReports")).isChecked();
        // the group's History tab, loaded by htmx, shows the removal and the restore
        assertThat(page.locator("#history")).containsText("Deleted");
        assertThat(page.locator("#history tr.jt-audit-entry").first()).containsText("Created");
    }
}
