package com.jeweltrak.sales;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.tenancy.PeriodClose;

import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What sales asks to be looked at before a period is closed (08-accounting §Period Close R5). */
@IntegrationTest
class OpenInvoicesInPeriodTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired OpeningAnInvoice opening;
    @Autowired OpenInvoicesInPeriod check;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("open-invoices-in-period");
    }

    // Period Close R5: a draft invoice dated inside the period is named before the lock; one dated after it is not
    @Test
    void aDraftInvoiceInsideThePeriodNeedsAttention() {
        fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null, null,
                LocalDate.of(2026, 10, 15), null, null, null, null, false)));
        List<PeriodClose.Check.Attention> inside = attentionThrough(LocalDate.of(2026, 10, 31));
        assertThat(inside).singleElement().satisfies(a -> assertThat(a.count()).isEqualTo(1));
        assertThat(attentionThrough(LocalDate.of(2026, 10, 14))).isEmpty();
    }

    private List<PeriodClose.Check.Attention> attentionThrough(LocalDate date) {
        return fixtures.as(tenant, () -> transactions.execute(s -> check.attentionThrough(date)));
    }
}
