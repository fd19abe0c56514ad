package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Payments on account over the API (08-accounting §Applying Payments, §Voiding Payments; design §4 idempotency). */
@IntegrationTest
class CustomerPaymentsApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired OpeningAnInvoice opening;
    @Autowired FinalizingAnInvoice finalizing;

    TestTenants.Tenant tenant;
    ContactId customer;
    LocalDate today;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("payments-api");
        customer = fixtures.customer(tenant);
        today = LocalDate.now(ZoneId.of("America/New_York"));
    }

    private InvoiceId finalized(LocalDate date, String price) {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null,
                date, null, null, null, null, false)));
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private String body(String amount, String extra) {
        return "{\"customerId\": " + customer + ", \"storeId\": " + tenant.store() + ", \"amount\": \"" + amount
                + "\", \"method\": \"CHECK\", \"checkNumber\": \"1234\"" + extra + "}";
    }

    // §Applying Payments R2, R4: oldest first; the rest is credit on account; money as strings
    @Test
    void aPaymentIsReceivedOldestFirstWithTheRestAsCredit() throws Exception {
        InvoiceId older = finalized(today.minusDays(3), "100.00");
        InvoiceId newer = finalized(today, "100.00");

        String created = mvc.perform(post("/api/v1/customer-payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("250", "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("250.00"))
                .andExpect(jsonPath("$.unapplied").value("50.00"))
                .andExpect(jsonPath("$.applications.length()").value(2))
                .andExpect(jsonPath("$.applications[0].invoiceId").value(older.value()))
                .andExpect(jsonPath("$.applications[1].invoiceId").value(newer.value()))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/v1/customer-payments/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkNumber").value("1234"));
        mvc.perform(get("/api/v1/customer-payments").param("customerId", customer.toString()).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/contacts/" + customer + "/credit-on-account").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.creditOnAccount").value("50.00"));
    }

    // issue 10 bad input: applying more than the payment → 422 with the reason
    @Test
    void applyingMoreThanThePaymentIs422() throws Exception {
        InvoiceId a = finalized(today, "300.00");
        InvoiceId b = finalized(today, "300.00");
        mvc.perform(post("/api/v1/customer-payments").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("500", ", \"mode\": \"MANUAL\", \"applications\": [{\"invoiceId\": " + a
                                + ", \"amount\": \"300\"}, {\"invoiceId\": " + b + ", \"amount\": \"220\"}]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The applications add up to 520.00, more than the 500.00 received."));
    }

    // design §4: a retried payment is received once
    @Test
    void aRetriedPaymentIsReceivedOnce() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/customer-payments").header("Idempotency-Key", "receipt-" + customer)
                            .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content(body("40", "")))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/customer-payments").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    // §Voiding Payments R5, R7, R10: void as NSF with a fee; a second void is 409
    @Test
    void aPaymentIsVoidedAsNsfWithAFeeAndNotTwice() throws Exception {
        InvoiceId invoice = finalized(today, "100.00");
        String created = mvc.perform(post("/api/v1/customer-payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("100", "")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(post("/api/v1/customer-payments/" + id + "/void").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"NSF\", \"nsfFee\": \"25\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voided").value(true))
                .andExpect(jsonPath("$.voidKind").value("NSF"))
                .andExpect(jsonPath("$.nsfFeeInvoiceId").isNumber());
        mvc.perform(get("/api/v1/invoices/" + invoice).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totals.balance").value("100.00"));
        mvc.perform(post("/api/v1/customer-payments/" + id + "/void").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"NSF\"}"))
                .andExpect(status().isConflict());
    }

    // §Voiding Payments R8: voiding needs CanVoidTransactions
    @Test
    void aClerkWithoutVoidRightsCannotVoid() throws Exception {
        var clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        String created = mvc.perform(post("/api/v1/customer-payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("10", "")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        int status = mvc.perform(post("/api/v1/customer-payments/" + id + "/void").with(clerk.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"NSF\"}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    // §Applying Payments R6: applying credit when no finalized invoice of the customer owes anything is refused (422)
    @Test
    void applyingCreditWithNothingOwedIs422() throws Exception {
        String created = mvc.perform(post("/api/v1/customer-payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("30", "")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/customer-payments/" + id + "/apply").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The customer has no finalized invoice that owes anything."));
    }

    // decision 7: a user sees only the receipts of the stores they may see — the list leaves the others out, one is 404,
    // and so is its page
    @Test
    void aReceiptOfAStoreTheUserMayNotSeeIsAbsent(@Autowired TestTenants tenants,
                                                  @Autowired com.jeweltrak.sales.ReceivingAPayment receiving) throws Exception {
        var uptown = tenants.addStore(tenant, "Uptown");
        var clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store()));
        long mine = receipt(receiving, tenant.store());
        long theirs = receipt(receiving, uptown);

        mvc.perform(get("/api/v1/customer-payments").param("size", "200").with(clerk.signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[?(@.id == " + mine + ")]").exists())
                .andExpect(jsonPath("$.content[?(@.id == " + theirs + ")]").doesNotExist());
        mvc.perform(get("/api/v1/customer-payments").param("customerId", customer.toString()).with(clerk.signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/customer-payments/" + mine).with(clerk.signedIn())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customer-payments/" + theirs).with(clerk.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/accounting/payments/" + mine).with(clerk.signedIn())).andExpect(status().isOk());
        mvc.perform(get("/accounting/payments/" + theirs).with(clerk.signedIn())).andExpect(status().isNotFound());
        // the owner sees every store (CanViewAllStores)
        mvc.perform(get("/api/v1/customer-payments/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isOk());
    }

    private long receipt(com.jeweltrak.sales.ReceivingAPayment receiving, com.jeweltrak.platform.tenancy.StoreId store) {
        return fixtures.as(tenant, () -> receiving.receive(new com.jeweltrak.sales.ReceivingAPayment.Request(customer, store,
                new java.math.BigDecimal("25.00"), null, com.jeweltrak.sales.PaymentMethod.CASH, null, null, null, null, null,
                null, com.jeweltrak.sales.ReceivingAPayment.Mode.OLDEST_FIRST, List.of()))).value();
    }
}
