package com.jeweltrak.services.web;

import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The board at the bench (03-services §1 R1–R10): a rush repair taken in and moved QN → IP → RP. */
class WorkOrderBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired EditingContacts contacts,
                           @Autowired TransactionTemplate transactions, @Autowired TakingInAWorkOrder takingIn,
                           @Autowired ChangingTheStatus status) {
        tenant = tenants.open("work-order-browser");
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> {
            ContactId rosa = transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Rosa", "Bench", null, null),
                    Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null)));
            // a newer ordinary job in each lane: the rush job must still come first (R7)
            for (WorkOrderStatus[] path : new WorkOrderStatus[][] {{}, {WorkOrderStatus.IP}, {WorkOrderStatus.IP, WorkOrderStatus.RP}}) {
                WorkOrderId id = takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J", rosa, null, null,
                        "Ordinary job " + path.length, null, null, null, null, null, null, false, "Bench 3", null));
                for (WorkOrderStatus next : path) status.change(id, next);
            }
        });
    }

    private Locator lane(String lane) {
        return page.locator("#lane-" + lane + " .jt-card");
    }

    // 03-services §1 R4, R7, R8, R10: the card shows RUSH, location and 0d, and sits first in the lane its status names
    @Test
    void aRushRepairMovesThroughTheLanesAndStaysFirst() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/services/work-orders/new");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#picker-customer").fill("Rosa");
        page.locator(".jt-picker-option").first().click();
        page.locator("#description").fill("Rush prong re-tip");
        page.locator("#location").fill("Bench 1");
        page.locator("input[name=rush][type=checkbox]").check();
        page.locator("#takeIn").click();
        assertThat(page.locator("#statusBadge")).hasText("Quote needed");
        String jobUrl = page.url();

        page.navigate("/services/work-orders?view=board");
        assertThat(lane("IN_SHOP").first()).containsText("Rush prong re-tip");
        assertThat(lane("IN_SHOP").first()).containsText("RUSH");
        assertThat(lane("IN_SHOP").first()).containsText("Bench 1");
        assertThat(lane("IN_SHOP").first()).containsText("0d");

        page.navigate(jobUrl);
        page.locator("#statusFormEl select[name=status]").selectOption("in_production");
        page.locator("#changeStatus").click();
        assertThat(page.locator("#laneBadge")).hasText("In Progress");
        page.navigate("/services/work-orders");
        assertThat(lane("IN_SHOP")).not().containsText(new String[] {"Rush prong re-tip"});
        assertThat(lane("IN_PROGRESS").first()).containsText("Rush prong re-tip");

        page.navigate(jobUrl);
        page.locator("#statusFormEl select[name=status]").selectOption("ready_for_pickup");
        page.locator("#changeStatus").click();
        assertThat(page.locator("#laneBadge")).hasText("Ready for Pickup");
        page.navigate("/services/work-orders");
        assertThat(lane("READY_FOR_PICKUP").first()).containsText("Rush prong re-tip");
        assertThat(lane("READY_FOR_PICKUP")).hasCount(2);
        assertThat(lane("IN_PROGRESS")).hasCount(1);
    }
}
