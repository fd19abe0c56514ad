package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exchanges (02-sales §Returns and Exchanges R7): one invoice holds the ring coming back and what goes out instead;
 * a positive net is paid, a zero net collects nothing, a negative net is refunded.
 */
@IntegrationTest
class ExchangeTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired AddingALine adding;
    @Autowired StoreCredits storeCredits;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReturnFixtures returns) {
        tenant = tenants.open("exchanges");
        returns.florida(tenant, "0.06");
    }

    /** An exchange invoice with the customer's earlier ring (1,200.00) coming back. */
    private InvoiceId exchangeForTheRing() {
        String ring = fixtures.ring(tenant);
        InvoiceId sale = returns.soldRing(tenant, ring);
        InvoiceId exchange = fixtures.open(tenant);
        returns.giveBack(tenant, exchange, returns.itemLine(tenant, sale), "-1");
        return exchange;
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    // R7: the same price out as came back — tax and all net to zero; nothing to collect, nothing to refund
    @Test
    void anEvenExchangeNetsToZero() {
        InvoiceId exchange = exchangeForTheRing();
        String other = fixtures.ring(tenant);
        fixtures.as(tenant, () -> adding.add(exchange, new AddingALine.Request(LineKind.ITEM, other, null, null, null, null,
                null, null)));
        assertThat(read(exchange).totals().total()).isEqualByComparingTo("0.00");
        returns.finalize(tenant, exchange);
        assertThat(read(exchange).balance()).isEqualByComparingTo("0.00");
        assertThat(fixtures.inStock(tenant, other)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> returns.pay(tenant, exchange, PaymentMethod.CASH, "1.00")).hasMessageContaining("Nothing is due");
        assertThatThrownBy(() -> returns.refund(tenant, exchange, PaymentMethod.CASH, null))
                .hasMessageContaining("owes the customer nothing");
    }

    // R7: an upgrade — the customer pays the difference, tax included, with any tender
    @Test
    void anUpgradeIsPaidTheDifference() {
        InvoiceId exchange = exchangeForTheRing();
        fixtures.as(tenant, () -> adding.add(exchange, new AddingALine.Request(LineKind.NON_STOCK, null, "Diamond pendant",
                BigDecimal.ONE, new BigDecimal("2000.00"), null, true, null)));
        // 800.00 more + 800 × 6 % + the surtax difference (20.00 − 12.00)
        assertThat(read(exchange).totals().total()).isEqualByComparingTo("856.00");
        returns.pay(tenant, exchange, PaymentMethod.CASH, "856.00");
        returns.finalize(tenant, exchange);
        assertThat(read(exchange).balance()).isEqualByComparingTo("0.00");
    }

    // R7, R5(b): a downgrade — the difference goes back, here as store credit
    @Test
    void aDowngradeRefundsTheDifference() {
        InvoiceId exchange = exchangeForTheRing();
        fixtures.as(tenant, () -> adding.add(exchange, new AddingALine.Request(LineKind.NON_STOCK, null, "Silver studs",
                BigDecimal.ONE, new BigDecimal("200.00"), null, true, null)));
        // −1,000.00 − 60.00 tax − (12.00 − 2.00) surtax
        assertThat(read(exchange).totals().total()).isEqualByComparingTo("-1070.00");
        returns.finalize(tenant, exchange);
        returns.refund(tenant, exchange, PaymentMethod.STORE_CREDIT, null);
        assertThat(read(exchange).balance()).isEqualByComparingTo("0.00");
        assertThat(fixtures.as(tenant, () -> storeCredits.balance(fixtures.customer(tenant)))).isEqualByComparingTo("1070.00");
    }
}
