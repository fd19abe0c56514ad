package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invoice's lifecycle on the real database: 02-sales §Finalize, Void, and Reopen R1–R13, decisions 1, 2, 12. */
@IntegrationTest
@RecordApplicationEvents
class InvoiceLifecycleTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired Invoices invoices;
    @Autowired AddingALine adding;
    @Autowired ChangingALine changing;
    @Autowired RemovingALine removing;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired DeletingAnInvoice deleting;
    @Autowired TakingATender tenders;
    @Autowired VoidingATender voidingTender;
    @Autowired OpeningAnInvoice opening;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;
    @Autowired ChangingAnInvoice changingHeader;
    @Autowired AddingATradeIn addingTradeIn;
    @Autowired RefundingACustomer refunding;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("invoice-lifecycle");
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    private long count(String sql, Object parameter) {
        Long count = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(sql).param(parameter).query(Long.class).single()));
        return count;
    }

    private void finalize(InvoiceId id) {
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
    }

    private void cash(InvoiceId id, String amount) {
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

    // 02-sales §Finalize R1; decision 12: Open, numbered in the store's own sequence when created
    @Test
    void aNewInvoiceIsOpenAndTakesTheStoresNextNumber() {
        InvoiceId first = fixtures.open(tenant);
        InvoiceId second = fixtures.open(tenant);
        assertThat(read(first).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(read(second).number()).isEqualTo(read(first).number() + 1);
    }

    // decision 12, R9: a deleted invoice's number is never handed out again
    @Test
    void aDeletedInvoicesNumberIsNotReused() {
        InvoiceId deleted = fixtures.open(tenant);
        long number = read(deleted).number();
        fixtures.run(tenant, () -> deleting.delete(deleted));
        assertThat(read(fixtures.open(tenant)).number()).isEqualTo(number + 1);
        assertThat(fixtures.as(tenant, () -> invoices.find(deleted))).isEmpty();
    }

    // R4(c): finalizing commits the item — a SALE movement, none left in stock — and the books hear of it
    @Test
    void finalizingCommitsTheStockAndTellsTheBooks() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        finalize(id);
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        InvoiceFinalized event = events.stream(InvoiceFinalized.class).filter(e -> e.invoice().equals(id)).findFirst().orElseThrow();
        assertThat(event.amounts().merchandise()).isEqualByComparingTo("1200.00");
        assertThat(event.amounts().costOfGoods()).isEqualByComparingTo("350.00");
        assertThat(event.paidBefore()).isZero();
    }

    // R4(a), R5: a finalized invoice's lines are locked
    @Test
    void aFinalizedInvoicesLinesCannotBeChanged() {
        InvoiceId id = fixtures.open(tenant);
        long line = fixtures.service(tenant, id, "40.00");
        finalize(id);
        assertThatThrownBy(() -> fixtures.service(tenant, id, "10.00")).isInstanceOf(LineOnFinalizedInvoice.class);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> removing.remove(id, line))).isInstanceOf(LineOnFinalizedInvoice.class);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line,
                new ChangingALine.Request(null, new BigDecimal("2"), null, null, null)))).isInstanceOf(LineOnFinalizedInvoice.class);
    }

    // an item is on an invoice once
    @Test
    void theSameItemCannotBeAddedTwiceToOneInvoice() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.ITEM, ring, null,
                null, null, null, null, null)))).isInstanceOf(ItemAlreadyOnThisInvoice.class).hasMessageContaining(ring);
    }

    // R6, R12, decision 2: reopening moves no stock and keeps the item reserved to the invoice
    @Test
    void aReopenedInvoiceKeepsItsItemSoAnotherInvoiceCannotTakeIt() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        finalize(id);
        fixtures.run(tenant, () -> reopening.reopen(id));
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThatThrownBy(() -> fixtures.openWith(tenant, ring)).isInstanceOf(ItemSoldElsewhere.class)
                .hasMessage("StockID " + ring + " was sold on invoice " + read(id).numberText() + ".");
        assertThat(events.stream(InvoiceReopened.class).filter(e -> e.invoice().equals(id))).hasSize(1);
    }

    // R12 (decision 2): finalizing again moves no stock twice
    @Test
    void refinalizingAReopenedInvoiceDoesNotSellTheItemAgain() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        finalize(id);
        fixtures.run(tenant, () -> reopening.reopen(id));
        finalize(id);
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(count("select count(*) from stock_movement where document_type = 'INVOICE' and document_id = ?",
                id.value())).isEqualTo(1L);
    }

    // removing a reserved item from a reopened invoice puts it back in stock
    @Test
    void removingAReservedItemFromAReopenedInvoiceReturnsItToStock() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        finalize(id);
        fixtures.run(tenant, () -> reopening.reopen(id));
        long line = read(id).lines().getFirst().id();
        fixtures.run(tenant, () -> removing.remove(id, line));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
    }

    // R7, decision 1: refused while a payment is applied; the message names the three ways out
    @Test
    void voidingIsRefusedWhilePaymentsAreAppliedNamingTheThreeWaysOut() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "100.00");
        finalize(id);
        cash(id, "50.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidInvoice(id))).isInstanceOf(InvoiceHasPayments.class)
                .hasMessageContaining("refund").hasMessageContaining("void the payment").hasMessageContaining("credit on account");
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
    }

    // R7: voiding returns the sold items and stamps who and when
    @Test
    void voidingReturnsTheItemsAndStampsWhoAndWhen() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.openWith(tenant, ring);
        finalize(id);
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        Invoice voided = read(id);
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.voidedAt()).isNotNull();
        assertThat(voided.voidedBy()).isEqualTo(tenant.owner().id());
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(events.stream(InvoiceVoided.class).filter(e -> e.invoice().equals(id))).hasSize(1);
    }

    // R8: voided is terminal
    @Test
    void aVoidedInvoiceCannotBeReopenedRefinalizedEditedOrDeleted() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "20.00");
        finalize(id);
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reopening.reopen(id))).isInstanceOf(InvoiceIsVoided.class);
        assertThatThrownBy(() -> finalize(id)).isInstanceOf(InvoiceIsVoided.class);
        assertThatThrownBy(() -> fixtures.service(tenant, id, "5.00")).isInstanceOf(InvoiceIsVoided.class);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> deleting.delete(id))).isInstanceOf(InvoiceIsVoided.class);
    }

    // R11: an open invoice is deleted, not voided
    @Test
    void anOpenInvoiceIsNotVoided() {
        InvoiceId id = fixtures.open(tenant);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidInvoice(id))).isInstanceOf(StateConflict.class)
                .hasMessageContaining("delete");
    }

    // R9: a finalized invoice is voided, never deleted — also after it was reopened (it touched the books)
    @Test
    void anInvoiceThatWasFinalizedCannotBeDeleted() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "20.00");
        finalize(id);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> deleting.delete(id))).isInstanceOf(StateConflict.class);
        fixtures.run(tenant, () -> reopening.reopen(id));
        assertThatThrownBy(() -> fixtures.run(tenant, () -> deleting.delete(id))).isInstanceOf(StateConflict.class)
                .hasMessageContaining("void it");
    }

    // R9 (inferred, as decision 1): never deleted with payments applied
    @Test
    void anOpenInvoiceWithPaymentsCannotBeDeleted() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "80.00");
        cash(id, "80.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> deleting.delete(id))).isInstanceOf(InvoiceHasPayments.class);
    }

    // 409: finalizing twice, reopening an open invoice
    @Test
    void finalizingAFinalizedInvoiceOrReopeningAnOpenOneIsAStateConflict() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "20.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reopening.reopen(id))).isInstanceOf(InvoiceNotInThatState.class);
        finalize(id);
        assertThatThrownBy(() -> finalize(id)).isInstanceOf(InvoiceNotInThatState.class);
    }

    // R4, R7 (audit): Finalize, Reopen and Void show in the invoice's History (audit triggers)
    @Test
    void finalizeReopenAndVoidAreInTheInvoicesHistory() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "20.00");
        finalize(id);
        fixtures.run(tenant, () -> reopening.reopen(id));
        finalize(id);
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        List<String> statuses = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("""
                        select after_row ->> 'status' from audit_log where table_name = 'invoice' and row_id = ? order by id""")
                .param(id.toString()).query(String.class).list()));
        assertThat(statuses).containsSubsequence("OPEN", "FINALIZED", "OPEN", "FINALIZED", "VOIDED");
    }

    // R9 (audit): a delete shows in the History with the row as it was
    @Test
    void aDeleteIsInTheInvoicesHistory() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.run(tenant, () -> deleting.delete(id));
        assertThat(count("select count(*) from audit_log where table_name = 'invoice' and row_id = ? and action = 'DELETE'",
                id.toString())).isEqualTo(1L);
    }

    // §Adjustment R1, R9: net = Qty × UnitPrice − Adjustment; never more than the line's amount
    @Test
    void anAdjustmentComesOffTheLineAndCannotExceedIt() {
        InvoiceId id = fixtures.open(tenant);
        long line = fixtures.service(tenant, id, "1200.00");
        fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null, null, null, new BigDecimal("200"), null)));
        assertThat(read(id).amounts().services()).isEqualByComparingTo("1000.00");
        assertThat(read(id).line(line).unitPrice()).isEqualByComparingTo("1200.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line,
                new ChangingALine.Request(null, null, null, new BigDecimal("1300"), null)))).isInstanceOf(BusinessRuleViolated.class);
    }

    // Period Close R1, 02-sales R13: nothing is done to an invoice dated on or before Closed Through; no back-dating into it
    @Test
    void anInvoiceInTheClosedPeriodIsNeitherFinalizedNorCreated() {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null, null,
                LocalDate.of(2026, 1, 15), null, null, null, null, false)));
        fixtures.service(tenant, id, "20.00");
        fixtures.closeBooksThrough(tenant, LocalDate.of(2026, 1, 31));
        try {
            assertThatThrownBy(() -> finalize(id)).isInstanceOf(InvoiceInClosedPeriod.class);
            assertThatThrownBy(() -> fixtures.run(tenant, () -> deleting.delete(id))).isInstanceOf(InvoiceInClosedPeriod.class);
            assertThatThrownBy(() -> fixtures.service(tenant, id, "5.00")).isInstanceOf(InvoiceInClosedPeriod.class);
            assertThatThrownBy(() -> fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null,
                    null, LocalDate.of(2026, 1, 31), null, null, null, null, false)))).isInstanceOf(InvoiceInClosedPeriod.class);
        } finally {
            fixtures.closeBooksThrough(tenant, null);
        }
    }

    // R2, R5: the header changes while Open; a finalized invoice only after a reopen
    @Test
    void theHeaderChangesWhileOpenButNotOnceFinalized() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "20.00");
        fixtures.run(tenant, () -> changingHeader.change(id, new ChangingAnInvoice.Request(fixtures.customer(tenant),
                tenant.owner().id(), null, "PO-77", null, null, new BigDecimal("15.00"), false)));
        assertThat(read(id).reference()).isEqualTo("PO-77");
        assertThat(read(id).amounts().total()).isEqualByComparingTo("35.00");
        finalize(id);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changingHeader.change(id, new ChangingAnInvoice.Request(null,
                null, null, "PO-78", null, null, null, false)))).isInstanceOf(LineOnFinalizedInvoice.class);
    }

    // Applying Payments R6 + the events' contract: a tender on an Open invoice is a deposit; finalize says what was paid
    // before; a reopen hands back what was paid since the finalize (R12)
    @Test
    void theEventsSayWhatWasPaidBeforeAndSinceTheFinalize() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "100.00");
        cash(id, "30.00");
        assertThat(events.stream(PaymentReceived.class).filter(e -> e.invoice().equals(id)).findFirst().orElseThrow()
                .invoiceFinalized()).isFalse();
        finalize(id);
        assertThat(events.stream(InvoiceFinalized.class).filter(e -> e.invoice().equals(id)).findFirst().orElseThrow()
                .paidBefore()).isEqualByComparingTo("30.00");
        cash(id, "20.00");
        fixtures.run(tenant, () -> reopening.reopen(id));
        assertThat(events.stream(InvoiceReopened.class).filter(e -> e.invoice().equals(id)).findFirst().orElseThrow()
                .paidSinceFinalize()).isEqualByComparingTo("20.00");
    }

    // 02-sales R13, Period Close R1: a finalized invoice in the closed period is neither reopened nor voided
    @Test
    void aFinalizedInvoiceInTheClosedPeriodIsNeitherReopenedNorVoided() {
        var customer = fixtures.customer(tenant);
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null,
                LocalDate.of(2026, 2, 10), null, null, null, null, false)));
        fixtures.service(tenant, id, "20.00");
        finalize(id);
        fixtures.closeBooksThrough(tenant, LocalDate.of(2026, 2, 28));
        try {
            assertThatThrownBy(() -> fixtures.run(tenant, () -> reopening.reopen(id))).isInstanceOf(InvoiceInClosedPeriod.class);
            assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidInvoice(id))).isInstanceOf(InvoiceInClosedPeriod.class);
            assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
        } finally {
            fixtures.closeBooksThrough(tenant, null);
        }
    }

    // 08-accounting §Accounts Receivable (AR per customer): a walk-in sale is finalized only when paid in full
    @Test
    void aWalkInSaleIsFinalizedOnlyOncePaidInFull() {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null, null, null,
                null, null, null, null, false)));
        fixtures.service(tenant, id, "30.00");
        assertThatThrownBy(() -> finalize(id)).isInstanceOf(com.jeweltrak.platform.BusinessRuleViolated.class)
                .hasMessageContaining("walk-in sale is paid in full").hasMessageContaining("30.00 still due");
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.OPEN);
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new java.math.BigDecimal("30"),
                null, null, null, null)));
        finalize(id);
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
    }

    // 08-accounting §Accounts Receivable: nobody can be owed on account either — a walk-in whose trade-in is worth more
    // than the sale is paid back before the invoice is finalized (found by the books' property: AR kept −1.00 for nobody)
    @Test
    void aWalkInSaleOwingTheCustomerIsFinalizedOnlyOnceSettled() {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null, null, null,
                null, null, null, null, false)));
        fixtures.service(tenant, id, "30.00");
        fixtures.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request("Old gold chain", "JEWELRY", "Chain",
                new java.math.BigDecimal("40.00"), new java.math.BigDecimal("40.00"), false)));
        assertThatThrownBy(() -> finalize(id)).isInstanceOf(com.jeweltrak.platform.BusinessRuleViolated.class)
                .hasMessageContaining("walk-in sale is settled").hasMessageContaining("10.00 the store owes");
        fixtures.as(tenant, () -> refunding.refund(id, new RefundingACustomer.Request(PaymentMethod.CASH,
                new java.math.BigDecimal("10.00"), null, null, null)));
        finalize(id);
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
    }

    // 08-accounting §Voiding Payments with §Accounts Receivable: a finalized walk-in sale keeps its payments until reopened
    @Test
    void aFinalizedWalkInSalesPaymentIsVoidedOnlyAfterAReopen() {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), null, null, null,
                null, null, null, null, false)));
        fixtures.service(tenant, id, "25.00");
        PaymentId payment = fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH,
                new java.math.BigDecimal("25"), null, null, null, null)));
        finalize(id);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "Mistake")))
                .isInstanceOf(com.jeweltrak.platform.BusinessRuleViolated.class).hasMessageContaining("reopen it");
        fixtures.run(tenant, () -> reopening.reopen(id));
        fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "Mistake"));
        assertThat(read(id).payment(payment).voided()).isTrue();
    }

    // issue 6 bad input: a negative quantity on a sale line of a one-of-a-kind item is refused beside the quantity,
    // and nothing is written
    @Test
    void aNegativeQuantityOnAnItemLineIsRefused() {
        String ring = fixtures.ring(tenant);
        InvoiceId id = fixtures.open(tenant);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.ITEM, ring, null,
                new BigDecimal("-1"), null, null, null, null))))
                .isInstanceOfSatisfying(com.jeweltrak.platform.BusinessRuleViolated.class,
                        e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThat(read(id).lines()).isEmpty();
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
    }
}
