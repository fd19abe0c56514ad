package com.jeweltrak.services.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The warranty badge, Create Warranty Redo, the redo form's banner and the redo API (03-services §10 R5–R8). */
@IntegrationTest
class WorkOrderWarrantyPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingTheStatus status;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("warranty-pages");
        other = tenants.open("warranty-pages-other");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/New_York"));
    }

    private WorkOrderId job(TestTenants.Tenant t, LocalDate intake, Integer warrantyDays, boolean pickUp) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> {
            ContactId customer = transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Rhea", "Redo", null, null),
                    Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null)));
            WorkOrderId id = takingIn.takeIn(t.store(), new WorkOrderDetails(OrderType.REPAIR, "J", customer, null, null,
                    "Chain solder", null, null, new BigDecimal("30.00"), null, intake, null, false, null, null), warrantyDays);
            if (pickUp) {
                status.change(id, WorkOrderStatus.RP);
                status.change(id, WorkOrderStatus.PICKED_UP);
            }
            return id;
        });
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    // 03-services §10 R5: green "Warranty: YYYY-MM-DD" while it runs
    @Test
    void aRunningWarrantyShowsItsExpiryInAGreenBadge() throws Exception {
        WorkOrderId id = job(tenant, today(), 90, false);
        assertThat(page("/services/work-orders/" + id)).contains("text-bg-success")
                .contains("Warranty: " + today().plusDays(90));
    }

    // 03-services §10 R5: gray "Warranty expired" after the date
    @Test
    void anExpiredWarrantyShowsAGrayBadge() throws Exception {
        WorkOrderId id = job(tenant, today().minusDays(60), 30, false);
        assertThat(page("/services/work-orders/" + id)).contains("Warranty expired").contains("text-bg-secondary");
    }

    // 03-services §10 R6: Create Warranty Redo only on a picked-up job
    @Test
    void theRedoButtonShowsOnlyOnAPickedUpJob() throws Exception {
        assertThat(page("/services/work-orders/" + job(tenant, today(), 90, false))).doesNotContain("id=\"createRedo\"");
        WorkOrderId picked = job(tenant, today(), 90, true);
        assertThat(page("/services/work-orders/" + picked)).contains("id=\"createRedo\"")
                .contains("/services/work-orders/new?warrantyOf=" + picked);
    }

    // 03-services §10 R7: inside the window a green banner names the original and its expiry; the price defaults to $0
    @Test
    void theRedoFormInsideTheWindowIsGreenAndFree() throws Exception {
        WorkOrderId original = job(tenant, today().minusDays(10), 90, true);
        long number = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(original)).number();
        String form = page("/services/work-orders/new?warrantyOf=" + original);
        assertThat(form).contains("alert-success").contains("Warranty redo of work order " + number)
                .contains(today().plusDays(80).toString()).contains("name=\"unitPrice\" value=\"0.00\"")
                .contains("name=\"warrantyOf\" value=\"" + original + "\"");
    }

    // 03-services §10 R7: after the window the banner is amber with the expiry date, and the price is not $0
    @Test
    void theRedoFormAfterTheWindowIsAmberAndNotFree() throws Exception {
        WorkOrderId original = job(tenant, today().minusDays(100), 30, true);
        String form = page("/services/work-orders/new?warrantyOf=" + original);
        assertThat(form).contains("alert-warning").contains("has passed").contains(today().minusDays(70).toString())
                .doesNotContain("name=\"unitPrice\" value=\"0.00\"");
    }

    // issue 9 bad input: saving a $0 redo after the window is refused beside the price, with the reason (422)
    @Test
    void savingAFreeRedoAfterTheWindowIsRefusedBesideThePrice() throws Exception {
        WorkOrderId original = job(tenant, today().minusDays(100), 30, true);
        WorkOrder read = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(original));
        String html = mvc.perform(post("/services/work-orders").with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("stockType", "J").param("customerId", read.customer().toString())
                        .param("description", "Redo, typed").param("unitPrice", "0").param("warrantyOf", original.toString()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"unitPriceError\"").contains("ended on " + today().minusDays(70))
                .contains("Redo, typed").contains("alert-warning");
    }

    // 03-services §10 R8: a saved redo links to its original, which lists it; the redo's badge is amber
    @Test
    void aSavedRedoIsListedOnTheOriginalAndShowsTheRedoBadge() throws Exception {
        WorkOrderId original = job(tenant, today(), 90, true);
        WorkOrder read = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(original));
        String location = mvc.perform(post("/services/work-orders").with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("stockType", "J").param("customerId", read.customer().toString())
                        .param("description", "Redo of the solder").param("unitPrice", "0.00").param("warrantyOf", original.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String redoId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(page("/services/work-orders/" + original)).contains("id=\"redos\"").contains("/services/work-orders/" + redoId);
        assertThat(page("/services/work-orders/" + redoId)).contains("Warranty Redo ↗").contains("text-bg-warning")
                .doesNotContain("id=\"createRedo\"");
    }

    // 03-services §10 API: a redo opened over the API defaults to $0 inside the window; the original lists it
    @Test
    void theApiOpensARedoAndListsIt() throws Exception {
        WorkOrderId original = job(tenant, today(), 30, true);
        mvc.perform(post("/api/v1/work-orders/" + original + "/warranty-redo").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.warrantyOfId").value(original.value()))
                .andExpect(jsonPath("$.unitPrice").value("0.00"));
        mvc.perform(get("/api/v1/work-orders/" + original + "/redos").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
    }

    // issue 9 bad input over the API: a $0 redo after the window is 422 with the reason
    @Test
    void theApiRefusesAFreeRedoAfterTheWindow() throws Exception {
        WorkOrderId original = job(tenant, today().minusDays(100), 30, true);
        mvc.perform(post("/api/v1/work-orders/" + original + "/warranty-redo").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitPrice\": \"0\"}"))
                .andExpect(status().isUnprocessableEntity());
    }

    // design §4: another tenant's job cannot be redone: 404 on the form and over the API
    @Test
    void anotherTenantsJobCannotBeRedone() throws Exception {
        WorkOrderId theirs = job(other, today(), 90, true);
        mvc.perform(get("/services/work-orders/new?warrantyOf=" + theirs).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/work-orders/" + theirs + "/warranty-redo").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
    }

    // 03-services §10 R2, R3: the warranty days typed on the detail page set the expiry from the intake date
    @Test
    void warrantyDaysTypedOnTheDetailPageSetTheExpiry() throws Exception {
        WorkOrderId id = job(tenant, LocalDate.of(2026, 7, 16), null, false);
        WorkOrder read = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(id));
        mvc.perform(post("/services/work-orders/" + id).with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("stockType", "J").param("customerId", read.customer().toString())
                        .param("description", "Chain solder").param("unitPrice", "30.00").param("intakeDate", "2026-07-16")
                        .param("warrantyDays", "30"))
                .andExpect(status().is3xxRedirection());
        assertThat(TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(id)).warrantyExpiresAt())
                .isEqualTo(LocalDate.of(2026, 8, 15));
    }
}
