package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * InvoicePaidInFull / InvoiceNoLongerPaidInFull (issue 8; 02-sales §Partnerships R13–R15: a settlement invoice paid in
 * full reconciles its partnership, and one that owes again undoes it): published the moment a finalized invoice's
 * balance reaches 0.00, or leaves it.
 */
@IntegrationTest
@RecordApplicationEvents
class PaidInFullEventsTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired TakingATender tenders;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingATender voidingTender;
    @Autowired MovingAPaymentToCredit moving;
    @Autowired ApplicationEvents events;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("paid-in-full");
    }

    private InvoiceId invoiceFor(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        return id;
    }

    private void finalize(InvoiceId id) {
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
    }

    private BigDecimal balance(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id)).balance();
    }

    private PaymentId pay(InvoiceId id, BigDecimal amount) {
        return fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, amount, null, null,
                null, null)));
    }

    private long paidInFull(InvoiceId id) {
        return events.stream(InvoicePaidInFull.class).filter(e -> e.invoice().equals(id)).count();
    }

    private long noLonger(InvoiceId id) {
        return events.stream(InvoiceNoLongerPaidInFull.class).filter(e -> e.invoice().equals(id)).count();
    }

    /** A finalized invoice paid in full by a payment after finalizing; that payment. */
    private PaymentId paidAfterFinalizing(InvoiceId id) {
        finalize(id);
        return pay(id, balance(id));
    }

    // 02-sales §Partnerships R13: the payment that clears a finalized invoice announces it paid in full
    @Test
    void thePaymentThatClearsAFinalizedInvoiceAnnouncesItPaidInFull() {
        InvoiceId id = invoiceFor("40.00");
        paidAfterFinalizing(id);
        assertThat(events.stream(InvoicePaidInFull.class).filter(e -> e.invoice().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.tenant()).isEqualTo(tenant.id());
                    assertThat(e.date()).isNotNull();
                });
    }

    // 02-sales §Partnerships R14 (inferred): a partial payment announces nothing
    @Test
    void aPartialPaymentAnnouncesNothing() {
        InvoiceId id = invoiceFor("40.00");
        finalize(id);
        pay(id, new BigDecimal("10.00"));
        assertThat(paidInFull(id)).isZero();
    }

    // issue 8: finalizing an invoice already fully paid while Open announces it paid in full
    @Test
    void finalizingAnInvoiceAlreadyPaidAnnouncesItPaidInFull() {
        InvoiceId id = invoiceFor("40.00");
        pay(id, balance(id));
        assertThat(paidInFull(id)).isZero();
        finalize(id);
        assertThat(paidInFull(id)).isEqualTo(1);
    }

    // issue 8: finalizing an invoice with something still due announces nothing
    @Test
    void finalizingAnInvoiceWithABalanceAnnouncesNothing() {
        InvoiceId id = invoiceFor("40.00");
        finalize(id);
        assertThat(paidInFull(id)).isZero();
    }

    // 02-sales §Partnerships R15: voiding the payment of a paid-in-full invoice announces it no longer paid in full
    @Test
    void voidingAPaymentOfAPaidInvoiceAnnouncesItNoLongerPaidInFull() {
        InvoiceId id = invoiceFor("40.00");
        PaymentId payment = paidAfterFinalizing(id);
        fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "Bounced"));
        assertThat(noLonger(id)).isEqualTo(1);
    }

    // 02-sales §Partnerships R15: moving the payment to credit on account announces it no longer paid in full
    @Test
    void movingThePaymentToCreditAnnouncesItNoLongerPaidInFull() {
        // a customer of its own: the credit on account it leaves pays that customer's next finalized invoice
        // (08-accounting §Applying Payments R4, R7), which must not be another test's
        InvoiceId id = returns.openFor(tenant, returns.anotherCustomer(tenant, "Mover"));
        fixtures.service(tenant, id, "40.00");
        PaymentId payment = paidAfterFinalizing(id);
        fixtures.run(tenant, () -> moving.move(id, payment));
        assertThat(noLonger(id)).isEqualTo(1);
    }

    // 02-sales §Partnerships R15: voiding a payment of an invoice that still owes something announces nothing
    @Test
    void voidingAPaymentOfAPartlyPaidInvoiceAnnouncesNothing() {
        InvoiceId id = invoiceFor("40.00");
        finalize(id);
        PaymentId payment = pay(id, new BigDecimal("10.00"));
        fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "Mistake"));
        assertThat(noLonger(id)).isZero();
    }

    // issue 8: a refund that pays back all a finalized return invoice owes the customer leaves it settled at 0.00
    @Test
    void aRefundThatSettlesAReturnInvoiceAnnouncesItPaidInFull() {
        ContactId customer = returns.anotherCustomer(tenant, "Returner");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "250.00"));
        assertThat(paidInFull(back)).isZero();
        returns.refund(tenant, back, PaymentMethod.CASH, null);
        assertThat(paidInFull(back)).isEqualTo(1);
    }
}
