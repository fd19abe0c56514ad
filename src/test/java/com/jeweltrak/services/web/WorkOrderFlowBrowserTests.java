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
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The work-order flow end to end at the counter (issue 9 point 11): a RUSH repair taken in from the "Ring sizing"
 * job template with a cash deposit and a drawn intake signature, moved through its statuses on the detail page while
 * the board keeps its card in the right lane and first (rush, then newest); Ready for Pickup with Job Automation on
 * makes the invoice with the deposit applied; picked up with the pickup signature, the card leaves the board.
 */
class WorkOrderFlowBrowserTests extends BrowserTest {

    static final String RUSH_JOB = "Ring sizing, up";
    static final String OLDER = "Older polish";
    static final String NEWER = "Newer polish";

    static TestTenants.Tenant tenant;
    static ContactId rosa;

    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingTheStatus status;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired EditingContacts contacts,
                           @Autowired TransactionTemplate transactions, @Autowired TakingInAWorkOrder takingIn,
                           @Autowired ChangingTheStatus status) {
        tenant = tenants.open("work-order-flow-browser");
        rosa = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> contacts.add(
                Contact.draft(new Contact.Name("Rosa", "Flow", null, null), Set.of(ContactRole.CUSTOMER),
                        new Contact.Reach("rosa.flow@example.com", null, null, null, null, null, null), null, null, null,
                        null, null, false, false, null, null))));
        // an older ordinary job in every lane the rush job visits, taken in before it
        ordinaryJobs(takingIn, status, OLDER);
    }

    /** A non-rush job in In Shop, In Progress and Ready for Pickup (§1 R7: rush first, then newest). */
    static void ordinaryJobs(TakingInAWorkOrder takingIn, ChangingTheStatus status, String name) {
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> {
            for (WorkOrderStatus[] path : new WorkOrderStatus[][] {{WorkOrderStatus.CR}, {WorkOrderStatus.IP},
                    {WorkOrderStatus.IP, WorkOrderStatus.RP}}) {
                WorkOrderId id = takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J", rosa, null, null,
                        name + " " + path[path.length - 1].value(), null, null, null, null, null, null, false, "Bench 3", null));
                for (WorkOrderStatus next : path) status.change(id, next);
            }
        });
    }

    private Locator lane(String lane) {
        return page.locator("#lane-" + lane + " .jt-card");
    }

    /** On the board, the rush job is the lane's first card, the newer ordinary job second, the older one third. */
    private void boardShowsTheRushJobFirstIn(String lane) {
        page.navigate("/services/work-orders?view=board");
        assertThat(lane(lane).nth(0)).containsText(RUSH_JOB);
        assertThat(lane(lane).nth(0)).containsText("RUSH");
        assertThat(lane(lane).nth(1)).containsText(NEWER);
        assertThat(lane(lane).nth(2)).containsText(OLDER);
        assertThat(lane(lane)).hasCount(3);
        for (String other : new String[] {"IN_SHOP", "IN_PROGRESS", "READY_FOR_PICKUP"}) {
            if (!other.equals(lane)) assertThat(page.locator("#lane-" + other)).not().containsText(RUSH_JOB);
        }
    }

    private void moveTo(String jobUrl, String statusValue, String laneLabel) {
        page.navigate(jobUrl);
        page.locator("#statusFormEl select[name=status]").selectOption(statusValue);
        page.locator("#changeStatus").click();
        assertThat(page.locator("#laneBadge")).hasText(laneLabel);
    }

    private void sign(String kind, String signer) {
        page.locator("#capture-" + kind).click();
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#signerName").fill(signer);
        BoundingBox box = page.locator("#signaturePad").boundingBox();
        page.mouse().move(box.x + 30, box.y + box.height * 0.7);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.4, box.y + box.height * 0.3, new Mouse.MoveOptions().setSteps(8));
        page.mouse().move(box.x + box.width * 0.8, box.y + box.height * 0.7, new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        page.locator("#acceptSignature").click();
        assertThat(page.locator("#signature-" + kind + " .jt-signer")).hasText(signer);
        assertThat(page.locator("#signature-" + kind + " img.jt-signature")).isVisible();
    }

    // issue 9 point 11; 03-services §1 R4/R7/R10/R11, §3 R2/R7, §5 R2/R3, §8 R5, §14
    @Test
    void aRushRepairFromATemplateGoesFromIntakeWithDepositAndSignatureToPickupWithTheInvoice() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);

        // intake from the "Ring sizing" template (§8 R5), RUSH
        page.navigate("/services/work-orders/new");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#template").selectOption(new SelectOption().setLabel("Ring sizing — up"));
        page.locator("#useTemplate").click();
        assertThat(page.locator("#templateBanner")).containsText("Ring sizing — up");
        assertThat(page.locator("#description")).hasValue(RUSH_JOB);
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#picker-customer").fill("Rosa");
        page.locator(".jt-picker-option").first().click();
        page.locator("#location").fill("Bench 1");
        page.locator("input[name=rush][type=checkbox]").check();
        page.locator("#takeIn").click();
        // §0: a priced job starts In production
        assertThat(page.locator("#statusBadge")).hasText("In production");
        String jobUrl = page.url();
        ordinaryJobs(takingIn, status, NEWER);

        // §3 R2: a cash deposit
        page.navigate(jobUrl);
        page.locator("#depositAmount").fill("20.00");
        page.locator("#depositMethod").selectOption(new SelectOption().setLabel("Cash"));
        page.locator("#recordDeposit").click();
        assertThat(page.locator("#depositsHeld")).hasText("Held: $20");

        // §5 R2, R3: the intake signature drawn with the mouse
        sign("intake", "Rosa Flow");

        // §1 R4, R7: In Progress, first in its lane
        boardShowsTheRushJobFirstIn("IN_PROGRESS");

        // §1 R10: moved on the detail page (Customer review is In Shop), the card follows
        moveTo(jobUrl, "customer_review", "In Shop");
        boardShowsTheRushJobFirstIn("IN_SHOP");
        moveTo(jobUrl, "in_production", "In Progress");
        boardShowsTheRushJobFirstIn("IN_PROGRESS");

        // §1 R11, §14: Job Automation on (Settings → Features), then Ready for Pickup makes the invoice
        page.navigate("/settings/features");
        page.locator("#toggle-JOB_AUTOMATION").click();
        assertThat(page.locator("#feature-JOB_AUTOMATION .badge")).hasText("On");
        moveTo(jobUrl, "ready_for_pickup", "Ready for Pickup");
        assertThat(page.locator("#jobInvoice")).isVisible();
        // §3 R1: once invoiced the Deposits card is gone
        assertThat(page.locator("#deposits")).hasCount(0);
        boardShowsTheRushJobFirstIn("READY_FOR_PICKUP");

        // §3 R7: the deposit is applied: balance = price − deposit = 45.00 − 20.00
        page.navigate(jobUrl);
        page.locator("#jobInvoiceLink").click();
        assertThat(page.locator("#balance")).hasText("25.00");

        // §15 R3, §5 R3: picked up, with the pickup signature; the card leaves the board (§1 R6)
        moveTo(jobUrl, "picked_up", "Done");
        assertThat(page.locator("#statusBadge")).hasText("Picked up");
        sign("pickup", "Rosa Flow");
        page.navigate("/services/work-orders?view=board");
        assertThat(lane("READY_FOR_PICKUP")).hasCount(2);
        assertThat(page.locator("#lane-READY_FOR_PICKUP")).not().containsText(RUSH_JOB);
        assertThat(page.locator("#lane-IN_PROGRESS")).not().containsText(RUSH_JOB);
        assertThat(page.locator("#lane-IN_SHOP")).not().containsText(RUSH_JOB);
    }
}
