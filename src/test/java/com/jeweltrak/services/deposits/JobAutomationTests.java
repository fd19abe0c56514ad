package com.jeweltrak.services.deposits;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingADeposit;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDeposits;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ready for pickup invoices the job only with Job Automation on (03-services §1 R11, §3 R7, §14; decision 9). */
@IntegrationTest
class JobAutomationTests {

    @Autowired TestTenants tenants;
    @Autowired MockMvc mvc;
    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingTheStatus status;
    @Autowired TakingADeposit taking;
    @Autowired WorkOrderDeposits deposits;
    @Autowired Invoices invoices;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    private <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    /** A repair at 200.00 with a 50.00 cash deposit, on the bench (IP). */
    private WorkOrderId jobOnTheBench(TestTenants.Tenant tenant) {
        ContactId customer = as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Ada",
                "Auto", null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null))));
        WorkOrderId job = as(tenant, () -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J", customer,
                null, null, "Solder chain", null, null, new BigDecimal("200"), null, null, null, false, null, null)));
        as(tenant, () -> taking.take(job, new TakingADeposit.Request(new BigDecimal("50"), DepositMethod.CASH, null, null)));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> status.change(job, WorkOrderStatus.IP));
        return job;
    }

    @Test
    void withJobAutomationOffReadyForPickupMakesNoInvoice() {
        // 10-settings §Features R1: every flag is off for a new tenant; 03-services §14: staff use Create Invoice then
        TestTenants.Tenant tenant = tenants.open("automation-off");
        WorkOrderId job = jobOnTheBench(tenant);
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> status.change(job, WorkOrderStatus.RP));
        assertThat(as(tenant, () -> deposits.invoiceOf(job))).isEmpty();
        assertThat(as(tenant, () -> deposits.held(job))).isEqualByComparingTo("50");
    }

    @Test
    void withJobAutomationOnReadyForPickupInvoicesTheJobWithItsDeposits() throws Exception {
        // 03-services §1 R11, §3 R7: the invoice is auto-created with every deposit applied
        TestTenants.Tenant tenant = tenants.open("automation-on");
        mvc.perform(post("/settings/features").with(tenant.owner().signedIn()).with(csrf())
                .param("key", "JOB_AUTOMATION").param("enabled", "true")).andExpect(status().is3xxRedirection());
        WorkOrderId job = jobOnTheBench(tenant);
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> status.change(job, WorkOrderStatus.RP));
        Long invoice = as(tenant, () -> deposits.invoiceOf(job)).orElseThrow();
        assertThat(as(tenant, () -> invoices.get(new InvoiceId(invoice))).paid()).isEqualByComparingTo("50.00");
        assertThat(as(tenant, () -> deposits.held(job))).isEqualByComparingTo("0");
    }
}
