package com.jeweltrak.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 2, 08-accounting §AR R9: reopening withdraws the invoice from AR and holds what still pays it as customer
 * deposits — what pays it NOW, also when a payment taken before it was finalized was voided or moved to credit since.
 * Found by the books' property test: the reopen used to hand back the deposits the finalize had taken, voided or not.
 */
@IntegrationTest
class ReopeningKeepsTheBooksTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired TakingATender tenders;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingATender voidingTender;
    @Autowired MovingAPaymentToCredit moving;
    @Autowired Books books;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("reopen-books");
        customer = fixtures.customer(tenant);
    }

    private <T> T as(Supplier<T> work) {
        return fixtures.as(tenant, () -> transactions.execute(s -> work.get()));
    }

    private PaymentId pay(InvoiceId id, String amount) {
        return fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

    // decision 2: a payment voided after finalize no longer pays the reopened invoice — no deposit, no AR left behind
    @Test
    void reopeningAfterAPreFinalizePaymentWasVoidedLeavesNeitherArNorDeposits() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "400.00");
        PaymentId payment = pay(id, "251");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "Check bounced"));
        fixtures.run(tenant, () -> reopening.reopen(id));

        assertThat(as(() -> books.arBalance(customer))).isZero();
        assertThat(as(() -> books.depositsHeld(customer))).isZero();
    }

    // decision 1 and 2: a payment moved to credit after finalize stays credit on account when the invoice is reopened
    @Test
    void reopeningAfterAPreFinalizePaymentMovedToCreditKeepsItAsCreditOnAccount() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "400.00");
        PaymentId payment = pay(id, "251");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.run(tenant, () -> moving.move(id, payment));
        fixtures.run(tenant, () -> reopening.reopen(id));

        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-251.00");
        assertThat(as(() -> books.depositsHeld(customer))).isZero();
    }

    // decision 2, 02-sales §Finalize R12: payments before and after finalize are all held as deposits once reopened
    @Test
    void reopeningHoldsEveryPaymentStillOnTheInvoiceAsDeposits() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "400.00");
        pay(id, "100");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        pay(id, "50");
        fixtures.run(tenant, () -> reopening.reopen(id));

        assertThat(as(() -> books.arBalance(customer))).isZero();
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("150.00");
    }
}
