package com.jeweltrak.sales.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's payments on account (issue 10), made after the demo sales as the demo start runs them. */
@IntegrationTest
class AccountingDemoDataTests {

    static TestTenants.Tenant tenant;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Books books;

    @BeforeAll
    static void makeTheDemo(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures, @Autowired ReturnFixtures returns,
                            @Autowired SalesDemoData sales, @Autowired AccountingDemoData accounting,
                            @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("accounting-demo");
        fixtures.customer(tenant);
        returns.anotherCustomer(tenant, "Payer");
        for (int i = 0; i < 16; i++) fixtures.ring(tenant);
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s -> {
            sales.contribute(demo, DemoSize.SMALL);
            accounting.contribute(demo, DemoSize.SMALL);
        }));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    // issue 10: a payment on account with credit left, and a check voided as NSF with its fee invoice
    @Test
    void theDemoHasCreditOnAccountAndAnNsfVoidedCheck() {
        BigDecimal unapplied = as(() -> jdbc.sql("""
                        select coalesce(sum(p.amount - coalesce((select sum(a.amount) from invoice_payment a where a.receipt_id = p.id
                            and a.voided_at is null and a.moved_to_credit_at is null), 0)), 0)
                        from customer_payment p where p.voided_at is null""").query(BigDecimal.class).single());
        assertThat(unapplied).isPositive();
        assertThat(as(() -> jdbc.sql("select count(*) from customer_payment where void_kind = 'NSF' and nsf_fee_invoice_id is not null")
                .query(Long.class).single())).isEqualTo(1L);
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
    }
}
