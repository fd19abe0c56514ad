package com.jeweltrak.services.web;

import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The work-order pages: 03-services §1 R1–R12 (board, list, toggle), detail page, design §5 (errors, 404). */
@IntegrationTest
class WorkOrderPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person viewer;

    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingTheStatus changingStatus;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ManagingGroups groups) {
        tenant = tenants.open("work-order-pages");
        other = tenants.open("work-order-pages-other");
        long lookOnly = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> groups.create("Repairs viewer",
                "looks only", Set.of("Repairs.View")));
        viewer = tenants.addPerson(tenant, "Viewer", Set.of(lookOnly), Set.of());
    }

    private ContactId customer(TestTenants.Tenant t, String last) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(s -> contacts.add(Contact.draft(
                new Contact.Name("Paula", last, null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null,
                null, false, false, null, null))));
    }

    private WorkOrderId job(TestTenants.Tenant t, String last, String item, boolean rush, String stockType) {
        ContactId c = customer(t, last);
        return TenantContext.callAs(t.id(), t.owner().id(), () -> takingIn.takeIn(t.store(), new WorkOrderDetails(
                OrderType.REPAIR, stockType, c, null, null, item, null, null, null, null, null, null, rush, "Bench 2", null)));
    }

    private String get200(String url, TestTenants.Person who) throws Exception {
        return mvc.perform(get(url).with(who.signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    // 03-services §1 R1: Services opens Work orders on the Board; the card shows customer, item, RUSH, location, 0d (R8)
    @Test
    void servicesOpensTheBoardWithCards() throws Exception {
        WorkOrderId id = job(tenant, "Cardholder", "Emerald ring sizing", true, "J");
        mvc.perform(get("/services").with(tenant.owner().signedIn())).andExpect(redirectedUrl("/services/work-orders"));
        String board = get200("/services/work-orders?view=board", tenant.owner());
        assertThat(board).contains("In Shop", "In Progress", "Ready for Pickup", "On Hold", "Emerald ring sizing",
                "Cardholder", "RUSH", "Bench 2", "0d", "data-work-order=\"" + id + "\"");
    }

    // 03-services §13: appraisals are reached from the Services section
    @Test
    void theServicesPageLinksToAppraisals() throws Exception {
        assertThat(get200("/services/work-orders", tenant.owner())).contains("href=\"/services/appraisals\"");
    }

    // 03-services §1 R6: a cancelled job is off the board but in the List
    @Test
    void endStatesAreOnlyInTheList() throws Exception {
        WorkOrderId id = job(tenant, "Gone", "Cancelled chain job", false, "J");
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> changingStatus.change(id, WorkOrderStatus.CANCELLED));
        assertThat(get200("/services/work-orders?view=board", tenant.owner())).doesNotContain("Cancelled chain job");
        assertThat(get200("/services/work-orders?view=list", tenant.owner())).contains("Cancelled chain job");
    }

    // 03-services §1 R1: the last view chosen is used next time
    @Test
    void theChosenViewIsRemembered() throws Exception {
        job(tenant, "Remember", "Watch battery", false, "W");
        get200("/services/work-orders?view=list", viewer);
        assertThat(get200("/services/work-orders", viewer)).contains("workOrderList").doesNotContain("workOrderBoard");
        get200("/services/work-orders?view=board", viewer);
        assertThat(get200("/services/work-orders", viewer)).contains("workOrderBoard");
    }

    // 03-services §1 R12: /work-orders?stockType=S lists only loose-stone jobs
    @Test
    void theStockTypeFilterAddressListsStoneJobsOnly() throws Exception {
        job(tenant, "Stone", "Recut sapphire", false, "S");
        job(tenant, "Band", "Polish wedding band", false, "J");
        String list = get200("/services/work-orders?stockType=S", tenant.owner());
        assertThat(list).contains("Recut sapphire").doesNotContain("Polish wedding band");
    }

    // 03-services §1 R12: the list is searchable by number ("work order 12")
    @Test
    void theListFindsAJobByItsNumber() throws Exception {
        WorkOrderId id = job(tenant, "Numbered", "Unique clasp repair", false, "J");
        long number = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(id).number());
        String list = mvc.perform(get("/services/work-orders").param("q", "work order " + number).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Unique clasp repair");
    }

    // 03-services §15 R1, design §5: intake without a customer is refused beside the field, what was typed stays
    @Test
    void takingInWithoutACustomerKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/services/work-orders").with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("description", "Typed description kept"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Typed description kept", "is for a customer");
    }

    // design §5: a refused intake keeps the customer already picked
    @Test
    void aRefusedIntakeKeepsThePickedCustomer() throws Exception {
        ContactId c = customer(tenant, "Kept");
        String page = mvc.perform(post("/services/work-orders").with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("newCustomerId", c.toString()).param("description", ""))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Describe the repair", "Paula Kept", "name=\"customerId\" value=\"" + c + "\"");
    }

    // 03-services §1 R10: the status control moves the job; a jump the workflow forbids is refused
    @Test
    void theStatusControlMovesTheJobAndRefusesAForbiddenJump() throws Exception {
        ContactId c = customer(tenant, "Mover");
        String location = mvc.perform(post("/services/work-orders").with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("newCustomerId", c.toString()).param("description", "Sizing"))
                .andExpect(redirectedUrlPattern("/services/work-orders/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/status").with(tenant.owner().signedIn()).with(csrf()).param("status", "ready_for_pickup"))
                .andExpect(status().is(422));
        mvc.perform(post(location + "/status").with(tenant.owner().signedIn()).with(csrf()).param("status", "in_production"))
                .andExpect(redirectedUrl(location));
        assertThat(get200(location, tenant.owner())).contains("In Progress");
    }

    // 03-services §0 Stage: a stage is added on the detail page
    @Test
    void aStageIsAddedOnTheDetailPage() throws Exception {
        WorkOrderId id = job(tenant, "Staged", "Re-set diamond", false, "J");
        mvc.perform(post("/services/work-orders/" + id + "/stages").with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Setting at vendor").param("stageStatus", "sent").param("expectedCost", "35"))
                .andExpect(redirectedUrl("/services/work-orders/" + id));
        assertThat(get200("/services/work-orders/" + id, tenant.owner())).contains("Setting at vendor", "35.00");
    }

    // permissions: Repairs.View may look but not change
    @Test
    void aViewerCannotChangeAJob() throws Exception {
        WorkOrderId id = job(tenant, "Guarded", "Guarded job", false, "J");
        mvc.perform(post("/services/work-orders/" + id + "/status").with(viewer.signedIn()).with(csrf()).param("status", "in_production"))
                .andExpect(status().isForbidden());
    }

    // 03-services §1 R10: the board's lanes alone, which the page polls every 30 s, show a job's new lane
    @Test
    void thePolledBoardFragmentShowsTheNewLane() throws Exception {
        WorkOrderId id = job(tenant, "Polled", "Polled bracelet", false, "J");
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> changingStatus.change(id, WorkOrderStatus.OH));
        String lanes = get200("/services/work-orders/board", tenant.owner());
        assertThat(lanes).contains("hx-trigger=\"every 30s\"").doesNotContain("<html");
        String onHold = lanes.substring(lanes.indexOf("lane-ON_HOLD"));
        assertThat(onHold).contains("Polled bracelet");
    }

    // 01-navigation Quick Peek: a job at a glance from the list
    @Test
    void aJobPeeksWithItsCustomerAndDaysInStage() throws Exception {
        WorkOrderId id = job(tenant, "Peeked", "Peeked pendant", true, "J");
        assertThat(get200("/peek/work-order/" + id, tenant.owner())).contains("Peeked pendant", "Peeked", "0d", "RUSH");
    }

    // permissions: taking in a job needs Repairs.Create
    @Test
    void aViewerCannotTakeInAJob() throws Exception {
        mvc.perform(post("/services/work-orders").with(viewer.signedIn()).with(csrf()).param("orderType", "repair"))
                .andExpect(status().isForbidden());
    }

    // design §5: another tenant's job is a 404
    @Test
    void anotherTenantsJobIsNotFound() throws Exception {
        WorkOrderId id = job(other, "Foreign", "Foreign job", false, "J");
        mvc.perform(get("/services/work-orders/" + id).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }
}
