package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Memos on the real database: 02-sales §Memos R1–R3, R6, R7; §Reversing case 2 (R3, R4, R5, R7); decisions 11, 12. */
@IntegrationTest
class MemoLifecycleTests {

    static TestTenants.Tenant tenant;

    @Autowired MemoFixtures fixtures;
    @Autowired Memos memos;
    @Autowired IssuingAMemo issuing;
    @Autowired AddingAMemoLine adding;
    @Autowired RemovingAMemoLine removing;
    @Autowired VoidingAMemo voiding;
    @Autowired ChangingAMemo changing;
    @Autowired ReturningFromAMemo returning;
    @Autowired UnwindingAMemoReturn unwinding;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired StockLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("memo-lifecycle");
    }

    private Memo read(MemoId id) {
        return fixtures.read(tenant, id);
    }

    private List<MovementKind> movements(String stockId) {
        var item = fixtures.item(tenant, stockId).id();
        return fixtures.sales.as(tenant, () -> ledger.history(item)).stream().map(StockLedger.Recorded::kind).toList();
    }

    // §Memos R1; decision 12: a new memo is Empty and takes the store's next memo number
    @Test
    void aNewMemoIsEmptyAndTakesTheStoresNextMemoNumber() {
        MemoId first = fixtures.issue(tenant);
        MemoId second = fixtures.issue(tenant);
        assertThat(read(first).pill()).isEqualTo(MemoPill.EMPTY);
        assertThat(read(second).number()).isEqualTo(read(first).number() + 1);
        assertThat(read(first).expectedReturn()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(read(first).terms()).isEqualTo("Return within 30 days");
    }

    // §Memos R1: the memo is for a customer
    @Test
    void aMemoWithoutACustomerIsRefused() {
        assertThatThrownBy(() -> fixtures.sales.as(tenant, () -> issuing.issue(new IssuingAMemo.Request(tenant.store(),
                null, null, null, null, null)))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Choose the customer taking the memo.");
    }

    // §Memos R2: adding an item line moves its quantity In Stock → On Memo at once, through the ledger (MEMO_OUT)
    @Test
    void addingAnItemMovesItFromInStockToOnMemo() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(movements(ring)).containsExactly(MovementKind.RECEIVE, MovementKind.MEMO_OUT);
        MemoLine line = read(memo).lines().getFirst();
        assertThat(line.unitPrice()).isEqualByComparingTo("1200.00");
        assertThat(line.status()).isEqualTo(MemoLineStatus.ON_MEMO);
        assertThat(read(memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    // §Memos R2, decision 11: an item already out on a memo is refused, naming it, what is in stock and the memo
    @Test
    void anItemAlreadyOnMemoIsRefusedNamingItAndTheMemo() {
        String ring = fixtures.ring(tenant);
        MemoId first = fixtures.issueWith(tenant, ring);
        MemoId second = fixtures.issue(tenant);
        assertThatThrownBy(() -> fixtures.add(tenant, second, ring)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("StockID " + ring + " has 0 in stock (it is out on memo " + read(first).number()
                        + "); that is not enough for this.");
        assertThat(read(second).lines()).isEmpty();
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
    }

    // §Memos R2, decision 11: a sold item is refused naming it and the 0 in stock
    @Test
    void aSoldItemIsRefused() {
        String ring = fixtures.ring(tenant);
        InvoiceId invoice = fixtures.sales.openWith(tenant, ring);
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        MemoId memo = fixtures.issue(tenant);
        assertThatThrownBy(() -> fixtures.add(tenant, memo, ring)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("StockID " + ring + " has 0 in stock; that is not enough for this.");
    }

    // §Memos R2: a multi-quantity item goes out by the quantity asked, refused beyond what is in stock
    @Test
    void aMultiQuantityItemGoesOutByTheQuantityAskedAndNoMore() {
        String beads = fixtures.beads(tenant, "5");
        MemoId memo = fixtures.issue(tenant);
        fixtures.add(tenant, memo, beads, "3");
        assertThat(fixtures.inStock(tenant, beads)).isEqualByComparingTo("2");
        assertThat(fixtures.onMemo(tenant, beads)).isEqualByComparingTo("3");
        MemoId other = fixtures.issue(tenant);
        assertThatThrownBy(() -> fixtures.add(tenant, other, beads, "3")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("StockID " + beads + " has 2 in stock");
    }

    // §Memos Data: a misc line has a description and moves no stock
    @Test
    void aMiscLineMovesNoStock() {
        MemoId memo = fixtures.issue(tenant);
        fixtures.sales.as(tenant, () -> adding.add(memo, new AddingAMemoLine.Request(null, "Customer's own chain",
                BigDecimal.ONE, new BigDecimal("90"), null)));
        MemoLine line = read(memo).lines().getFirst();
        assertThat(line.misc()).isTrue();
        assertThat(line.description()).isEqualTo("Customer's own chain");
        assertThat(read(memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    // a line added by mistake comes off and its stock goes back On Memo → In Stock (MEMO_RETURN)
    @Test
    void removingAnUntouchedLineGivesItsStockBack() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, ring);
        fixtures.sales.run(tenant, () -> removing.remove(memo, line));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.onMemo(tenant, ring)).isZero();
        assertThat(read(memo).pill()).isEqualTo(MemoPill.EMPTY);
        assertThat(movements(ring)).containsExactly(MovementKind.RECEIVE, MovementKind.MEMO_OUT, MovementKind.MEMO_RETURN);
    }

    // a line something came back from is unwound through its receipt, not removed
    @Test
    void aLineWithReturnsCannotBeRemoved() {
        String beads = fixtures.beads(tenant, "2");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, beads, "2");
        fixtures.giveBack(tenant, memo, line, "1");
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> removing.remove(memo, line)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("has units returned or invoiced");
    }

    // voiding a memo nothing came back from gives every unit back and leaves the memo final
    @Test
    void voidingAMemoGivesItsStockBackAndFreezesIt() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        fixtures.sales.run(tenant, () -> voiding.voidMemo(memo));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.onMemo(tenant, ring)).isZero();
        assertThat(read(memo).voided()).isTrue();
        assertThat(read(memo).statusLabel()).isEqualTo("Voided");
        assertThatThrownBy(() -> fixtures.add(tenant, memo, fixtures.ring(tenant))).isInstanceOf(MemoIsVoided.class);
        // and the ring may go out on another memo now
        fixtures.issueWith(tenant, ring);
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
    }

    // a memo something came back from is not voided
    @Test
    void aMemoWithReturnsCannotBeVoided() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        fixtures.giveBack(tenant, memo, read(memo).lines().getFirst().id(), "1");
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> voiding.voidMemo(memo)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("cannot be voided");
    }

    // §Memos R6: a return receipt raises QtyReturned, lowers On Memo and raises In Stock; R3: Open → Partial → Returned
    @Test
    void aReturnBringsTheItemsBackInStockAndMovesThePill() {
        String ring = fixtures.ring(tenant);
        String pendant = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring, pendant);
        assertThat(read(memo).pill()).isEqualTo(MemoPill.OPEN);
        MemoReturnId receipt = fixtures.giveBack(tenant, memo, read(memo).lines().getFirst().id(), "1");
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.onMemo(tenant, ring)).isZero();
        assertThat(read(memo).lines().getFirst().status()).isEqualTo(MemoLineStatus.RETURNED);
        assertThat(read(memo).pill()).isEqualTo(MemoPill.PARTIAL);
        assertThat(read(memo).counts().text()).isEqualTo("1 out · 1 returned · 0 invoiced");
        assertThat(fixtures.sales.as(tenant, () -> memos.getReturn(receipt)).lines()).hasSize(1);
        fixtures.giveBack(tenant, memo, read(memo).lines().get(1).id(), "1");
        assertThat(read(memo).pill()).isEqualTo(MemoPill.RETURNED);
        assertThat(movements(ring)).containsExactly(MovementKind.RECEIVE, MovementKind.MEMO_OUT, MovementKind.MEMO_RETURN);
    }

    // decision 12: receipts are numbered in the store's own memo-return sequence
    @Test
    void receiptsTakeTheStoresNextReturnNumber() {
        String beads = fixtures.beads(tenant, "2");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, beads, "2");
        MemoReturnId first = fixtures.giveBack(tenant, memo, line, "1");
        MemoReturnId second = fixtures.giveBack(tenant, memo, line, "1");
        long a = fixtures.sales.as(tenant, () -> memos.getReturn(first)).number();
        long b = fixtures.sales.as(tenant, () -> memos.getReturn(second)).number();
        assertThat(b).isEqualTo(a + 1);
    }

    // §Memos R7: returned + invoiced never exceed the quantity: the return is capped at Out
    @Test
    void returningMoreThanIsOutIsRefused() {
        String beads = fixtures.beads(tenant, "3");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, beads, "3");
        fixtures.giveBack(tenant, memo, line, "2");
        assertThatThrownBy(() -> fixtures.giveBack(tenant, memo, line, "2")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("StockID " + beads + " has 1 out on memo " + read(memo).number() + "; 2 cannot come back.");
        assertThat(read(memo).line(line).qtyReturned()).isEqualByComparingTo("2");
        assertThat(fixtures.onMemo(tenant, beads)).isEqualByComparingTo("1");
    }

    // §Memos R6: a receipt needs something coming back
    @Test
    void anEmptyReceiptIsRefused() {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        assertThatThrownBy(() -> fixtures.sales.as(tenant, () -> returning.receive(memo,
                new ReturningFromAMemo.Request(null, null, List.of())))).isInstanceOf(BusinessRuleViolated.class);
    }

    // §Reversing R3, R4, R5, R7: removing a receipt line lowers QtyReturned, puts the line back On Memo, recomputes the
    // pill and moves the unit In Stock → On Memo again
    @Test
    void removingAReturnLineUnwindsTheReturn() {
        String ring = fixtures.ring(tenant);
        String pendant = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring, pendant);
        MemoReturnId receipt = fixtures.giveBack(tenant, memo, read(memo).lines().getFirst().id(), "1");
        long receiptLine = fixtures.sales.as(tenant, () -> memos.getReturn(receipt)).lines().getFirst().id();
        fixtures.sales.run(tenant, () -> unwinding.removeLine(receipt, receiptLine));
        assertThat(read(memo).lines().getFirst().qtyReturned()).isZero();
        assertThat(read(memo).lines().getFirst().status()).isEqualTo(MemoLineStatus.ON_MEMO);
        assertThat(read(memo).pill()).isEqualTo(MemoPill.OPEN);
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.sales.as(tenant, () -> memos.getReturn(receipt)).lines()).isEmpty();
    }

    // §Reversing R3: deleting a whole receipt unwinds each of its lines and the receipt is gone
    @Test
    void deletingAReceiptUnwindsAllItsLines() {
        String ring = fixtures.ring(tenant);
        String pendant = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring, pendant);
        MemoReturnId receipt = fixtures.sales.as(tenant, () -> returning.receive(memo, new ReturningFromAMemo.Request(null,
                null, read(memo).lines().stream().map(l -> new ReturningFromAMemo.Line(l.id(), BigDecimal.ONE)).toList())));
        assertThat(read(memo).pill()).isEqualTo(MemoPill.RETURNED);
        fixtures.sales.run(tenant, () -> unwinding.delete(receipt));
        assertThat(read(memo).pill()).isEqualTo(MemoPill.OPEN);
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.onMemo(tenant, pendant)).isEqualByComparingTo("1");
        assertThat(fixtures.sales.as(tenant, () -> memos.findReturn(receipt))).isEmpty();
    }

    // §Reversing R7, decision 11: the returned piece was sold meanwhile — unwinding is refused naming it and its stock
    @Test
    void unwindingAReturnOfAPieceSoldMeanwhileIsRefused() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        MemoReturnId receipt = fixtures.giveBack(tenant, memo, read(memo).lines().getFirst().id(), "1");
        InvoiceId invoice = fixtures.sales.openWith(tenant, ring);
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        long receiptLine = fixtures.sales.as(tenant, () -> memos.getReturn(receipt)).lines().getFirst().id();
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> unwinding.removeLine(receipt, receiptLine)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("StockID " + ring + " has 0 in stock; that is not enough for this.");
        assertThat(read(memo).pill()).isEqualTo(MemoPill.RETURNED);
        assertThat(fixtures.sales.as(tenant, () -> memos.getReturn(receipt)).lines()).hasSize(1);
    }

    // §Reversing R3 "audited": the removed receipt line is in the audit log
    @Test
    void removingAReturnLineIsAudited() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        MemoReturnId receipt = fixtures.giveBack(tenant, memo, read(memo).lines().getFirst().id(), "1");
        long receiptLine = fixtures.sales.as(tenant, () -> memos.getReturn(receipt)).lines().getFirst().id();
        fixtures.sales.run(tenant, () -> unwinding.removeLine(receipt, receiptLine));
        Long audited = fixtures.sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(AUDITED).param(Long.toString(receiptLine))
                .query(Long.class).single()));
        assertThat(audited).isEqualTo(1);
    }

    static final String AUDITED = "select count(*) from audit_log where table_name = 'memo_return_line' and action = 'DELETE' and row_id = ?";

    // §Memos R1: the terms change; an expected return before the memo date is refused
    @Test
    void termsChangeButNotToAReturnBeforeTheMemoDate() {
        MemoId memo = fixtures.issue(tenant);
        fixtures.sales.run(tenant, () -> changing.change(memo, new ChangingAMemo.Request(java.time.LocalDate.of(2027, 1, 15),
                "Net 45", "VIP")));
        assertThat(read(memo).terms()).isEqualTo("Net 45");
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> changing.change(memo, new ChangingAMemo.Request(
                read(memo).date().minusDays(1), null, null)))).isInstanceOf(BusinessRuleViolated.class);
    }

    // quantities are kept to 3 decimals: more is refused rather than rounded
    @Test
    void aQuantityWithMoreThanThreeDecimalsIsRefused() {
        String beads = fixtures.beads(tenant, "2");
        MemoId memo = fixtures.issue(tenant);
        assertThatThrownBy(() -> fixtures.add(tenant, memo, beads, "1.0005")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Enter the quantity with at most 3 decimals.");
        assertThat(fixtures.inStock(tenant, beads)).isEqualByComparingTo("2");
    }
}
