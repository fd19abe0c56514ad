package com.jeweltrak.services.messages;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Status messages proposed on a status change, their templates and Send / Skip (03-services §2 R4, §14; 10-settings). */
@IntegrationTest
class StatusMessageTests {

    static TestTenants.Tenant tenant;

    @Autowired TestTenants tenants;
    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingTheStatus status;
    @Autowired StatusMessages messages;
    @Autowired SendingAStatusMessage sending;
    @Autowired SavingAMessageTemplate saving;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("status-messages");
    }

    private <T> T as(TestTenants.Tenant t, Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), work);
    }

    private ContactId contact(TestTenants.Tenant t, String first, String company, ContactRole role) {
        return as(t, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name(first, "Client", company, null),
                Set.of(role), new Contact.Reach(first.toLowerCase() + "@example.com", null, "5551234567", null, null, null, null),
                null, null, null, null, null, false, false, null, null))));
    }

    private WorkOrderId job(TestTenants.Tenant t, OrderType type, ContactId vendor) {
        ContactId customer = type == OrderType.MANUFACTURING ? null : contact(t, "Carla", null, ContactRole.CUSTOMER);
        return as(t, () -> takingIn.takeIn(t.store(), new WorkOrderDetails(type, "J", customer, vendor, null, "Emerald pendant",
                null, null, null, null, null, null, false, null, null)));
    }

    private void move(TestTenants.Tenant t, WorkOrderId job, WorkOrderStatus to) {
        TenantContext.runAs(t.id(), t.owner().id(), () -> status.change(job, to));
    }

    private void jobAutomationOn(TestTenants.Tenant t) throws Exception {
        mvc.perform(post("/settings/features").with(t.owner().signedIn()).with(csrf())
                .param("key", "JOB_AUTOMATION").param("enabled", "true")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCustomJobProposesTheCustomerReviewMessageWithItsTokensFilled() {
        // 03-services §2 R4, R6; 10-settings §Custom Build messages R1, R5, R6: {BuildID} six digits, first name, store
        WorkOrderId job = job(tenant, OrderType.CUSTOM, null);
        move(tenant, job, WorkOrderStatus.CR);
        StatusMessage m = as(tenant, () -> messages.pending(job)).orElseThrow();
        String number = String.format("%06d", as(tenant, () -> workOrders.get(job)).number());
        assertThat(m.audience()).isEqualTo("CUSTOMER");
        assertThat(m.emailTo()).isEqualTo("carla@example.com");
        assertThat(m.emailBody()).contains("Hi Carla").contains(number).contains("Emerald pendant").doesNotContain("{");
        assertThat(m.smsBody()).contains(number);
    }

    @Test
    void theVendorQuoteRequestGoesToTheVendor() {
        // 10-settings §Custom Build messages table: AVQ → Vendor, {VendorName} is the company
        ContactId vendor = contact(tenant, "Vic", "Castings Co", ContactRole.VENDOR);
        WorkOrderId job = job(tenant, OrderType.CUSTOM, vendor);
        move(tenant, job, WorkOrderStatus.AVQ);
        StatusMessage m = as(tenant, () -> messages.pending(job)).orElseThrow();
        assertThat(m.audience()).isEqualTo("VENDOR");
        assertThat(m.emailTo()).isEqualTo("vic@example.com");
        assertThat(m.emailBody()).contains("Hello Castings Co");
    }

    @Test
    void onHoldShipsEmptySoNothingIsProposed() {
        // 10-settings §Custom Build messages R4: QN and OH ship with empty bodies
        WorkOrderId job = job(tenant, OrderType.CUSTOM, null);
        move(tenant, job, WorkOrderStatus.OH);
        assertThat(as(tenant, () -> messages.of(job))).isEmpty();
    }

    @Test
    void aRepairProposesNothingWhileJobAutomationIsOff() {
        // 03-services §14; 10-settings §Customizing Repair messages R1
        TestTenants.Tenant t = tenants.open("status-messages-off");
        WorkOrderId job = job(t, OrderType.REPAIR, null);
        move(t, job, WorkOrderStatus.CR);
        assertThat(as(t, () -> messages.of(job))).isEmpty();
    }

    @Test
    void aRepairProposesItsMessageWithJobAutomationOn() throws Exception {
        // 03-services §14; 10-settings §Customizing Repair messages R2, R4: {RepairID}
        TestTenants.Tenant t = tenants.open("status-messages-on");
        jobAutomationOn(t);
        WorkOrderId job = job(t, OrderType.REPAIR, null);
        move(t, job, WorkOrderStatus.CR);
        assertThat(as(t, () -> messages.pending(job))).hasValueSatisfying(m -> assertThat(m.subject()).contains("repair"));
    }

    @Test
    void aProductionJobNeverProposesAMessage() {
        // 03-services §14: production has no customer
        WorkOrderId job = job(tenant, OrderType.MANUFACTURING, null);
        move(tenant, job, WorkOrderStatus.IP);
        assertThat(as(tenant, () -> messages.of(job))).isEmpty();
    }

    @Test
    void aSavedOverrideIsWhatIsProposed() {
        // 10-settings §Custom Build messages R3: the override applies once saved
        TestTenants.Tenant t = tenants.open("status-messages-override");
        as(t, () -> {
            saving.save(OrderType.CUSTOM, WorkOrderStatus.IP, MessageChannel.EMAIL, "On the bench", "Dear {CustomerName}, we started.");
            return null;
        });
        WorkOrderId job = job(t, OrderType.CUSTOM, null);
        move(t, job, WorkOrderStatus.IP);
        assertThat(as(t, () -> messages.pending(job))).hasValueSatisfying(m -> {
            assertThat(m.subject()).isEqualTo("On the bench");
            assertThat(m.emailBody()).isEqualTo("Dear Carla Client, we started.");
        });
    }

    @Test
    void anUnknownTokenIsRefusedOnSave() {
        // 10-settings §Custom Build messages R9 (the brief: refused on save), naming the token
        assertThatThrownBy(() -> as(tenant, () -> {
            saving.save(OrderType.CUSTOM, WorkOrderStatus.RP, MessageChannel.SMS, null, "Hi {CustomerFirstNam}");
            return null;
        })).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("{CustomerFirstNam}");
    }

    @Test
    void repairMessagesAreNotEditedWhileJobAutomationIsOff() {
        // 10-settings §Customizing Repair messages R1
        TestTenants.Tenant t = tenants.open("status-messages-repair-off");
        assertThatThrownBy(() -> as(t, () -> {
            saving.save(OrderType.REPAIR, WorkOrderStatus.RP, MessageChannel.EMAIL, "x", "Ready");
            return null;
        })).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Job Automation");
    }

    @Test
    void sendingTheEmailQueuesItInTheOutboxAsEdited() {
        // 10-settings §Custom Build messages R11: editable before sending; e-mail through the outbox; logged on the job
        WorkOrderId job = job(tenant, OrderType.CUSTOM, null);
        move(tenant, job, WorkOrderStatus.CR);
        long id = as(tenant, () -> messages.pending(job)).orElseThrow().id();
        as(tenant, () -> sending.send(job, id, MessageChannel.EMAIL, "carla@example.com", "Edited subject", "Edited body"));
        StatusMessage m = as(tenant, () -> messages.of(job)).getFirst();
        assertThat(m.outcome()).isEqualTo(StatusMessage.Outcome.SENT);
        Long queued = as(tenant, () -> transactions.execute(s -> jdbc.sql("select count(*) from mail_outbox where related_type = "
                + "'work_order' and related_id = ? and subject = 'Edited subject'").param(job.value()).query(Long.class).single()));
        assertThat(queued).isEqualTo(1L);
    }

    @Test
    void anSmsWaitsForAnSmsProviderAndIsNeverMarkedSent() {
        // issue 9 point 3: SMS once Twilio exists — queue it, never pretend it was sent
        WorkOrderId job = job(tenant, OrderType.CUSTOM, null);
        move(tenant, job, WorkOrderStatus.CR);
        long id = as(tenant, () -> messages.pending(job)).orElseThrow().id();
        assertThat(as(tenant, () -> sending.send(job, id, MessageChannel.SMS, "5551234567", null, "Your quote is ready")))
                .isEqualTo(StatusMessage.Outcome.WAITING_FOR_SMS_PROVIDER);
        assertThat(as(tenant, () -> messages.pending(job))).isEmpty();
    }

    @Test
    void aSkippedMessageIsLoggedAndCannotBeSentAfterwards() {
        // 10-settings §Custom Build messages R11: may be skipped
        WorkOrderId job = job(tenant, OrderType.CUSTOM, null);
        move(tenant, job, WorkOrderStatus.CR);
        long id = as(tenant, () -> messages.pending(job)).orElseThrow().id();
        as(tenant, () -> {
            sending.skip(job, id);
            return null;
        });
        assertThat(as(tenant, () -> messages.of(job)).getFirst().outcome()).isEqualTo(StatusMessage.Outcome.SKIPPED);
        assertThatThrownBy(() -> as(tenant, () -> sending.send(job, id, MessageChannel.EMAIL, "carla@example.com", null, "x")))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already");
    }
}
