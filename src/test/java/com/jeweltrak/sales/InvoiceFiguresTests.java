package com.jeweltrak.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures stored on every invoice — Subtotal, Tax, Total, what the sales reports read (09-reports §4 R2, C3) — are
 * the invoice's own computed totals after every kind of change, in every status, Open included.
 */
@IntegrationTest
class InvoiceFiguresTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired AddingALine adding;
    @Autowired ChangingALine changing;
    @Autowired RemovingALine removing;
    @Autowired AddingATradeIn addingTradeIn;
    @Autowired ChangingATradeIn changingTradeIn;
    @Autowired SettingATradeConcession concession;
    @Autowired ChangingAnInvoice changingInvoice;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired InvoiceFiguresBackfill backfill;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    @BeforeEach
    void taxedTenant() {
        tenant = tenants.open("figures");
        returns.florida(tenant, "0.06");
    }

    @Test
    void aNewInvoiceCarriesZeroFigures() {
        // 09-reports §4: an Open invoice is listed with its figures from the start
        InvoiceId id = fixtures.open(tenant);
        assertThat(stored(id)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void addingChangingAndRemovingLinesOfAnOpenInvoiceKeepItsFigures() {
        InvoiceId id = fixtures.open(tenant);
        long line = fixtures.service(tenant, id, "100.00");
        assertStoredEqualComputed(id);
        assertThat(stored(id).get(1)).isPositive();

        fixtures.run(tenant, () -> changing.change(id, line, new ChangingALine.Request(null, new BigDecimal("3"), null,
                new BigDecimal("10.00"), null)));
        assertStoredEqualComputed(id);
        assertThat(stored(id).get(0)).isEqualByComparingTo("290.00");

        long other = fixtures.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Chain",
                BigDecimal.ONE, new BigDecimal("50.00"), null, false, null)));
        assertStoredEqualComputed(id);
        fixtures.run(tenant, () -> removing.remove(id, other));
        assertStoredEqualComputed(id);
        assertThat(stored(id).get(0)).isEqualByComparingTo("290.00");
    }

    @Test
    void anItemLineKeepsTheFigures() {
        InvoiceId id = fixtures.openWith(tenant, fixtures.ring(tenant));
        assertStoredEqualComputed(id);
        assertThat(stored(id).get(0)).isEqualByComparingTo("1200.00");
    }

    @Test
    void aTradeInItsChangeAndItsConcessionKeepTheFigures() {
        // 02-sales §Trade-In: the credit is a negative line of the subtotal
        InvoiceId id = fixtures.openWith(tenant, fixtures.ring(tenant));
        long trade = fixtures.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request("Old bracelet", "JEWELRY",
                "Bracelet", new BigDecimal("500.00"), new BigDecimal("300.00"), true)));
        assertStoredEqualComputed(id);
        fixtures.run(tenant, () -> changingTradeIn.change(id, trade, new ChangingATradeIn.Request(null, null, null,
                new BigDecimal("400.00"), null, null)));
        assertStoredEqualComputed(id);
        long ringLine = returns.itemLine(tenant, id);
        fixtures.run(tenant, () -> concession.set(id, ringLine, new BigDecimal("100.00")));
        assertStoredEqualComputed(id);
    }

    @Test
    void aReturnLineKeepsTheFiguresNegative() {
        // 02-sales §Returns R12: the return line lowers the subtotal of the invoice it is on
        ContactId customer = fixtures.customer(tenant);
        InvoiceId sale = returns.soldFor(tenant, customer, "300.00");
        long soldLine = fixtures.as(tenant, () -> invoices.get(sale).lines().getFirst().id());
        InvoiceId back = returns.openFor(tenant, customer);
        long returnLine = returns.giveBack(tenant, back, soldLine, "1");
        assertStoredEqualComputed(back);
        assertThat(stored(back).get(0)).isEqualByComparingTo("-300.00");
        fixtures.run(tenant, () -> removing.remove(back, returnLine));
        assertStoredEqualComputed(back);
    }

    @Test
    void freightAndOutOfStateKeepTheFigures() {
        // 08 §Sales Tax: an out-of-state sale is not taxed; Total = Subtotal + Tax + Freight
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "200.00");
        ContactId customer = fixtures.customer(tenant);
        fixtures.run(tenant, () -> changingInvoice.change(id, new ChangingAnInvoice.Request(customer, null, null, null,
                null, null, new BigDecimal("25.00"), false)));
        assertStoredEqualComputed(id);
        fixtures.run(tenant, () -> changingInvoice.change(id, new ChangingAnInvoice.Request(customer, null, null, null,
                null, null, new BigDecimal("25.00"), true)));
        assertStoredEqualComputed(id);
        assertThat(stored(id).get(1)).isEqualByComparingTo("0.00");
        assertThat(stored(id).get(2)).isEqualByComparingTo("225.00");
    }

    @Test
    void finalizeReopenAndVoidKeepTheFigures() {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "80.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertStoredEqualComputed(id);
        fixtures.run(tenant, () -> reopening.reopen(id));
        fixtures.service(tenant, id, "20.00");
        assertStoredEqualComputed(id);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        // a voided invoice keeps the figures it had (the reports count it as Voided Sales, C3)
        assertStoredEqualComputed(id);
        assertThat(stored(id).get(0)).isEqualByComparingTo("100.00");
    }

    @Test
    void theStartupBackfillStoresFiguresAnInvoiceLacks() {
        // migration 1720: invoices written before figures were kept have none until the backfill runs
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, "150.00");
        fixtures.run(tenant, () -> transactions.executeWithoutResult(s -> jdbc.sql(
                "update invoice set subtotal = null, tax = null, total = null where id = ?").param(id.value()).update()));
        assertThat(stored(id)).containsOnlyNulls();

        assertThat(backfill.refreshAll()).isGreaterThanOrEqualTo(1);

        assertStoredEqualComputed(id);
        assertThat(stored(id).get(0)).isEqualByComparingTo("150.00");
    }

    private void assertStoredEqualComputed(InvoiceId id) {
        InvoiceTotals totals = fixtures.as(tenant, () -> invoices.get(id).totals());
        assertThat(stored(id)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(totals.subtotal(), totals.tax().total(), totals.total());
    }

    private List<BigDecimal> stored(InvoiceId id) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                        "select subtotal, tax, total from invoice where id = ?").param(id.value())
                .query((rs, n) -> Arrays.asList(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).single()));
    }
}
