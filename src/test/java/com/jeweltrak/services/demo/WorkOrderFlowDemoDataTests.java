package com.jeweltrak.services.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.services.SignatureKind;
import com.jeweltrak.services.WorkOrderDeposit;
import com.jeweltrak.services.WorkOrderDeposits;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderSignatures;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.messages.StatusMessage;
import com.jeweltrak.services.messages.StatusMessages;
import com.jeweltrak.services.quotes.QuoteVersion;
import com.jeweltrak.services.quotes.Quotes;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's work-order flow (issue 9 point 9; 03-services §3–§14), built by the real contributors in their order. */
@IntegrationTest
class WorkOrderFlowDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired WorkOrders workOrders;
    @Autowired WorkOrderDeposits deposits;
    @Autowired WorkOrderSignatures signatures;
    @Autowired StatusMessages messages;
    @Autowired Quotes quotes;
    @Autowired Invoices invoices;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    record Built(Map<String, WorkOrderId> jobs, Map<WorkOrderId, List<WorkOrderDeposit>> deposits, List<QuoteVersion> quotes,
                 boolean intakeSigned, List<StatusMessage> messages, WorkOrderId warrantyOf, BigDecimal invoiceBalance,
                 long templates) {
    }

    // issue 9 point 9: deposits held on two jobs, one job invoiced with its deposit applied, a custom job quoted v1/v2,
    // a warranty redo, an intake signature, a message proposed and sent — and the standard templates not doubled
    @Test
    void theDemoBuildsTheWorkOrderFlow() {
        TestTenants.Tenant tenant = tenants.open("work-order-flow-demo");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        Built built = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contributors.stream().filter(c -> c.order() <= 100 || c.getClass().getPackageName().startsWith("com.jeweltrak.services"))
                    .sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, DemoSize.SMALL));
            Map<String, WorkOrderId> jobs = new java.util.HashMap<>();
            for (String piece : List.of(WorkOrderFlowDemoData.HELD_REPAIR, WorkOrderFlowDemoData.QUOTED_CUSTOM,
                    WorkOrderFlowDemoData.INVOICED_REPAIR, WorkOrderFlowDemoData.WARRANTY_ORIGINAL, WorkOrderFlowDemoData.WARRANTY_REDO)) {
                jobs.put(piece, new WorkOrderId(jdbc.sql("select id from work_order where description = ?").param(piece)
                        .query(Long.class).single()));
            }
            Map<WorkOrderId, List<WorkOrderDeposit>> held = new java.util.HashMap<>();
            jobs.values().forEach(id -> held.put(id, deposits.of(id)));
            WorkOrderId invoiced = jobs.get(WorkOrderFlowDemoData.INVOICED_REPAIR);
            long invoice = deposits.invoiceOf(invoiced).orElseThrow();
            BigDecimal balance = invoices.get(new InvoiceId(invoice)).balance();
            return new Built(jobs, held, quotes.of(jobs.get(WorkOrderFlowDemoData.QUOTED_CUSTOM)),
                    signatures.find(jobs.get(WorkOrderFlowDemoData.HELD_REPAIR), SignatureKind.INTAKE).isPresent(),
                    messages.of(jobs.get(WorkOrderFlowDemoData.QUOTED_CUSTOM)),
                    workOrders.get(jobs.get(WorkOrderFlowDemoData.WARRANTY_REDO)).warrantyOf(), balance,
                    jdbc.sql("select count(*) from job_template").query(Long.class).single());
        }));
        // §3: two jobs hold their deposits
        assertThat(built.deposits().get(built.jobs().get(WorkOrderFlowDemoData.HELD_REPAIR))).anyMatch(WorkOrderDeposit::held);
        assertThat(built.deposits().get(built.jobs().get(WorkOrderFlowDemoData.QUOTED_CUSTOM))).anyMatch(WorkOrderDeposit::held);
        // §3 R7: the invoiced job's deposit is applied; the invoice's balance is the price less the deposit
        assertThat(built.deposits().get(built.jobs().get(WorkOrderFlowDemoData.INVOICED_REPAIR))).isNotEmpty()
                .noneMatch(WorkOrderDeposit::held);
        assertThat(built.invoiceBalance()).isEqualByComparingTo("80.00");
        // §4: v1 and v2
        assertThat(built.quotes()).extracting(QuoteVersion::version).containsExactlyInAnyOrder(1, 2);
        // §10: the redo points at the original
        assertThat(built.warrantyOf()).isEqualTo(built.jobs().get(WorkOrderFlowDemoData.WARRANTY_ORIGINAL));
        // §5: the intake signature
        assertThat(built.intakeSigned()).isTrue();
        // §14: a message proposed and sent
        assertThat(built.messages()).extracting(StatusMessage::outcome).contains(StatusMessage.Outcome.SENT);
        // §8 R3: opening the tenant seeded the 14 standard templates; the demo's seeding added none
        assertThat(built.templates()).isEqualTo(14);
    }
}
