package com.jeweltrak.services.web;

import java.math.BigDecimal;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Deposits card, Create Invoice and /api/v1/work-orders/{id}/deposits, /invoice (03-services §3). */
@IntegrationTest
class WorkOrderDepositPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("deposit-pages");
        other = tenants.open("deposit-pages-other");
    }

    private WorkOrderId job(TestTenants.Tenant t, OrderType type) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> {
            ContactId customer = type == OrderType.MANUFACTURING ? null : transactions.execute(s -> contacts.add(Contact.draft(
                    new Contact.Name("Dana", "Deposit", null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null,
                    null, null, false, false, null, null)));
            return takingIn.takeIn(t.store(), new WorkOrderDetails(type, "J", customer, null, null, "Ring sizing",
                    null, null, new BigDecimal("300"), null, null, null, false, null, null));
        });
    }

    private String page(WorkOrderId id) throws Exception {
        return mvc.perform(get("/services/work-orders/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void takeDeposit(WorkOrderId id, String amount, String method, String reference) throws Exception {
        mvc.perform(post("/services/work-orders/" + id + "/deposits").with(tenant.owner().signedIn()).with(csrf())
                        .param("amount", amount).param("method", method).param("reference", reference))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/services/work-orders/" + id));
    }

    // 03-services §3 R2, R4: Record Deposit lists the deposit on the card, held
    @Test
    void aRecordedDepositShowsOnTheCard() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        takeDeposit(id, "125", "CHECK", "1042");
        assertThat(page(id)).contains("id=\"deposits\"").contains("$125.00").contains("1042").contains("Held: $125");
    }

    // 03-services §3 R2: a refused deposit comes back with the message beside the amount and what was typed kept
    @Test
    void aDepositOfNothingIsRefusedBesideTheAmount() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        String html = mvc.perform(post("/services/work-orders/" + id + "/deposits").with(tenant.owner().signedIn()).with(csrf())
                        .param("amount", "0").param("method", "CASH").param("notes", "kept note"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"depositAmountError\"").contains("more than 0").contains("kept note");
    }

    // 03-services §3 R3: the reference is labelled after the method
    @Test
    void theReferenceIsLabelledAfterTheMethod() throws Exception {
        assertThat(page(job(tenant, OrderType.REPAIR))).contains("data-reference-label=\"Check number\"")
                .contains("data-reference-label=\"Wire reference\"");
    }

    // 03-services §3 R1, R7: Create Invoice opens the invoice with the deposit applied; the card is gone afterwards
    @Test
    void createInvoiceOpensTheInvoiceAndHidesTheCard() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        takeDeposit(id, "100", "CASH", "");
        mvc.perform(post("/services/work-orders/" + id + "/invoice").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/sales/invoices/*"));
        String html = page(id);
        assertThat(html).doesNotContain("id=\"deposits\"").contains("id=\"jobInvoiceLink\"");
    }

    // 03-services §3 R8: a held deposit is refunded from the card
    @Test
    void aDepositIsRefundedFromTheCard() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        takeDeposit(id, "60", "CASH", "");
        String json = mvc.perform(get("/api/v1/work-orders/" + id + "/deposits").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        long deposit = ((Number) JsonPath.read(json, "$.deposits[0].id")).longValue();
        mvc.perform(post("/services/work-orders/" + id + "/deposits/" + deposit + "/refund").with(tenant.owner().signedIn())
                        .with(csrf()).param("method", "CASH"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(id)).contains("Refunded").contains("Held: $0");
    }

    // 03-services §3 R9: the deposit receipt is a PDF
    @Test
    void theDepositReceiptIsAPdf() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        takeDeposit(id, "60", "CASH", "");
        String json = mvc.perform(get("/api/v1/work-orders/" + id + "/deposits").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        long deposit = ((Number) JsonPath.read(json, "$.deposits[0].id")).longValue();
        byte[] pdf = mvc.perform(get("/services/work-orders/" + id + "/deposits/" + deposit + "/receipt.pdf")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    // 03-services §0: a production job has no customer, so no Deposits card
    @Test
    void aProductionJobHasNoDepositsCard() throws Exception {
        assertThat(page(job(tenant, OrderType.MANUFACTURING))).doesNotContain("id=\"deposits\"");
    }

    // 03-services §3 R2, R7 over the API: deposit taken (201), invoice created with it applied (201)
    @Test
    void theApiTakesADepositAndInvoicesTheJob() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        mvc.perform(post("/api/v1/work-orders/" + id + "/deposits").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"75\", \"method\": \"WIRE\", \"reference\": \"W1\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.amount").value("75.00"))
                .andExpect(jsonPath("$.status").value("HELD")).andExpect(jsonPath("$.referenceLabel").value("Wire reference"));
        mvc.perform(post("/api/v1/work-orders/" + id + "/invoice").with(tenant.owner().signedIn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.depositsApplied").value("75.00"));
        mvc.perform(get("/api/v1/work-orders/" + id + "/deposits").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deposits[0].status").value("APPLIED"))
                .andExpect(jsonPath("$.held").value("0.00"));
    }

    // 03-services §3 R2 over the API: a bad method is a 422 Problem
    @Test
    void theApiRefusesAnUnknownMethod() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        mvc.perform(post("/api/v1/work-orders/" + id + "/deposits").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"75\", \"method\": \"BITCOIN\"}"))
                .andExpect(status().is(422));
    }

    // design §5b: another tenant's job is a 404
    @Test
    void anotherTenantsJobIsNotFound() throws Exception {
        WorkOrderId id = job(other, OrderType.REPAIR);
        mvc.perform(get("/api/v1/work-orders/" + id + "/deposits").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/services/work-orders/" + id + "/deposits").with(tenant.owner().signedIn()).with(csrf())
                .param("amount", "10").param("method", "CASH")).andExpect(status().isNotFound());
    }

    // 03-services §3 R8, §14: cancelling a job that holds a deposit is refused on the page, saying what to do
    @Test
    void cancellingAJobHoldingADepositIsRefusedOnThePage() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        takeDeposit(id, "40", "CASH", "");
        String html = mvc.perform(post("/services/work-orders/" + id + "/status").with(tenant.owner().signedIn()).with(csrf())
                        .param("status", "cancelled"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("refund each deposit or move it to the customer&#39;s store credit");
    }
}
