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
import com.jeweltrak.services.quotes.RevisingTheQuote;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Quote History card, the Quote PDF and /api/v1/work-orders/{id}/quotes (03-services §4). */
@IntegrationTest
class WorkOrderQuotePagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired RevisingTheQuote revising;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("quote-pages");
        other = tenants.open("quote-pages-other");
    }

    private WorkOrderId job(TestTenants.Tenant t, OrderType type) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> {
            ContactId customer = transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Cara", "Custom", null, null),
                    Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null)));
            return takingIn.takeIn(t.store(), new WorkOrderDetails(type, "J", customer, null, null, "Bespoke pendant",
                    null, null, null, null, null, null, false, null, null));
        });
    }

    private void revise(TestTenants.Tenant t, WorkOrderId id, String amount) {
        TenantContext.callAs(t.id(), t.owner().id(), () -> revising.revise(id, new BigDecimal(amount), null));
    }

    private String page(WorkOrderId id) throws Exception {
        return mvc.perform(get("/services/work-orders/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    // 03-services §4 R2, R4 worked example: three saved versions, the card reads "Current quote $4,250 (v3)"
    @Test
    void theCardShowsTheCurrentQuoteWithItsVersionBadge() throws Exception {
        WorkOrderId id = job(tenant, OrderType.CUSTOM);
        for (String amount : new String[] {"3800", "4100", "4250.00"}) {
            mvc.perform(post("/services/work-orders/" + id + "/quotes").with(tenant.owner().signedIn()).with(csrf())
                            .param("amount", amount).param("notes", "Revision at " + amount))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/services/work-orders/" + id));
        }
        assertThat(page(id)).contains("Current quote $4,250 (v3)").contains("Revision at 4100").contains("id=\"quotePdf\"")
                .contains("Revise it in the Quote History card.");
    }

    // 03-services §4 R1: no Quote History card on a repair
    @Test
    void aRepairHasNoQuoteHistoryCard() throws Exception {
        assertThat(page(job(tenant, OrderType.REPAIR))).doesNotContain("id=\"quoteHistory\"");
    }

    // 03-services §4 R5: the Quote PDF button exactly when there is a price quoted
    @Test
    void theQuotePdfButtonShowsOnlyWithAPriceQuoted() throws Exception {
        WorkOrderId id = job(tenant, OrderType.CUSTOM);
        assertThat(page(id)).contains("id=\"quoteHistory\"").doesNotContain("id=\"quotePdf\"");
        mvc.perform(get("/services/work-orders/" + id + "/quote.pdf").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        revise(tenant, id, "900");
        mvc.perform(get("/services/work-orders/" + id + "/quote.pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().contentType(MediaType.APPLICATION_PDF));
    }

    // design §5: a revision without an amount is refused beside the amount (422), notes kept
    @Test
    void aRevisionWithoutAnAmountIsRefusedBesideTheField() throws Exception {
        WorkOrderId id = job(tenant, OrderType.CUSTOM);
        String html = mvc.perform(post("/services/work-orders/" + id + "/quotes").with(tenant.owner().signedIn()).with(csrf())
                        .param("amount", "").param("notes", "Kept note"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"quoteAmountError\"").contains("Type the quoted amount.").contains("Kept note");
    }

    // 03-services §4 API: versions listed, a revision saved, the PDF served; money as strings
    @Test
    void theApiListsAndSavesVersions() throws Exception {
        WorkOrderId id = job(tenant, OrderType.CUSTOM);
        mvc.perform(post("/api/v1/work-orders/" + id + "/quotes").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"1500\", \"notes\": \"v1\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].amount").value("1500.00"));
        String json = mvc.perform(get("/api/v1/work-orders/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.priceQuoted")).isEqualTo("1500.00");
        mvc.perform(get("/api/v1/work-orders/" + id + "/quote-pdf").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/work-orders/" + id + "/quote/email").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toAddress\": \"cara@example.com\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sentTo").value("cara@example.com"));
    }

    // design §5b: a repair's revision is 422 over the API
    @Test
    void aRepairsRevisionIs422OverTheApi() throws Exception {
        WorkOrderId id = job(tenant, OrderType.REPAIR);
        mvc.perform(post("/api/v1/work-orders/" + id + "/quotes").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"15\"}")).andExpect(status().isUnprocessableEntity());
    }

    // design §4: another tenant's job's quotes are a 404
    @Test
    void anotherTenantsQuotesAreNotFound() throws Exception {
        WorkOrderId theirs = job(other, OrderType.CUSTOM);
        revise(other, theirs, "999");
        mvc.perform(get("/api/v1/work-orders/" + theirs + "/quotes").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/services/work-orders/" + theirs + "/quote.pdf").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }
}
