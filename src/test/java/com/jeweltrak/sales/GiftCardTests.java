package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.ReconciliationCheck;
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

/** Gift cards: sold as a line, redeemed as a tender by anyone, looked up by number (08-accounting §Gift Cards R1–R9). */
@IntegrationTest
class GiftCardTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired OpeningAnInvoice opening;
    @Autowired AddingALine adding;
    @Autowired SellingAGiftCard selling;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired TakingATender tenders;
    @Autowired VoidingATender voidingTender;
    @Autowired RefundingACustomer refunding;
    @Autowired VoidingAnInvoice voidingInvoice;
    @Autowired ChangingALine changing;
    @Autowired AddingAReturnLine returning;
    @Autowired Invoices invoices;
    @Autowired GiftCards giftCards;
    @Autowired Books books;
    @Autowired List<ReconciliationCheck> checks;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("gift-cards");
    }

    /** A finalized invoice for the fixtures' customer that sold card {@code number} with {@code amount} on it, paid in cash. */
    private InvoiceId sold(String number, String amount) {
        InvoiceId id = fixtures.open(tenant);
        sell(id, number, amount, false);
        pay(id, PaymentMethod.CASH, amount, null);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private long sell(InvoiceId id, String number, String amount, boolean reload) {
        return fixtures.as(tenant, () -> selling.add(id, new SellingAGiftCard.Request(number, new BigDecimal(amount), reload)));
    }

    private PaymentId pay(InvoiceId id, PaymentMethod method, String amount, String card) {
        return fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(method, new BigDecimal(amount), null,
                null, null, null, card)));
    }

    /** An Open invoice of {@code customer} (null: a walk-in) selling a non-taxable service at {@code price}. */
    private InvoiceId saleTo(ContactId customer, String price) {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null,
                null, null, null, null, null, false)));
        fixtures.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.SERVICE, null, "Watch battery",
                BigDecimal.ONE, new BigDecimal(price), null, false, null)));
        return id;
    }

    private GiftCards.GiftCard card(String number) {
        return fixtures.as(tenant, () -> giftCards.findByNumber(number)).orElseThrow();
    }

    private BigDecimal liability() {
        return fixtures.as(tenant, () -> transactions.execute(s -> books.balance(SystemAccount.GIFT_CARD_LIABILITY)));
    }

    private BigDecimal balanceOf(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id)).balance();
    }

    private void assertBooksAgreeWithTheCards() {
        var found = fixtures.as(tenant, () -> checks.stream().map(ReconciliationCheck::check)
                .filter(r -> r.name().equals("Gift card liability")).findFirst().orElseThrow());
        assertThat(found.agrees()).as(found.toString()).isTrue();
    }

    // R1, R8: finalizing the sale issues the card with its balance; the amount is a liability, not revenue, not taxed
    @Test
    void sellingAGiftCardIssuesTheCardAndTheLiability() {
        InvoiceId id = sold("5000-123", "25.00");
        GiftCards.GiftCard card = card("5000123");
        assertThat(card.status()).isEqualTo("ACTIVE");
        assertThat(card.balance()).isEqualByComparingTo("25.00");
        assertThat(card.issuingInvoice()).isEqualTo(id);
        assertThat(fixtures.as(tenant, () -> invoices.get(id)).amounts().tax()).isZero();
        assertThat(liability()).isEqualByComparingTo("25.00");
        BigDecimal sales = fixtures.as(tenant, () -> transactions.execute(s -> books.balance(SystemAccount.SALES)));
        assertThat(sales).isZero();
        assertBooksAgreeWithTheCards();
    }

    // R7: a number that exists is refused when the line is added, naming what the card holds
    @Test
    void aNumberThatExistsIsRefusedWhenTheLineIsAdded() {
        sold("5000123", "25.00");
        InvoiceId other = fixtures.open(tenant);
        assertThatThrownBy(() -> sell(other, " 5000 123 ", "10.00", false)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Gift card 5000123 already exists with 25.00 on it — choose Reload to add to it.");
    }

    // R7: two open invoices with the same new number — the second to finalize is refused
    @Test
    void aNumberThatExistsIsRefusedAtFinalize() {
        InvoiceId first = fixtures.open(tenant);
        InvoiceId second = fixtures.open(tenant);
        sell(first, "GC77", "30.00", false);
        sell(second, "GC77", "40.00", false);
        pay(first, PaymentMethod.CASH, "30.00", null);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(first));
        assertThatThrownBy(() -> fixtures.run(tenant, () -> finalizing.finalizeInvoice(second)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already exists with 30.00");
        assertThat(card("GC77").balance()).isEqualByComparingTo("30.00");
    }

    // R7: a line that says Reload adds its amount to the existing card
    @Test
    void aReloadAddsToTheExistingCard() {
        sold("RL1", "25.00");
        InvoiceId reload = fixtures.open(tenant);
        sell(reload, "rl-1", "15.00", true);
        pay(reload, PaymentMethod.CASH, "15.00", null);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(reload));
        assertThat(card("RL1").balance()).isEqualByComparingTo("40.00");
        assertThat(liability()).isEqualByComparingTo("40.00");
        assertThat(fixtures.as(tenant, () -> giftCards.history(card("RL1").id()))).extracting(GiftCards.Event::what)
                .containsExactly("ISSUED", "RELOADED");
    }

    // R2, R6: redeemed partly, then fully; the card is DEPLETED at 0.00 and the liability follows
    @Test
    void aCardIsRedeemedPartlyThenFully() {
        sold("PF1", "50.00");
        InvoiceId first = saleTo(fixtures.customer(tenant), "30.00");
        pay(first, PaymentMethod.GIFT_CARD, "30.00", "PF1");
        assertThat(card("PF1").balance()).isEqualByComparingTo("20.00");
        assertThat(balanceOf(first)).isZero();
        InvoiceId second = saleTo(fixtures.customer(tenant), "45.00");
        pay(second, PaymentMethod.GIFT_CARD, "20.00", "PF1");
        assertThat(card("PF1").balance()).isZero();
        assertThat(card("PF1").status()).isEqualTo("DEPLETED");
        assertThat(balanceOf(second)).isEqualByComparingTo("25.00");
        assertThat(liability()).isZero();
        assertBooksAgreeWithTheCards();
    }

    // R6 (issue 10 bad input): redeeming more than the card holds is refused, naming its balance
    @Test
    void redeemingMoreThanTheCardHoldsIsRefusedNamingItsBalance() {
        sold("OV1", "20.00");
        InvoiceId sale = saleTo(fixtures.customer(tenant), "50.00");
        assertThatThrownBy(() -> pay(sale, PaymentMethod.GIFT_CARD, "25.00", "OV1"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("holds only 20.00")
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("amount");
        assertThat(card("OV1").balance()).isEqualByComparingTo("20.00");
    }

    // R6: a card at 0.00, or a number that is no card, is refused beside the number
    @Test
    void anEmptyOrUnknownCardIsRefusedBesideTheNumber() {
        sold("EM1", "10.00");
        InvoiceId sale = saleTo(fixtures.customer(tenant), "50.00");
        pay(sale, PaymentMethod.GIFT_CARD, "10.00", "EM1");
        assertThatThrownBy(() -> pay(sale, PaymentMethod.GIFT_CARD, "5.00", "EM1"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("0.00 left")
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("giftCardNumber");
        assertThatThrownBy(() -> pay(sale, PaymentMethod.GIFT_CARD, "5.00", "NOPE9"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("no gift card NOPE9");
    }

    // R4: a walk-in (no customer) spends a card someone else bought
    @Test
    void aWalkInRedeemsACardSomeoneElseBought() {
        sold("WK1", "60.00");
        InvoiceId walkIn = saleTo(null, "40.00");
        pay(walkIn, PaymentMethod.GIFT_CARD, "40.00", "WK1");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(walkIn));
        assertThat(card("WK1").balance()).isEqualByComparingTo("20.00");
        assertThat(liability()).isEqualByComparingTo("20.00");
        assertBooksAgreeWithTheCards();
    }

    // issue 10 point 6: two redemptions racing for the whole card — one goes through, the other is refused
    @Test
    void concurrentRedemptionsNeverOverdrawTheCard() throws Exception {
        sold("RC1", "100.00");
        List<InvoiceId> sales = List.of(saleTo(fixtures.customer(tenant), "100.00"), saleTo(fixtures.customer(tenant), "100.00"),
                saleTo(fixtures.customer(tenant), "100.00"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sales.size());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (InvoiceId sale : sales) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        pay(sale, PaymentMethod.GIFT_CARD, "100.00", "RC1");
                        return true;
                    } catch (BusinessRuleViolated refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int through = 0;
            for (Future<Boolean> result : results) through += result.get() ? 1 : 0;
            assertThat(through).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(card("RC1").balance()).isZero();
        assertThat(liability()).isZero();
    }

    // R9: voiding the redemption gives the amount back to the card
    @Test
    void voidingTheTenderRestoresTheCard() {
        sold("VT1", "50.00");
        InvoiceId sale = saleTo(fixtures.customer(tenant), "30.00");
        PaymentId redemption = pay(sale, PaymentMethod.GIFT_CARD, "30.00", "VT1");
        fixtures.run(tenant, () -> voidingTender.voidTender(sale, redemption, "wrong card"));
        assertThat(card("VT1").balance()).isEqualByComparingTo("50.00");
        assertThat(card("VT1").status()).isEqualTo("ACTIVE");
        assertThat(liability()).isEqualByComparingTo("50.00");
        assertThat(fixtures.as(tenant, () -> giftCards.history(card("VT1").id()))).extracting(GiftCards.Event::what)
                .containsExactly("ISSUED", "REDEEMED", "RESTORED");
    }

    // R5: a return refunds onto a new gift card; posted like store credit (the card's value is a liability)
    @Test
    void aReturnRefundsOntoANewGiftCard() {
        ContactId customer = returns.anotherCustomer(tenant, "Refundee");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "80.00"));
        BigDecimal owed = balanceOf(back).negate();
        fixtures.as(tenant, () -> refunding.refund(back, new RefundingACustomer.Request(PaymentMethod.GIFT_CARD, null, null,
                null, null, "RF-900")));
        assertThat(balanceOf(back)).isZero();
        assertThat(card("RF900").balance()).isEqualByComparingTo(owed);
        assertThat(card("RF900").issuingInvoice()).isNull();
        assertThat(liability()).isEqualByComparingTo(owed);
        assertBooksAgreeWithTheCards();
    }

    // R3: the card is found by its number however it is typed
    @Test
    void aCardIsLookedUpByItsNumberHoweverTyped() {
        sold("AB-12 34", "35.00");
        assertThat(fixtures.as(tenant, () -> giftCards.findByNumber(" ab1234 "))).get()
                .satisfies(c -> assertThat(c.balance()).isEqualByComparingTo("35.00"));
        assertThat(fixtures.as(tenant, () -> giftCards.findByNumber("AB1235"))).isEmpty();
    }

    // R7 (inferred): the selling invoice cannot be reopened once the card was spent
    @Test
    void theSellingInvoiceIsNotReopenedOnceTheCardWasUsed() {
        InvoiceId selling = sold("RO1", "50.00");
        InvoiceId sale = saleTo(fixtures.customer(tenant), "10.00");
        pay(sale, PaymentMethod.GIFT_CARD, "10.00", "RO1");
        long number = fixtures.as(tenant, () -> invoices.get(sale)).number();
        assertThatThrownBy(() -> fixtures.run(tenant, () -> reopening.reopen(selling)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("Gift card RO1 was already used on invoice " + number);
    }

    // decision 2: reopening an unused card's invoice voids the card; finalizing again brings it back
    @Test
    void reopeningVoidsAnUnusedCardAndRefinalizingRevivesIt() {
        InvoiceId selling = sold("RV1", "50.00");
        fixtures.run(tenant, () -> reopening.reopen(selling));
        assertThat(card("RV1").status()).isEqualTo("VOIDED");
        assertThat(liability()).isZero();
        assertBooksAgreeWithTheCards();
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(selling));
        assertThat(card("RV1").status()).isEqualTo("ACTIVE");
        assertThat(card("RV1").balance()).isEqualByComparingTo("50.00");
        assertThat(liability()).isEqualByComparingTo("50.00");
        assertBooksAgreeWithTheCards();
    }

    // R2, Postings.tenderAccount(GIFT_CARD): a redemption on a finalized invoice is Dr Gift card liability / Cr AR,
    // with no contact on the liability line (the card is anyone's, R4)
    @Test
    void aRedemptionIsPostedAgainstTheLiabilityWithoutAContact() {
        sold("BK1", "70.00");
        InvoiceId sale = saleTo(fixtures.customer(tenant), "70.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(sale));
        PaymentId redemption = pay(sale, PaymentMethod.GIFT_CARD, "70.00", "BK1");
        var lines = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("""
                        select a.system_key, l.debit - l.credit, l.contact_id from journal_line l
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where e.document_type = 'PAYMENT' and e.document_id = ? order by a.system_key""")
                .param(redemption.value())
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + " "
                        + (rs.getObject(3) != null))
                .list()));
        assertThat(lines).containsExactly("AR -70 true", "GIFT_CARD_LIABILITY 70 false");
    }

    // R7, decision 2: reopening the invoice that reloaded a card takes the reload back; re-finalizing puts it on again
    @Test
    void reopeningAReloadTakesItBackAndRefinalizingPutsItOnAgain() {
        sold("RR1", "25.00");
        InvoiceId reload = fixtures.open(tenant);
        sell(reload, "RR1", "15.00", true);
        pay(reload, PaymentMethod.CASH, "15.00", null);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(reload));
        fixtures.run(tenant, () -> reopening.reopen(reload));
        assertThat(card("RR1").balance()).isEqualByComparingTo("25.00");
        assertThat(liability()).isEqualByComparingTo("25.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(reload));
        assertThat(card("RR1").balance()).isEqualByComparingTo("40.00");
        assertBooksAgreeWithTheCards();
    }

    // R7 (inferred), 02-sales §Finalize R7: voiding the selling invoice of an unused card voids the card and its liability
    @Test
    void voidingTheSellingInvoiceVoidsAnUnusedCard() {
        InvoiceId selling = fixtures.open(tenant);
        sell(selling, "VD1", "45.00", false);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(selling));
        fixtures.run(tenant, () -> voidingInvoice.voidInvoice(selling));
        assertThat(card("VD1").status()).isEqualTo("VOIDED");
        assertThat(liability()).isZero();
        assertBooksAgreeWithTheCards();
        InvoiceId other = saleTo(fixtures.customer(tenant), "10.00");
        assertThatThrownBy(() -> pay(other, PaymentMethod.GIFT_CARD, "10.00", "VD1"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("is voided");
    }

    // R5, R7, R9: a refund onto a card the customer already holds reloads it when the refund says Reload; voiding that
    // refund takes it off again
    @Test
    void aRefundOntoAnExistingCardReloadsItAndVoidingTheRefundTakesItBack() {
        sold("EX1", "10.00");
        ContactId customer = returns.anotherCustomer(tenant, "Reloader");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "30.00"));
        BigDecimal owed = balanceOf(back).negate();
        PaymentId refund = fixtures.as(tenant, () -> refunding.refund(back, new RefundingACustomer.Request(
                PaymentMethod.GIFT_CARD, null, null, null, null, "EX1", true)));
        assertThat(card("EX1").balance()).isEqualByComparingTo(owed.add(new BigDecimal("10.00")));
        assertBooksAgreeWithTheCards();
        fixtures.run(tenant, () -> voidingTender.voidTender(back, refund, "wrong card"));
        assertThat(card("EX1").balance()).isEqualByComparingTo("10.00");
        assertThat(card("EX1").status()).isEqualTo("ACTIVE");
        assertBooksAgreeWithTheCards();
    }

    // R5, R7: a refund onto a number that exists, without Reload, is refused beside the number — nobody's card is
    // silently topped up by a mistyped number — and nothing is refunded
    @Test
    void aRefundOntoAnExistingCardWithoutReloadIsRefused() {
        sold("EX2", "10.00");
        ContactId customer = returns.anotherCustomer(tenant, "Mistyper");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, "30.00"));
        BigDecimal owed = balanceOf(back);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> refunding.refund(back, new RefundingACustomer.Request(
                PaymentMethod.GIFT_CARD, null, null, null, null, "ex-2"))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Gift card EX2 already exists with 10.00 on it — tick Reload to add the refund to it.")
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("giftCardNumber");
        assertThat(card("EX2").balance()).isEqualByComparingTo("10.00");
        assertThat(balanceOf(back)).isEqualByComparingTo(owed);
        // R7: Reload on a number that does not exist is refused too, instead of issuing a card nobody asked for
        assertThatThrownBy(() -> fixtures.as(tenant, () -> refunding.refund(back, new RefundingACustomer.Request(
                PaymentMethod.GIFT_CARD, null, null, null, null, "NEW-77", true))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("There is no gift card NEW77 to reload");
        assertBooksAgreeWithTheCards();
    }

    // R8: a gift-card line stays one card, never taxed nor discounted
    @Test
    void aGiftCardLineIsNeverTaxedNorDiscounted() {
        InvoiceId id = fixtures.open(tenant);
        long line = sell(id, "LN1", "20.00", false);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null, null,
                null, null, true)))).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("never taxable");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null,
                new BigDecimal("2"), null, null, false)))).isInstanceOf(BusinessRuleViolated.class);
        fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null, null, new BigDecimal("35.00"),
                null, false)));
        assertThat(balanceOf(id)).isEqualByComparingTo("35.00");
    }

    // R8: a gift card sold is stored value, not goods: it does not come back on a return invoice
    @Test
    void aGiftCardLineDoesNotComeBackOnAReturn() {
        InvoiceId selling = sold("NR1", "20.00");
        long line = fixtures.as(tenant, () -> invoices.get(selling)).lines().getFirst().id();
        InvoiceId back = fixtures.open(tenant);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> returning.add(back, line, BigDecimal.ONE)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("value stays on the card");
    }
}
