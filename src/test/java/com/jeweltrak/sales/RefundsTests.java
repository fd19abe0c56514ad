package com.jeweltrak.sales;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refunds on a negative-net invoice (02-sales §Returns and Exchanges R3–R6; 08-accounting §Store Credits R2, R6). */
@IntegrationTest
class RefundsTests {

    static TestTenants.Tenant tenant;
    static ContactId customer;

    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired VoidingATender voidingTender;
    @Autowired MovingAPaymentToCredit movingToCredit;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReturnFixtures returns) {
        tenant = tenants.open("refunds");
        customer = returns.anotherCustomer(tenant, "Refundee");
    }

    private InvoiceId returnOf(String price) {
        return returns.returned(tenant, customer, returns.soldFor(tenant, customer, price));
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    // R3, R5(d), R6: a cash refund of what is owed back leaves the balance at 0.00; the row is negative
    @Test
    void aCashRefundPaysBackWhatIsOwedAndLeavesNothingDue() {
        InvoiceId back = returnOf("250.00");
        assertThat(read(back).balance()).isEqualByComparingTo("-250.00");
        returns.refund(tenant, back, PaymentMethod.CASH, null);
        Invoice after = read(back);
        assertThat(after.balance()).isEqualByComparingTo("0.00");
        assertThat(after.payments()).singleElement().satisfies(p -> {
            assertThat(p.refund()).isTrue();
            assertThat(p.amount()).isEqualByComparingTo("-250.00");
        });
    }

    // R6 (inferred): never more than what is owed back
    @Test
    void aRefundOfMoreThanIsOwedBackIsRefused() {
        InvoiceId back = returnOf("100.00");
        assertThatThrownBy(() -> returns.refund(tenant, back, PaymentMethod.CASH, "100.01"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Only 100.00");
        assertThat(read(back).payments()).isEmpty();
    }

    // R5(e): a check refund carries its check number
    @Test
    void aCheckRefundKeepsItsCheckNumber() {
        InvoiceId back = returnOf("80.00");
        returns.refund(tenant, back, PaymentMethod.CHECK, "30.00");
        assertThat(read(back).payments().getFirst().checkNumber()).isEqualTo("1042");
        assertThat(read(back).balance()).isEqualByComparingTo("-50.00");
        assertThatThrownBy(() -> returns.refund(tenant, back, PaymentMethod.CASH, "50.01"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Only 50.00");
    }

    // R5(a) without Stripe: a card refund is a manual record, last four digits and the terminal's reference
    @Test
    void aCardRefundRecordsTheLastFourAndTheReference() {
        InvoiceId back = returnOf("60.00");
        returns.refund(tenant, back, PaymentMethod.CARD, null);
        InvoicePayment card = read(back).payments().getFirst();
        assertThat(card.cardLast4()).isEqualTo("4242");
        assertThat(card.reference()).isEqualTo("RF-77");
        InvoiceId other = returnOf("60.00");
        assertThatThrownBy(() -> fixtures.as(tenant, () -> fixtureRefund(other, new RefundingACustomer.Request(
                PaymentMethod.CARD, null, null, "4242", null)))).hasMessageContaining("reference");
    }

    // R3: a refund pays back a negative balance only
    @Test
    void anInvoiceThatOwesTheCustomerNothingTakesNoRefund() {
        InvoiceId sale = returns.soldFor(tenant, customer, "40.00");
        assertThatThrownBy(() -> returns.refund(tenant, sale, PaymentMethod.CASH, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("owes the customer nothing");
    }

    // §Voiding Payments: a voided refund is owed back again; a refund never becomes credit on account
    @Test
    void aVoidedRefundIsOwedAgainAndARefundCannotMoveToCredit() {
        InvoiceId back = returnOf("70.00");
        PaymentId refund = returns.refund(tenant, back, PaymentMethod.CASH, null);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> movingToCredit.move(back, refund)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("void it instead");
        fixtures.run(tenant, () -> voidingTender.voidTender(back, refund, "wrong drawer"));
        assertThat(read(back).balance()).isEqualByComparingTo("-70.00");
    }

    @Autowired RefundingACustomer refunding;

    private PaymentId fixtureRefund(InvoiceId id, RefundingACustomer.Request request) {
        return refunding.refund(id, request);
    }
}
