package com.jeweltrak.services.web;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The proposed-message card, the message editors and their API (03-services §14; 10-settings message templates). */
@IntegrationTest
class WorkOrderMessagePagesTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("message-pages");
    }

    private WorkOrderId customJob() {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> {
            ContactId customer = transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Mina", "Message", null, null),
                    Set.of(ContactRole.CUSTOMER), new Contact.Reach("mina@example.com", null, null, null, null, null, null),
                    null, null, null, null, null, false, false, null, null)));
            return takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.CUSTOM, "J", customer, null, null, "Bespoke ring",
                    null, null, null, null, null, null, false, null, null));
        });
    }

    private String page(WorkOrderId id) throws Exception {
        return mvc.perform(get("/services/work-orders/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void changeStatus(WorkOrderId id, String to) throws Exception {
        mvc.perform(post("/services/work-orders/" + id + "/status").with(tenant.owner().signedIn()).with(csrf()).param("status", to))
                .andExpect(status().is3xxRedirection());
    }

    // 03-services §2 R4, §14: changing status proposes the message as an editable preview; SMS says it is not sent
    @Test
    void aStatusChangeShowsTheProposedMessageWithSendAndSkip() throws Exception {
        WorkOrderId id = customJob();
        changeStatus(id, "customer_review");
        assertThat(page(id)).contains("id=\"statusMessage\"").contains("Hi Mina").contains("id=\"sendEmailMessage\"")
                .contains("id=\"skipMessage\"").contains("not sent");
    }

    // 10-settings §Custom Build messages R11: sent from the page, logged on the job
    @Test
    void sendingFromThePageLogsItOnTheJob() throws Exception {
        WorkOrderId id = customJob();
        changeStatus(id, "customer_review");
        String json = mvc.perform(get("/api/v1/work-orders/" + id + "/messages").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long message = ((Number) JsonPath.read(json, "$[0].id")).longValue();
        mvc.perform(post("/services/work-orders/" + id + "/message/send").with(tenant.owner().signedIn()).with(csrf())
                        .param("messageId", Long.toString(message)).param("channel", "EMAIL").param("to", "mina@example.com")
                        .param("subject", "Your quote").param("body", "Hello Mina"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(id)).doesNotContain("id=\"statusMessage\"").contains("id=\"messageLog\"").contains("queued to the outbox");
    }

    // 10-settings §Custom Build messages R11: a refused send keeps what was typed
    @Test
    void aSendWithoutAnAddressIsRefusedKeepingTheText() throws Exception {
        WorkOrderId id = customJob();
        changeStatus(id, "customer_review");
        String json = mvc.perform(get("/api/v1/work-orders/" + id + "/messages").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        long message = ((Number) JsonPath.read(json, "$[0].id")).longValue();
        String html = mvc.perform(post("/services/work-orders/" + id + "/message/send").with(tenant.owner().signedIn()).with(csrf())
                        .param("messageId", Long.toString(message)).param("channel", "EMAIL").param("to", "")
                        .param("subject", "S").param("body", "My own words"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"messageError\"").contains("My own words");
    }

    // 10-settings §Custom Build messages: the editor lists the statuses with both slots and the tokens
    @Test
    void theCustomBuildMessagesEditorListsEachStatusAndChannel() throws Exception {
        String html = mvc.perform(get("/settings/custom-build-messages").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"template-AVQ-EMAIL\"").contains("id=\"template-RP-SMS\"").contains("{BuildID}");
    }

    // 10-settings §Customizing Repair messages R1: "not available" while Job Automation is off
    @Test
    void repairMessagesAreNotAvailableWithoutJobAutomation() throws Exception {
        assertThat(mvc.perform(get("/settings/repair-messages").with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"notAvailable\"");
    }

    // 10-settings §Custom Build messages R9 over the API: an unknown token is a 422; a good one is saved
    @Test
    void theTemplatesApiSavesAndRefusesUnknownTokens() throws Exception {
        mvc.perform(put("/api/v1/work-order-message-templates").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"custom\", \"status\": \"RP\", \"channel\": \"SMS\", \"body\": \"Hi {Nickname}\"}"))
                .andExpect(status().is(422));
        mvc.perform(put("/api/v1/work-order-message-templates").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"custom\", \"status\": \"OH\", \"channel\": \"SMS\", \"body\": \"Paused: {BuildID}\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/work-order-message-templates?kind=custom").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.status == 'on_hold' && @.channel == 'SMS')].body").value("Paused: {BuildID}"));
    }
}
