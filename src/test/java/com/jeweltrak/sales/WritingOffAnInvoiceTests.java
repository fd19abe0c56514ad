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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 08-accounting §Writing Off Invoices R1–R8: a finalized invoice's uncollectable balance cleared as bad debt, and the
 * reversal. Each test has a tenant of its own, so the books it reads are its own.
 */
@IntegrationTest
@RecordApplicationEvents
class WritingOffAnInvoiceTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired TakingATender tenders;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingAnInvoice voiding;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired WritingOffAnInvoice writingOff;
    @Autowired ReversingAWriteOff reversing;
    @Autowired Invoices invoices;
    @Autowired Books books;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;

    TestTenants.Tenant tenant;
    ContactId customer;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("write-off");
        customer = fixtures.customer(tenant);
    }

    private <T> T as(Supplier<T> work) {
        return fixtures.as(tenant, () -> transactions.execute(s -> work.get()));
    }

    /** A finalized invoice for the fixtures' customer of one service line at {@code price}, {@code paid} taken on it. */
    private InvoiceId owing(String price, String paid) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        if (paid != null) pay(id, paid);
        return id;
    }

    private void pay(InvoiceId id, String amount) {
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    private void writeOff(InvoiceId id) {
        fixtures.run(tenant, () -> writingOff.writeOff(id, "Customer moved away, no forwarding address"));
    }

    private BigDecimal arBalanceColumn(InvoiceId id) {
        return as(() -> jdbc.sql("select ar_balance from invoice where id = ?").param(id.value()).query(BigDecimal.class).single());
    }

    // R1, R3, R4: the whole remaining balance goes to bad debt; the invoice stays Finalized with its payments
    @Test
    void aWriteOffPostsTheRemainingBalanceToBadDebtAndClearsTheCustomersAr() {
        InvoiceId id = owing("100.00", "30");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("70.00");

        writeOff(id);

        Invoice after = read(id);
        assertThat(after.status()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(after.balance()).isEqualByComparingTo("0.00");
        assertThat(after.writtenOff()).isEqualByComparingTo("70.00");
        assertThat(after.paid()).isEqualByComparingTo("30.00");
        assertThat(after.totals().balance()).isEqualByComparingTo("0.00");
        assertThat(after.payments()).hasSize(1);
        assertThat(arBalanceColumn(id)).isEqualByComparingTo("0.00");
        assertThat(as(() -> books.arBalance(customer))).isZero();
        assertThat(as(() -> books.balance(SystemAccount.BAD_DEBT))).isEqualByComparingTo("70.00");
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
    }

    // R3 / issue 10 "bad input": a paid invoice has nothing to write off
    @Test
    void aPaidInvoiceIsRefusedWithNothingToWriteOff() {
        InvoiceId id = owing("50.00", "50");
        assertThatThrownBy(() -> writeOff(id)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invoice " + read(id).numberText() + " is paid: nothing to write off");
    }

    // R3: only a Finalized invoice (an Open one is not in AR; 409)
    @Test
    void anOpenInvoiceIsNotWrittenOff() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "40.00");
        assertThatThrownBy(() -> writeOff(id)).isInstanceOf(InvoiceNotInThatState.class);
    }

    // R3: never a voided invoice
    @Test
    void aVoidedInvoiceIsNotWrittenOff() {
        InvoiceId id = owing("40.00", null);
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        assertThatThrownBy(() -> writeOff(id)).isInstanceOf(InvoiceIsVoided.class);
    }

    // R6: the reason is mandatory
    @Test
    void aWriteOffWithoutAReasonIsRefused() {
        InvoiceId id = owing("40.00", null);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> writingOff.writeOff(id, "  ")))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("reason");
        assertThat(read(id).balance()).isEqualByComparingTo("40.00");
    }

    // R2: refused for an invoice dated on or before Closed Through
    @Test
    void anInvoiceDatedInTheClosedPeriodIsNotWrittenOff() {
        InvoiceId id = owing("40.00", null);
        fixtures.closeBooksThrough(tenant, read(id).date());
        assertThatThrownBy(() -> writeOff(id)).isInstanceOf(InvoiceInClosedPeriod.class);
        assertThat(as(() -> books.balance(SystemAccount.BAD_DEBT))).isZero();
    }

    // R7: the reversal restores the balance and the books; a later payment is applied after it as usual
    @Test
    void reversingAWriteOffRestoresTheBalanceAndALaterPaymentPaysIt() {
        InvoiceId id = owing("100.00", "30");
        writeOff(id);

        fixtures.run(tenant, () -> reversing.reverse(id, "Customer called, will pay"));

        Invoice after = read(id);
        assertThat(after.balance()).isEqualByComparingTo("70.00");
        assertThat(after.writtenOff()).isZero();
        assertThat(after.writeOffs()).singleElement().satisfies(w -> {
            assertThat(w.standing()).isFalse();
            assertThat(w.reversalReason()).isEqualTo("Customer called, will pay");
        });
        assertThat(arBalanceColumn(id)).isEqualByComparingTo("70.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("70.00");
        assertThat(as(() -> books.balance(SystemAccount.BAD_DEBT))).isZero();

        pay(id, "70");
        assertThat(read(id).balance()).isEqualByComparingTo("0.00");
        assertThat(read(id).paidInFull()).isTrue();
        assertThat(as(() -> books.arBalance(customer))).isZero();
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
    }

    // R7: the reversal needs its reason too
    @Test
    void aReversalWithoutAReasonIsRefused() {
        InvoiceId id = owing("40.00", null);
        writeOff(id);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reversing.reverse(id, null)))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("reason");
        assertThat(read(id).writtenOff()).isEqualByComparingTo("40.00");
    }

    // R7: open period only — a write-off dated in the closed period stays
    @Test
    void aWriteOffInTheClosedPeriodIsNotReversed() {
        InvoiceId id = owing("40.00", null);
        writeOff(id);
        fixtures.closeBooksThrough(tenant, read(id).standingWriteOff().orElseThrow().date());
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reversing.reverse(id, "Found the customer")))
                .isInstanceOf(BusinessRuleViolated.class);
        assertThat(read(id).writtenOff()).isEqualByComparingTo("40.00");
    }

    // R1, R4 (brief point 4): a written-off invoice is neither voided nor reopened until the write-off is reversed
    @Test
    void voidingOrReopeningAWrittenOffInvoiceAsksToReverseTheWriteOffFirst() {
        InvoiceId id = owing("40.00", null);
        writeOff(id);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidInvoice(id)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("everse the write-off first");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reopening.reopen(id)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("everse the write-off first");
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
    }

    // R3 with §Applying Payments: nothing is due on a written-off invoice, so no tender is taken on it
    @Test
    void aPaymentOnAWrittenOffInvoiceIsRefusedAsNothingIsDue() {
        InvoiceId id = owing("40.00", null);
        writeOff(id);
        assertThatThrownBy(() -> pay(id, "10")).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Nothing is due");
    }

    // R8 (open question decided): no bad-debt tax relief — the liability and the tax collected stay as they were
    @Test
    void aWriteOffLeavesTheSalesTaxLiabilityUnchanged() {
        returns.florida(tenant, "0.06");
        InvoiceId id = owing("1000.00", "500");
        LocalDate day = read(id).date();
        BigDecimal liability = as(() -> books.taxLiability(day, day));
        BigDecimal collected = as(() -> books.taxCollected(day, day));
        assertThat(liability).isEqualByComparingTo("70.00");

        writeOff(id);

        assertThat(read(id).writtenOff()).isEqualByComparingTo("570.00");
        assertThat(as(() -> books.taxLiability(day, day))).isEqualByComparingTo(liability);
        assertThat(as(() -> books.taxCollected(day, day))).isEqualByComparingTo(collected);
        assertThat(as(() -> books.balance(SystemAccount.SALES_TAX_PAYABLE))).isEqualByComparingTo("70.00");
    }

    // Brief point 2: a write-off brings the balance to 0.00 without paying it — no InvoicePaidInFull (a written-off
    // Sell-to-Partner settlement must not reconcile its partnership as if the partner had paid), and the reversal no
    // InvoiceNoLongerPaidInFull either
    @Test
    void aWrittenOffInvoiceIsNotAnnouncedAsPaidInFull() {
        InvoiceId id = owing("40.00", "10");
        writeOff(id);
        fixtures.run(tenant, () -> reversing.reverse(id, "Mistake"));
        assertThat(events.stream(InvoicePaidInFull.class).filter(e -> e.invoice().equals(id))).isEmpty();
        assertThat(events.stream(InvoiceNoLongerPaidInFull.class).filter(e -> e.invoice().equals(id))).isEmpty();
        assertThat(events.stream(InvoiceWrittenOff.class).filter(e -> e.invoice().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("30.00"));
    }
}
