package com.jeweltrak.sales.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's sales, made in a tenant holding a few rings and one customer, in one transaction as the demo start runs. */
@IntegrationTest
class SalesDemoDataTests {

    static TestTenants.Tenant tenant;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Books books;

    @BeforeAll
    static void makeTheDemoSales(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures,
                                 @Autowired SalesDemoData sales, @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("sales-demo");
        fixtures.customer(tenant);
        for (int i = 0; i < 16; i++) fixtures.ring(tenant);
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(
                s -> sales.contribute(demo, DemoSize.SMALL)));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    // issue 6: the demo shows invoices in every state the counter meets — finalized, open with a deposit, voided
    @Test
    void theDemoHasFinalizedOpenAndVoidedInvoices() {
        Map<String, Long> byStatus = as(() -> jdbc.sql("select status, count(*) from invoice group by status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(byStatus).containsKeys("FINALIZED", "OPEN", "VOIDED");
        assertThat(as(() -> jdbc.sql("select count(*) from invoice_payment").query(Long.class).single())).isPositive();
    }

    // design §4: the demo's books agree with its documents — balanced, AR per customer = its control account
    @Test
    void theDemoBooksBalanceAndArReconciles() {
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
        assertThat(as(() -> books.arControlTotal())).isPositive();
    }

    // issue 7 point 7: the demo has a few returns and a few trade-ins, each piece taken in received into stock
    @Test
    void theDemoHasReturnsAndTradeIns() {
        assertThat(as(() -> jdbc.sql("select count(*) from invoice_line where source_line_id is not null")
                .query(Long.class).single())).isPositive();
        assertThat(as(() -> jdbc.sql("select count(*) from invoice_line where kind = 'TRADE_IN' and trade_in_item_id is not null")
                .query(Long.class).single())).isPositive();
        assertThat(as(() -> jdbc.sql("select count(*) from invoice_line where trade_concession > 0")
                .query(Long.class).single())).isPositive();
    }
}
