package com.jeweltrak.services.web;

import java.util.Set;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Print ▾ / Download ▾ with the three copies (03-services §9 R1, R5), on the page and over the API. */
@IntegrationTest
class WorkOrderCopyPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("copy-pages");
        other = tenants.open("copy-pages-other");
    }

    private WorkOrderId job(TestTenants.Tenant t) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> {
            ContactId customer = transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Pia", "Print", null, null),
                    Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null)));
            return takingIn.takeIn(t.store(), new WorkOrderDetails(OrderType.REPAIR, "J", customer, null, null, "Ring",
                    null, null, null, null, null, null, false, null, null));
        });
    }

    // 03-services §9 R1: the header offers Print and Download, each with the three copies
    @Test
    void theHeaderOffersTheThreeCopiesToPrintAndDownload() throws Exception {
        WorkOrderId id = job(tenant);
        String html = mvc.perform(get("/services/work-orders/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"printCopies\"").contains("id=\"downloadCopies\"")
                .contains("copy.pdf?audience=counter").contains("copy.pdf?audience=bench").contains("copy.pdf?audience=customer")
                .contains("audience=bench&amp;download=true");
    }

    // 03-services §9 R5: Print opens the copy inline; Download saves WO-<number>-bench.pdf
    @Test
    void downloadSavesTheCopyAsANamedPdf() throws Exception {
        WorkOrderId id = job(tenant);
        mvc.perform(get("/services/work-orders/" + id + "/copy.pdf").param("audience", "bench").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        mvc.perform(get("/services/work-orders/" + id + "/copy.pdf").param("audience", "bench").param("download", "true")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment"), org.hamcrest.Matchers.containsString("-bench.pdf"))));
    }

    // design §5b: the API serves the copies; an unknown audience is 422
    @Test
    void theApiServesACopyAndRefusesAnUnknownAudience() throws Exception {
        WorkOrderId id = job(tenant);
        mvc.perform(get("/api/v1/work-orders/" + id + "/copy").param("audience", "customer").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/v1/work-orders/" + id + "/copy").param("audience", "vendor").with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableEntity());
    }

    // design §4: another tenant's job prints nothing: 404
    @Test
    void anotherTenantsJobsCopyIsNotFound() throws Exception {
        WorkOrderId theirs = job(other);
        mvc.perform(get("/services/work-orders/" + theirs + "/copy.pdf").param("audience", "counter").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
