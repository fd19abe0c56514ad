package com.jeweltrak.sales.web;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Returns, refunds and store credit over the API (02-sales §Returns and Exchanges; 08 §Store Credits; design §5b). */
@IntegrationTest
class ReturnsApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("returns-api");
        other = tenants.open("returns-api-other");
    }

    private long firstLine(InvoiceId id) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select id from invoice_line where invoice_id = ? order by id limit 1").param(id.value()).query(Long.class).single()));
    }

    // R2, R12 over the API: a line with sourceLineId is a return line, negative, with the source's numbers
    @Test
    void aLineWithASourceLineIsAReturnLine() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Api");
        InvoiceId sale = returns.soldFor(tenant, customer, "210.00");
        InvoiceId back = returns.openFor(tenant, customer);
        mvc.perform(post("/api/v1/invoices/" + back + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceLineId\": " + firstLine(sale) + ", \"quantity\": \"-1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].quantity").value("-1"))
                .andExpect(jsonPath("$.lines[0].net").value("-210.00"))
                .andExpect(jsonPath("$.lines[0].sourceLineId").value(firstLine(sale)))
                .andExpect(jsonPath("$.totals.balance").value("-210.00"));
    }

    // R10 over the API: 422 Problem Details naming the numbers
    @Test
    void aReturnBeyondWhatWasSoldIs422() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Api2");
        InvoiceId sale = returns.soldFor(tenant, customer, "10.00");
        InvoiceId back = returns.openFor(tenant, customer);
        String body = mvc.perform(post("/api/v1/invoices/" + back + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceLineId\": " + firstLine(sale) + ", \"quantity\": \"3\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Only 1", "sold 1");
    }

    // R5, R6 over the API: a refund is a negative payment row; the balance is then 0.00
    @Test
    void aRefundIsANegativePaymentRowAndSettlesTheBalance() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Api3");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "45.00"));
        mvc.perform(post("/api/v1/invoices/" + back + "/refunds").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"CASH\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.payments[0].amount").value("-45.00"))
                .andExpect(jsonPath("$.payments[0].refund").value(true))
                .andExpect(jsonPath("$.totals.balance").value("0.00"));
    }

    // 08 §Store Credits R3: the customer's store credit — balance and each credit with its source invoice
    @Test
    void theStoreCreditOfACustomerShowsItsBalanceAndCredits() throws Exception {
        ContactId customer = returns.anotherCustomer(tenant, "Api4");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "65.00"));
        mvc.perform(post("/api/v1/invoices/" + back + "/refunds").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"STORE_CREDIT\", \"amount\": \"65.00\"}"))
                .andExpect(status().isCreated());
        String body = mvc.perform(get("/api/v1/contacts/" + customer.value() + "/store-credit").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value("65.00"))
                .andExpect(jsonPath("$.credits[0].remaining").value("65.00"))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.credits[0].sourceInvoiceId")).longValue()).isEqualTo(back.value());
    }

    // another tenant's contact is a 404
    @Test
    void anotherTenantsContactsStoreCreditIsNotFound() throws Exception {
        ContactId theirs = fixtures.customer(other);
        mvc.perform(get("/api/v1/contacts/" + theirs.value() + "/store-credit").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
