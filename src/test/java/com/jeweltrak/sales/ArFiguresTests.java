package com.jeweltrak.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The AR figures kept on the invoice (08-accounting §AR R9) follow every change: finalized → total and balance, paid →
 * the balance falls, reopened or voided → out of AR.
 */
@IntegrationTest
class ArFiguresTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired TakingATender tenders;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingAnInvoice voiding;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("ar-figures");
    }

    private InvoiceId finalizedFor(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private List<BigDecimal> arFigures(InvoiceId id) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select ar_total, ar_balance from invoice where id = ?")
                .param(id.value()).query((rs, n) -> Arrays.asList(rs.getBigDecimal(1), rs.getBigDecimal(2))).single()));
    }

    // 08-accounting §AR R9: only a Finalized invoice creates AR
    @Test
    void aFinalizedInvoiceKeepsItsTotalAndBalanceForAr() {
        InvoiceId id = finalizedFor("300.00");
        assertThat(arFigures(id)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("300.00"), new BigDecimal("300.00"));
    }

    // 08-accounting §Applying Payments R2: a payment reduces the invoice's balance
    @Test
    void aPaymentLowersTheKeptBalance() {
        InvoiceId id = finalizedFor("300.00");
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal("120.00"),
                null, null, null, null)));
        assertThat(arFigures(id).get(1)).isEqualByComparingTo("180.00");
    }

    // 08-accounting §AR R9, decision 2: reopening withdraws the invoice until it is finalized again
    @Test
    void reopeningWithdrawsTheInvoiceFromArUntilFinalizedAgain() {
        InvoiceId id = finalizedFor("300.00");
        fixtures.run(tenant, () -> reopening.reopen(id));
        assertThat(arFigures(id)).containsOnlyNulls();
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        assertThat(arFigures(id).get(1)).isEqualByComparingTo("300.00");
    }

    // 08-accounting §AR R9: voiding removes the invoice from AR
    @Test
    void voidingRemovesTheInvoiceFromAr() {
        InvoiceId id = finalizedFor("300.00");
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        assertThat(arFigures(id)).containsOnlyNulls();
    }
}
