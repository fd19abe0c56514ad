package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Return lines (02-sales §Returns and Exchanges R1, R2, R9–R12; 08-accounting §Sales Tax R10). */
@IntegrationTest
class ReturnLinesTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired ReturnableLines returnable;
    @Autowired ChangingALine changing;
    @Autowired AddingALine adding;
    @Autowired RemovingALine removing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired ChangingAnInvoice changingInvoice;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReturnFixtures returns) {
        tenant = tenants.open("returns");
        returns.florida(tenant, "0.06");
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    private InvoiceLine onlyLine(InvoiceId id) {
        return read(id).lines().getFirst();
    }

    // R12 worked example: source 2 × 600.00 with Adjustment 200.00; return 1 → qty −1, 600.00, adj −100.00, net −500.00
    @Test
    void returningOneOfTwoTakesThePriceAndHalfTheAdjustmentNegative() {
        long sold = returns.soldLine(tenant, "2", "600.00", "200.00");
        InvoiceId back = fixtures.open(tenant);
        returns.giveBack(tenant, back, sold, "-1");
        InvoiceLine line = onlyLine(back);
        assertThat(line.quantity()).isEqualByComparingTo("-1");
        assertThat(line.unitPrice()).isEqualByComparingTo("600.00");
        assertThat(line.adjustment()).isEqualByComparingTo("-100.00");
        assertThat(line.net()).isEqualByComparingTo("-500.00");
        assertThat(line.sourceLine()).isEqualTo(sold);
    }

    // 08 §Sales Tax R10: a return line is taxed at its source invoice's rates, not at the store's rates of today
    @Test
    void aReturnLineIsTaxedAtTheSourceInvoicesRates() {
        long sold = returns.soldLine(tenant, "2", "600.00", "200.00");
        returns.florida(tenant, "0.07");
        try {
            InvoiceId back = fixtures.open(tenant);
            returns.giveBack(tenant, back, sold, "1");
            // −500.00 × 0.06 = −30.00, surtax −min(500, 5,000) × 0.01 = −5.00
            assertThat(read(back).totals().tax().total()).isEqualByComparingTo("-35.00");
            assertThat(read(back).totals().total()).isEqualByComparingTo("-535.00");
        } finally {
            returns.florida(tenant, "0.06");
        }
    }

    // 08 §Sales Tax R10: a sale that was out of state (no tax) gives no tax back
    @Test
    void aReturnFromAnExemptSaleGivesNoTaxBack() {
        InvoiceId sale = fixtures.open(tenant);
        fixtures.run(tenant, () -> changingInvoice.change(sale, new ChangingAnInvoice.Request(fixtures.customer(tenant),
                null, read(sale).date(), null, null, null, null, true)));
        long sold = fixtures.as(tenant, () -> adding.add(sale, new AddingALine.Request(LineKind.NON_STOCK, null, "Chain",
                BigDecimal.ONE, new BigDecimal("300.00"), null, true, null)));
        returns.finalize(tenant, sale);
        InvoiceId back = fixtures.open(tenant);
        returns.giveBack(tenant, back, sold, "1");
        assertThat(read(back).totals().tax().total()).isEqualByComparingTo("0");
        assertThat(read(back).totals().total()).isEqualByComparingTo("-300.00");
    }

    // R10: never more back than sold minus already returned — refused with the numbers
    @Test
    void aReturnBeyondWhatWasSoldMinusReturnedIsRefusedWithTheNumbers() {
        long sold = returns.soldLine(tenant, "2", "50.00", null);
        InvoiceId first = fixtures.open(tenant);
        returns.giveBack(tenant, first, sold, "-2");
        InvoiceId second = fixtures.open(tenant);
        assertThatThrownBy(() -> returns.giveBack(tenant, second, sold, "-1"))
                .isInstanceOf(ReturnExceedsWhatWasSold.class)
                .hasMessageContaining("Only 0").hasMessageContaining("sold 2").hasMessageContaining("2 already came back");
        assertThat(read(second).lines()).isEmpty();
    }

    // R10: a return line's quantity changes only within the cap; its Adjustment follows (R12)
    @Test
    void aReturnLinesQuantityChangesOnlyWithinTheCap() {
        long sold = returns.soldLine(tenant, "3", "100.00", "30.00");
        InvoiceId back = fixtures.open(tenant);
        long line = returns.giveBack(tenant, back, sold, "-1");
        fixtures.run(tenant, () -> changing.change(back, line, new ChangingALine.Request(null, new BigDecimal("-2"), null, null, null)));
        assertThat(onlyLine(back).quantity()).isEqualByComparingTo("-2");
        assertThat(onlyLine(back).adjustment()).isEqualByComparingTo("-20.00");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changing.change(back, line,
                new ChangingALine.Request(null, new BigDecimal("-4"), null, null, null))))
                .isInstanceOf(ReturnExceedsWhatWasSold.class).hasMessageContaining("Only 3");
        assertThat(onlyLine(back).quantity()).isEqualByComparingTo("-2");
    }

    // R10: what a voided return invoice brought back can come back again; the list shows what is left
    @Test
    void theReturnableListShowsWhatIsLeftAfterLiveReturns() {
        ContactId customer = returns.anotherCustomer(tenant, "Lister");
        InvoiceId sale = returns.openFor(tenant, customer);
        long sold = fixtures.as(tenant, () -> adding.add(sale, new AddingALine.Request(LineKind.NON_STOCK, null, "Cufflinks",
                new BigDecimal("4"), new BigDecimal("25.00"), null, true, null)));
        returns.finalize(tenant, sale);
        InvoiceId back = returns.openFor(tenant, customer);
        returns.giveBack(tenant, back, sold, "1");
        returns.finalize(tenant, back);
        assertThat(fixtures.as(tenant, () -> returnable.of(customer))).singleElement()
                .satisfies(l -> assertThat(l.returnable()).isEqualByComparingTo("3"));
        fixtures.run(tenant, () -> voiding.voidInvoice(back));
        assertThat(fixtures.as(tenant, () -> returnable.of(customer))).singleElement()
                .satisfies(l -> assertThat(l.returnable()).isEqualByComparingTo("4"));
    }

    // R2: the search is limited to the customer's own earlier invoices
    @Test
    void anotherCustomersLineCannotComeBack() {
        long sold = returns.soldLine(tenant, "1", "80.00", null);
        ContactId stranger = returns.anotherCustomer(tenant, "Stranger");
        assertThat(fixtures.as(tenant, () -> returnable.of(stranger))).isEmpty();
        InvoiceId back = returns.openFor(tenant, stranger);
        assertThatThrownBy(() -> returns.giveBack(tenant, back, sold, "1")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("this customer's finalized invoices");
    }

    // a plain sale line still refuses a negative quantity: only a return line (with its source) is negative
    @Test
    void aPlainSaleLineStillRefusesANegativeQuantity() {
        InvoiceId id = fixtures.open(tenant);
        assertThatThrownBy(() -> fixtures.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null,
                "Refund?", new BigDecimal("-1"), new BigDecimal("10.00"), null, true, null))))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    // R9: finalizing the return brings the ring back into stock (SALE_RETURN +1); voiding it takes it out again
    @Test
    void aReturnedRingComesBackIntoStockAtFinalizeAndGoesOutAgainOnVoid() {
        String ring = fixtures.ring(tenant);
        InvoiceId sale = returns.soldRing(tenant, ring);
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("0");
        InvoiceId back = fixtures.open(tenant);
        returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "-1");
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("0");
        returns.finalize(tenant, back);
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        assertThat(lastMovement(back)).isEqualTo(MovementKind.SALE_RETURN.name());
        fixtures.run(tenant, () -> voiding.voidInvoice(back));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("0");
    }

    // decision 2: reopening keeps the returned ring in stock; taking the line off the reopened invoice takes it out again
    @Test
    void takingAReturnLineOffAReopenedInvoiceTakesTheRingOutAgain() {
        String ring = fixtures.ring(tenant);
        InvoiceId sale = returns.soldRing(tenant, ring);
        InvoiceId back = fixtures.open(tenant);
        long line = returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "1");
        returns.finalize(tenant, back);
        fixtures.run(tenant, () -> reopening.reopen(back));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        returns.finalize(tenant, back);
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        fixtures.run(tenant, () -> reopening.reopen(back));
        fixtures.run(tenant, () -> removing.remove(back, line));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("0");
    }

    // R9: the ring that came back on a return is not brought back a second time by voiding the sale it came from
    @Test
    void theSaleOfAReturnedRingCannotBeVoidedUntilTheReturnIs() {
        String ring = fixtures.ring(tenant);
        InvoiceId sale = returns.soldRing(tenant, ring);
        InvoiceId back = fixtures.open(tenant);
        returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "1");
        returns.finalize(tenant, back);
        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidInvoice(sale)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("came back on invoice")
                .hasMessageContaining("void that return first");
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        fixtures.run(tenant, () -> voiding.voidInvoice(back));
        fixtures.run(tenant, () -> voiding.voidInvoice(sale));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
    }

    // R2: the return lines are this customer's, so the invoice keeps its customer while it holds them
    @Test
    void anInvoiceWithReturnLinesKeepsItsCustomer() {
        long sold = returns.soldLine(tenant, "1", "20.00", null);
        InvoiceId back = fixtures.open(tenant);
        returns.giveBack(tenant, back, sold, "1");
        assertThatThrownBy(() -> fixtures.run(tenant, () -> changingInvoice.change(back, new ChangingAnInvoice.Request(null,
                null, null, null, null, null, null, false)))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("remove them before changing the customer");
    }

    // R10: two invoices bringing back the last unit at once — the source line's lock lets one through
    @Test
    void twoInvoicesReturningTheLastUnitAtOnceBringItBackOnce() throws Exception {
        long sold = returns.soldLine(tenant, "1", "30.00", null);
        InvoiceId first = fixtures.open(tenant);
        InvoiceId second = fixtures.open(tenant);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (InvoiceId back : java.util.List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        returns.giveBack(tenant, back, sold, "1");
                        return true;
                    } catch (ReturnExceedsWhatWasSold refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int added = 0;
            for (var r : results) if (r.get()) added++;
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(read(first).lines().size() + read(second).lines().size()).isEqualTo(1);
    }

    private String lastMovement(InvoiceId id) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select kind from stock_movement where document_type = 'INVOICE' and document_id = ? order by id desc limit 1")
                .param(id.value()).query(String.class).single()));
    }
}
