package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.DeletingAnInvoice;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceIsVoided;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.InvoiceStatus;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineOnFinalizedInvoice;
import com.jeweltrak.sales.MemoSourcedLines;
import com.jeweltrak.sales.RemovingALine;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Memo → invoice on the real database: 02-sales §Memos R5, R7 (convert, cap, pill) and §Reversing a Memo Invoice case 1
 * (R1, R2, R5, R6, R8): removing or lowering the invoice line, reopen first, void.
 */
@IntegrationTest
class MemoConversionTests {

    static TestTenants.Tenant tenant;

    @Autowired MemoFixtures fixtures;
    @Autowired ConvertingAMemo converting;
    @Autowired Invoices invoices;
    @Autowired MemoSourcedLines memoSourced;
    @Autowired RemovingALine removing;
    @Autowired ChangingALine changing;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired DeletingAnInvoice deleting;
    @Autowired StockLedger ledger;
    @Autowired Books books;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("memo-conversion");
    }

    private InvoiceId convert(MemoId memo, long line, String quantity) {
        return fixtures.sales.as(tenant, () -> converting.convert(memo,
                List.of(new ConvertingAMemo.Line(line, new BigDecimal(quantity)))));
    }

    private Invoice invoice(InvoiceId id) {
        return fixtures.sales.as(tenant, () -> invoices.get(id));
    }

    private InvoiceLine onlyLine(InvoiceId id) {
        return invoice(id).lines().getFirst();
    }

    private List<MovementKind> movements(String stockId) {
        var item = fixtures.item(tenant, stockId).id();
        return fixtures.sales.as(tenant, () -> ledger.history(item)).stream().map(StockLedger.Recorded::kind).toList();
    }

    // §Memos R5: a new invoice for the memo's customer in its store; the line names its memo line and carries its price;
    // QtyInvoiced rises and On Memo falls at once; the pill follows
    @Test
    void convertingPutsTheUnitsOnANewInvoiceForTheMemosCustomerAndTakesThemOffMemo() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        InvoiceId id = convert(memo, line, "1");
        Invoice invoice = invoice(id);
        assertThat(invoice.customer()).isEqualTo(fixtures.read(tenant, memo).customer());
        assertThat(invoice.store()).isEqualTo(tenant.store());
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        InvoiceLine invoiced = invoice.lines().getFirst();
        assertThat(invoiced.unitPrice()).isEqualByComparingTo("1200.00");
        assertThat(invoiced.stockCommitted()).isTrue();
        assertThat(fixtures.sales.as(tenant, () -> memoSourced.memoLineOf(invoiced.id()))).contains(line);
        assertThat(fixtures.onMemo(tenant, ring)).isZero();
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(movements(ring)).containsExactly(MovementKind.RECEIVE, MovementKind.MEMO_OUT, MovementKind.SALE);
        Memo after = fixtures.read(tenant, memo);
        assertThat(after.lines().getFirst().qtyInvoiced()).isEqualByComparingTo("1");
        assertThat(after.lines().getFirst().status()).isEqualTo(MemoLineStatus.INVOICED);
        assertThat(after.pill()).isEqualTo(MemoPill.INVOICED);
    }

    // §Memos R7: invoiced + returned never exceed the line's Qty — at most what is Out is invoiced
    @Test
    void invoicingMoreThanIsOutIsRefused() {
        String beads = fixtures.beads(tenant, "5");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, beads, "5");
        fixtures.giveBack(tenant, memo, line, "2");
        assertThatThrownBy(() -> convert(memo, line, "4")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("has 3 out on memo").hasMessageContaining("4 cannot be invoiced");
        assertThat(fixtures.onMemo(tenant, beads)).isEqualByComparingTo("3");
        convert(memo, line, "3");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.CLOSED);
        assertThat(fixtures.onMemo(tenant, beads)).isZero();
    }

    // §Memos R5: part of a line invoiced leaves the memo Partial; the line's Adjustment goes pro-rated
    @Test
    void partOfALineIsInvoicedWithItsAdjustmentProRated() {
        String beads = fixtures.beads(tenant, "4");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.sales.as(tenant, () -> adding.add(memo, new AddingAMemoLine.Request(beads, null,
                new BigDecimal("4"), null, new BigDecimal("10.00"))));
        InvoiceId id = convert(memo, line, "1");
        assertThat(onlyLine(id).adjustment()).isEqualByComparingTo("2.50");
        assertThat(onlyLine(id).quantity()).isEqualByComparingTo("1");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.PARTIAL);
        assertThat(fixtures.read(tenant, memo).counts().text()).isEqualTo("3 out · 0 returned · 1 invoiced");
        assertThat(fixtures.onMemo(tenant, beads)).isEqualByComparingTo("3");
    }

    @Autowired AddingAMemoLine adding;

    // §Memos R5: finalize moves no stock again (the line is committed) and posts COGS at the item's cost, out of
    // Inventory (the item was owned on memo at cost)
    @Test
    void finalizingAConvertedLineMovesNoStockAndPostsItsCost() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        BigDecimal cogs = fixtures.sales.as(tenant, () -> books.balance(SystemAccount.COGS));
        BigDecimal inventory = fixtures.sales.as(tenant, () -> books.balance(SystemAccount.INVENTORY));
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertThat(movements(ring)).containsExactly(MovementKind.RECEIVE, MovementKind.MEMO_OUT, MovementKind.SALE);
        assertThat(fixtures.sales.as(tenant, () -> books.balance(SystemAccount.COGS)).subtract(cogs))
                .isEqualByComparingTo("350.00");
        assertThat(inventory.subtract(fixtures.sales.as(tenant, () -> books.balance(SystemAccount.INVENTORY))))
                .isEqualByComparingTo("350.00");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.INVOICED);
    }

    // §Reversing R1, R2, R5: removing the line from the Open invoice lowers QtyInvoiced, puts the unit back On Memo
    // and the line and pill back to On Memo / Open
    @Test
    void removingAConvertedLinePutsTheUnitsBackOnMemo() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id()));
        Memo after = fixtures.read(tenant, memo);
        assertThat(after.lines().getFirst().qtyInvoiced()).isZero();
        assertThat(after.lines().getFirst().status()).isEqualTo(MemoLineStatus.ON_MEMO);
        assertThat(after.pill()).isEqualTo(MemoPill.OPEN);
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(movements(ring)).containsExactly(MovementKind.RECEIVE, MovementKind.MEMO_OUT, MovementKind.SALE,
                MovementKind.SALE_RETURN);
        // R8: an invoice left with no lines is not deleted
        assertThat(invoice(id).lines()).isEmpty();
    }

    // §Reversing R2: the rest of the line came back meanwhile — the memo reads Partial again, nothing invoiced
    @Test
    void removingAConvertedLineWhoseRestWasReturnedLeavesTheUnitsOut() {
        String beads = fixtures.beads(tenant, "2");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, beads, "2");
        InvoiceId id = convert(memo, line, "1");
        fixtures.giveBack(tenant, memo, line, "1");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.CLOSED);
        fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id()));
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.PARTIAL);
        assertThat(fixtures.read(tenant, memo).counts().text()).isEqualTo("1 out · 1 returned · 0 invoiced");
        assertThat(fixtures.onMemo(tenant, beads)).isEqualByComparingTo("1");
    }

    // §Reversing R6: a Finalized invoice is refused (Finalize locks the lines) ...
    @Test
    void removingFromAFinalizedInvoiceIsRefused() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id())))
                .isInstanceOf(LineOnFinalizedInvoice.class);
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.INVOICED);
    }

    // ... §Reversing R6: ... so it is reopened first, then the line comes off and the unit goes back On Memo; the books
    // take the cost back into Inventory
    @Test
    void aReopenedInvoiceGivesTheConvertedUnitsBackWhenTheLineIsRemoved() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        BigDecimal inventory = fixtures.sales.as(tenant, () -> books.balance(SystemAccount.INVENTORY));
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.sales.run(tenant, () -> reopening.reopen(id));
        fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id()));
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
        assertThat(fixtures.sales.as(tenant, () -> books.balance(SystemAccount.INVENTORY))).isEqualByComparingTo(inventory);
    }

    // §Reversing R2: lowering the line's quantity does the same for the difference; raising it invoices more, at most
    // what is out (§Memos R7)
    @Test
    void changingAConvertedLinesQuantityMovesTheDifferenceOnAndOffMemo() {
        String beads = fixtures.beads(tenant, "4");
        MemoId memo = fixtures.issue(tenant);
        long line = fixtures.add(tenant, memo, beads, "4");
        InvoiceId id = convert(memo, line, "3");
        long invoiceLine = onlyLine(id).id();
        fixtures.sales.run(tenant, () -> changing.change(id, invoiceLine, new ChangingALine.Request(null,
                new BigDecimal("1"), null, null, null)));
        assertThat(fixtures.onMemo(tenant, beads)).isEqualByComparingTo("3");
        assertThat(fixtures.read(tenant, memo).lines().getFirst().qtyInvoiced()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> changing.change(id, invoiceLine,
                new ChangingALine.Request(null, new BigDecimal("5"), null, null, null))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("only 3 more is out on the memo");
        fixtures.sales.run(tenant, () -> changing.change(id, invoiceLine, new ChangingALine.Request(null,
                new BigDecimal("4"), null, null, null)));
        assertThat(fixtures.onMemo(tenant, beads)).isZero();
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.INVOICED);
    }

    // §Reversing R8: payments already taken on the invoice are not reversed by removing the line — they stay on it
    @Test
    void removingAConvertedLineLeavesThePaymentsOnTheInvoice() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        fixtures.sales.run(tenant, () -> tendering.take(id, new com.jeweltrak.sales.TakingATender.Request(
                com.jeweltrak.sales.PaymentMethod.CASH, new BigDecimal("100.00"), null, null, null, null)));
        fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id()));
        assertThat(invoice(id).paid()).isEqualByComparingTo("100.00");
        assertThat(invoice(id).appliedPayments()).hasSize(1);
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    @Autowired com.jeweltrak.sales.TakingATender tendering;

    // §Reversing R5: the memo's entry in the top search follows conversion and its reversal
    @Test
    void theMemosSearchEntryFollowsConversionAndRemoval() {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        assertThat(searchStatus(memo)).isEqualTo("Invoiced");
        fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id()));
        assertThat(searchStatus(memo)).isEqualTo("Open");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    private String searchStatus(MemoId memo) {
        return fixtures.sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select status from search_entry where record_type = 'memo' and record_id = ?")
                .param(memo.value()).query(String.class).single()));
    }

    // decision (issue 7): voiding the invoice — the customer still holds the units on approval, so they go back On Memo
    // and QtyInvoiced falls; the voided invoice cannot be edited afterwards (§Reversing R6)
    @Test
    void voidingTheInvoicePutsTheConvertedUnitsBackOnMemo() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.sales.run(tenant, () -> voiding.voidInvoice(id));
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
        assertThatThrownBy(() -> fixtures.sales.run(tenant, () -> removing.remove(id, onlyLine(id).id())))
                .isInstanceOf(InvoiceIsVoided.class);
    }

    // §Memos: once the voided invoice gave the unit back, the memo line is untouched again and can be taken off the memo
    @Test
    void aLineGivenBackByAVoidedInvoiceCanBeTakenOffTheMemo() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        InvoiceId id = convert(memo, line, "1");
        fixtures.sales.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.sales.run(tenant, () -> voiding.voidInvoice(id));
        fixtures.sales.run(tenant, () -> removingMemoLine.remove(memo, line));
        assertThat(fixtures.read(tenant, memo).lines()).isEmpty();
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(invoice(id).lines()).hasSize(1);
    }

    @Autowired RemovingAMemoLine removingMemoLine;

    // §Finalize R9 with §Reversing R2: deleting an Open invoice made by mistake puts its memo units back On Memo
    @Test
    void deletingTheOpenInvoicePutsTheConvertedUnitsBackOnMemo() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        InvoiceId id = convert(memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        fixtures.sales.run(tenant, () -> deleting.delete(id));
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    // §Memos R5: a memo something was invoiced from cannot be voided; nothing is invoiced from a voided memo
    @Test
    void aVoidedMemoConvertsNothing() {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        fixtures.sales.run(tenant, () -> voidingMemo.voidMemo(memo));
        assertThatThrownBy(() -> convert(memo, line, "1")).isInstanceOf(MemoIsVoided.class);
    }

    @Autowired VoidingAMemo voidingMemo;
}
