package com.jeweltrak.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.PeriodClose;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 08-accounting §Period Close R5: unallocated payments inside the period are named before it is locked. */
@IntegrationTest
class UnappliedPaymentsInPeriodTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReceivingAPayment receiving;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired UnappliedPaymentsInPeriod check;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;
    LocalDate received;

    @BeforeEach
    void aPaymentOnAccountWithNothingToPay() {
        tenant = tenants.open("unapplied-in-period");
        customer = fixtures.customer(tenant);
        received = LocalDate.now(ZoneId.of("America/New_York")).minusDays(3);
        fixtures.as(tenant, () -> receiving.receive(new ReceivingAPayment.Request(customer, tenant.store(),
                new BigDecimal("90.00"), received, PaymentMethod.CASH, null, null, null, null, null, null,
                ReceivingAPayment.Mode.OLDEST_FIRST, List.of())));
    }

    // Period Close R5: a payment received inside the period and still unapplied is named; one received after it is not
    @Test
    void anUnappliedPaymentInsideThePeriodNeedsAttention() {
        assertThat(attentionThrough(received)).singleElement().satisfies(a -> assertThat(a.count()).isEqualTo(1));
        assertThat(attentionThrough(received.minusDays(1))).isEmpty();
    }

    // Period Close R5 with §Applying Payments R4: once its credit paid the customer's next invoice, nothing is left
    @Test
    void aPaymentWhoseCreditWasAppliedNeedsNone() {
        InvoiceId next = fixtures.open(tenant);
        fixtures.service(tenant, next, "90.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(next));
        assertThat(attentionThrough(received)).isEmpty();
    }

    private List<PeriodClose.Check.Attention> attentionThrough(LocalDate date) {
        return fixtures.as(tenant, () -> transactions.execute(s -> check.attentionThrough(date)));
    }
}
