package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trade-ins on the real database (02-sales §Trade-In Negotiation R1–R8; issue 7 points 5 and 6): the customer-facing
 * figures on the invoice, the honest ones in inventory, gross profit and the journal. Each test has its own tenant, so
 * the books start empty.
 */
@IntegrationTest
class TradeInTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired Invoices invoices;
    @Autowired Items items;
    @Autowired Books books;
    @Autowired AddingATradeIn addingTradeIn;
    @Autowired ChangingATradeIn changingTradeIn;
    @Autowired SettingATradeConcession concession;
    @Autowired ChangingALine changing;
    @Autowired AddingAReturnLine returning;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("trade-ins");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private BigDecimal balance(SystemAccount account) {
        return as(() -> books.balance(account));
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** The ring (1,200.00, cost 350.00) sold with an old bracelet taken in for 500.00 credit, really worth 300.00. */
    private InvoiceId ringWithTradeIn(String credit, String actual, boolean taxable) {
        InvoiceId id = fixtures.openWith(tenant, fixtures.ring(tenant));
        fixtures.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request("Old gold bracelet", "JEWELRY",
                "Bracelet", d(credit), actual == null ? null : d(actual), taxable)));
        return id;
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    private InvoiceLine tradeInLine(InvoiceId id) {
        return read(id).lines().stream().filter(InvoiceLine::isTradeIn).findFirst().orElseThrow();
    }

    private InvoiceLine soldLine(InvoiceId id) {
        return read(id).lines().stream().filter(l -> l.kind() == LineKind.ITEM).findFirst().orElseThrow();
    }

    // R1: the customer sees the full credit as a minus line; the amount due is the price less the credit
    @Test
    void theTradeInCreditComesOffTheAmountDue() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        InvoiceTotals totals = read(id).totals();
        assertThat(tradeInLine(id).net()).isEqualByComparingTo("-500.00");
        assertThat(totals.tradeIns()).isEqualByComparingTo("-500.00");
        assertThat(totals.subtotal()).isEqualByComparingTo("700.00");
        assertThat(totals.taxableSubtotal()).isEqualByComparingTo("1200.00");
    }

    // R7: a taxable trade-in lowers the taxable base (08 §Sales Tax)
    @Test
    void aTaxableTradeInLowersTheTaxableBase() {
        InvoiceId id = ringWithTradeIn("500.00", null, true);
        assertThat(read(id).totals().taxableSubtotal()).isEqualByComparingTo("700.00");
    }

    // R5: a blank actual value is the credit
    @Test
    void aBlankActualValueIsTheCredit() {
        InvoiceId id = ringWithTradeIn("500.00", null, false);
        assertThat(tradeInLine(id).cost()).isEqualByComparingTo("500.00");
        fixtures.run(tenant, () -> changingTradeIn.change(id, tradeInLine(id).id(),
                new ChangingATradeIn.Request(null, null, null, d("450.00"), null, null)));
        assertThat(tradeInLine(id).cost()).isEqualByComparingTo("450.00");
    }

    // issue 7 bad input: a trade-in with no value is refused with the reason
    @Test
    void aTradeInWithNoValueIsRefused() {
        InvoiceId id = fixtures.openWith(tenant, fixtures.ring(tenant));
        assertThatThrownBy(() -> fixtures.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request(
                "Broken chain", "JEWELRY", null, BigDecimal.ZERO, null, false))))
                .isInstanceOf(TradeIns.TradeInHasNoValue.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> fixtures.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request(
                "Broken chain", "JEWELRY", null, d("100.00"), d("-1.00"), false))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("actual value");
    }

    // R5, issue 7 point 5: finalizing receives the piece into the invoice's store at its actual value, linked from the line
    @Test
    void finalizingReceivesThePieceAtItsActualValue() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        InvoiceLine line = tradeInLine(id);
        assertThat(line.tradeIn().item()).isNotNull();
        Item piece = fixtures.as(tenant, () -> transactions.execute(s -> items.get(line.tradeIn().item())));
        assertThat(piece.cost()).isEqualByComparingTo("300.00");
        assertThat(piece.store()).isEqualTo(tenant.store());
        assertThat(piece.category()).isEqualTo("Bracelet");
        assertThat(piece.quantities().inStock()).isEqualByComparingTo("1");
    }

    // issue 7 point 6: Inventory takes the piece at actual value, the over-allowance comes off Sales, the books balance
    @Test
    void theBooksCarryTheTradeInAtActualValueAndRevenueAtTheHonestPrice() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        // ring 350 in, 350 out to COGS; the bracelet in at 300, not at the 500 credit, and not against owner's equity
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("300.00");
        assertThat(balance(SystemAccount.OWNER_EQUITY)).isEqualByComparingTo("350.00");
        // 1,200 invoiced less the 200 over-allowance (a credit balance, its normal side)
        assertThat(balance(SystemAccount.SALES)).isEqualByComparingTo("1000.00");
        assertThat(balance(SystemAccount.COGS)).isEqualByComparingTo("350.00");
        assertThat(fixtures.as(tenant, () -> books.arBalance(fixtures.customer(tenant)))).isEqualByComparingTo("700.00");
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
    }

    // R2, R4, R6: the concession comes off the sold line's GP only; the amount due is unaffected (R1)
    @Test
    void theTradeConcessionMakesGrossProfitHonestWithoutChangingTheAmountDue() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        Invoice before = read(id);
        assertThat(SettingATradeConcession.suggested(before, soldLine(id))).isEqualByComparingTo("200.00");
        fixtures.run(tenant, () -> concession.set(id, soldLine(id).id(), d("200.00")));
        assertThat(soldLine(id).tradeConcession()).isEqualByComparingTo("200.00");
        // 1,200 − 0 − 200 − 350
        assertThat(soldLine(id).grossProfit()).isEqualByComparingTo("650.00");
        assertThat(tradeInLine(id).grossProfit()).isZero();
        assertThat(read(id).totals().total()).isEqualByComparingTo(before.totals().total());
        // R4: once the over-allowance is on the ring, no other line is prefilled with it again
        assertThat(SettingATradeConcession.suggested(read(id), soldLine(id))).isEqualByComparingTo("200.00");
        long sizing = fixtures.service(tenant, id, "40.00");
        assertThat(SettingATradeConcession.suggested(read(id), read(id).line(sizing))).isZero();
    }

    // R6: a concession above the line amount, or on a trade-in line, is refused
    @Test
    void aConcessionAboveTheLineAmountOrOnTheWrongLineIsRefused() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> concession.set(id, soldLine(id).id(), d("1200.01"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("at most the line's amount");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> concession.set(id, tradeInLine(id).id(), d("10.00"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("sells an item");
        long service = fixtures.service(tenant, id, "40.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> concession.set(id, service, d("10.00"))))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    // 02-sales §Finalize R7 with Trade-In R5: voiding takes the piece out of stock again and reverses the books
    @Test
    void voidingTakesThePieceBackOutOfStock() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        var piece = tradeInLine(id).tradeIn().item();
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        assertThat(fixtures.as(tenant, () -> transactions.execute(s -> items.get(piece))).quantities().inStock()).isZero();
        assertThat(tradeInLine(id).tradeIn().item()).isNull();
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("350.00"); // the ring is back, the bracelet gone
        assertThat(balance(SystemAccount.SALES)).isZero();
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
    }

    // R6 (reopen) with Trade-In R5: reopen takes the piece out; a re-finalize receives it again at the value then on the line
    @Test
    void reopeningTakesThePieceOutAndRefinalizingReceivesItAgain() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.run(tenant, () -> reopening.reopen(id));
        assertThat(tradeInLine(id).tradeIn().item()).isNull();
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("350.00"); // the ring stays reserved
        fixtures.run(tenant, () -> changingTradeIn.change(id, tradeInLine(id).id(),
                new ChangingATradeIn.Request(null, null, null, null, d("250.00"), null)));
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertThat(balance(SystemAccount.INVENTORY)).isEqualByComparingTo("250.00");
        assertThat(balance(SystemAccount.SALES)).isEqualByComparingTo("950.00");
        assertThat(as(() -> books.trialBalance(LocalDate.now().plusDays(1)).balanced())).isTrue();
    }

    // Trade-In R5: a piece sold on meanwhile cannot leave stock again; the reopen is refused naming it
    @Test
    void aPieceSoldOnMeanwhileBlocksTheReopen() {
        InvoiceId id = ringWithTradeIn("500.00", "300.00", false);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        String pieceStockId = fixtures.as(tenant, () -> transactions.execute(s ->
                items.get(tradeInLine(id).tradeIn().item()).stockId()));
        InvoiceId resale = fixtures.openWith(tenant, pieceStockId);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reopening.reopen(id)))
                .isInstanceOf(TradeInStock.TradeInMovedOn.class).hasMessageContaining(pieceStockId);
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(read(resale).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    // R6: a trade-in line is one piece with no adjustment, however it is changed
    @Test
    void aTradeInLineIsOnePieceWithoutAdjustment() {
        InvoiceId id = ringWithTradeIn("500.00", null, false);
        long line = tradeInLine(id).id();
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line,
                new ChangingALine.Request(null, d("2"), null, null, null))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("one piece");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line,
                new ChangingALine.Request(null, null, null, d("10.00"), null))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("no adjustment");
        fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null, null, d("550.00"), null, null)));
        assertThat(tradeInLine(id).net()).isEqualByComparingTo("-550.00");
    }

    // Returns R12 with Trade-In R2: a return line takes the sold line's concession back pro-rated, so the GP reverses exactly
    @Test
    void aReturnTakesTheConcessionBackAndReversesTheGrossProfit() {
        InvoiceId sale = ringWithTradeIn("500.00", "300.00", false);
        fixtures.run(tenant, () -> concession.set(sale, soldLine(sale).id(), d("200.00")));
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(sale));
        InvoiceId back = fixtures.open(tenant);
        long returned = fixtures.as(tenant, () -> returning.add(back, soldLine(sale).id(), BigDecimal.ONE));
        InvoiceLine line = read(back).line(returned);
        assertThat(line.tradeConcession()).isEqualByComparingTo("-200.00");
        assertThat(line.grossProfit()).isEqualByComparingTo(soldLine(sale).grossProfit().negate());
    }
}
