package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decision 1's third way out, 08-accounting §Applying Payments R8: a payment leaves its invoice and stays the customer's
 * money as credit on account. Each test has a tenant of its own, so the account balances it reads are its own.
 */
@IntegrationTest
class MovingAPaymentToCreditTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired TakingATender tenders;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingAnInvoice voiding;
    @Autowired VoidingATender voidingTender;
    @Autowired MovingAPaymentToCredit moving;
    @Autowired OpeningAnInvoice opening;
    @Autowired Invoices invoices;
    @Autowired com.jeweltrak.sales.CustomerPayments customerPayments;
    @Autowired Books books;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("to-credit");
        customer = fixtures.customer(tenant);
    }

    private <T> T as(Supplier<T> work) {
        return fixtures.as(tenant, () -> transactions.execute(s -> work.get()));
    }

    private InvoiceId invoiceFor(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        return id;
    }

    private PaymentId pay(InvoiceId id, String amount) {
        return fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    // decision 1: void refused while paid; one click moves the payment to credit on account; then the void goes through
    @Test
    void aPaymentMovedToCreditOnAccountLetsThePaidInvoiceBeVoided() {
        InvoiceId id = invoiceFor("40.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        pay(id, "40");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidInvoice(id))).isInstanceOf(InvoiceHasPayments.class)
                .hasMessageContaining("credit on account");

        fixtures.run(tenant, () -> moving.moveAll(id));
        assertThat(read(id).balance()).isEqualByComparingTo("40.00");
        assertThat(read(id).payments().getFirst().movedToCredit()).isTrue();
        fixtures.run(tenant, () -> voiding.voidInvoice(id));

        assertThat(read(id).status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(as(() -> customerPayments.creditOnAccount(customer))).isEqualByComparingTo("40.00");
        // §AR: the customer's balance = Σ finalized balances − unapplied credit = −40.00, and the cash stays in the till
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-40.00");
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo("40.00");
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
    }

    // R8 with §Applying Payments: a deposit held on an Open invoice becomes credit in the customer's AR
    @Test
    void aDepositOnAnOpenInvoiceBecomesCreditInTheCustomersAr() {
        InvoiceId id = invoiceFor("100.00");
        PaymentId payment = pay(id, "25");
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("25.00");

        fixtures.run(tenant, () -> moving.move(id, payment));

        assertThat(read(id).balance()).isEqualByComparingTo("100.00");
        assertThat(as(() -> books.depositsHeld(customer))).isZero();
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-25.00");
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
    }

    // R8: the invoice owes the payment again; finalizing it later puts all of it into AR, and (R4, R7) the customer's
    // credit on account — the moved payment — is applied to it at once
    @Test
    void anInvoiceFinalizedAfterTheMoveOwesTheWholeTotalAndTakesTheCreditBack() {
        InvoiceId id = invoiceFor("60.00");
        PaymentId payment = pay(id, "60");
        fixtures.run(tenant, () -> moving.move(id, payment));
        assertThat(read(id).balance()).isEqualByComparingTo("60.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertThat(read(id).balance()).isEqualByComparingTo("0.00");
        assertThat(as(() -> customerPayments.creditOnAccount(customer))).isEqualByComparingTo("0.00");
        assertThat(as(() -> books.arBalance(customer))).isZero();
        assertThat(as(() -> books.depositsHeld(customer))).isZero();
    }

    // R8: a walk-in sale has no account to keep the credit on
    @Test
    void aWalkInSalesPaymentCannotBecomeCreditOnAccount() {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null, null, null,
                null, null, null, null, false)));
        fixtures.service(tenant, id, "30.00");
        PaymentId payment = pay(id, "30");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> moving.move(id, payment)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("walk-in");
        assertThat(read(id).payment(payment).applied()).isTrue();
    }

    // R8 (inferred): refused for an invoice in the closed period
    @Test
    void movingIsRefusedForAnInvoiceInTheClosedPeriod() {
        InvoiceId id = invoiceFor("40.00");
        PaymentId payment = pay(id, "40");
        as(() -> jdbc.sql("update invoice set invoice_date = ? where id = ?").params(LocalDate.now().minusDays(7), id.value())
                .update());
        fixtures.closeBooksThrough(tenant, LocalDate.now().minusDays(3));
        assertThatThrownBy(() -> fixtures.run(tenant, () -> moving.move(id, payment))).isInstanceOf(InvoiceInClosedPeriod.class);
        assertThat(read(id).payment(payment).applied()).isTrue();
    }

    // a moved payment is no longer on the invoice: it is neither voided from it nor moved twice
    @Test
    void aMovedPaymentIsNeitherVoidedFromTheInvoiceNorMovedAgain() {
        InvoiceId id = invoiceFor("40.00");
        PaymentId payment = pay(id, "40");
        fixtures.run(tenant, () -> moving.move(id, payment));
        assertThatThrownBy(() -> fixtures.run(tenant, () -> moving.move(id, payment)))
                .isInstanceOf(InvoiceNotInThatState.class).hasMessageContaining("already");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "NSF")))
                .isInstanceOf(InvoiceNotInThatState.class).hasMessageContaining("credit on account");
        assertThat(as(() -> customerPayments.creditOnAccount(customer))).isEqualByComparingTo("40.00");
    }

    // §Sales Tax R12, Tax Collected: a payment moved off its invoice no longer counts as tax collected for it
    @Test
    void aPaymentMovedToCreditNoLongerCountsAsTaxCollected() {
        as(() -> jdbc.sql("update store set region = 'FL', tax_rate = 0.06, sur_tax_rate = 0, sur_tax_threshold = 0 where id = ?")
                .param(tenant.store().value()).update());
        InvoiceId id = invoiceFor("100.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        PaymentId payment = pay(id, "106");
        LocalDate today = LocalDate.now();
        assertThat(as(() -> books.taxCollected(today.minusDays(1), today.plusDays(1)))).isEqualByComparingTo("6.00");
        fixtures.run(tenant, () -> moving.move(id, payment));
        assertThat(as(() -> books.taxCollected(today.minusDays(1), today.plusDays(1)))).isZero();
    }
}
