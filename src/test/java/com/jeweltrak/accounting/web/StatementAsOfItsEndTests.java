package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReceivingAPayment;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement of a past range, as things stood at its end (08-accounting §AR R7). */
@IntegrationTest
class StatementAsOfItsEndTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired OpeningAnInvoice opening;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReceivingAPayment receiving;
    @Autowired CustomerStatements statements;

    // 08 §AR R7: a statement whose range ends in the past lists the invoices open at its end with their balances then,
    // and the credit on account then — a payment received after the end changes neither — and its closing balance
    // (the journal's AR as of the end) is exactly those balances less that credit
    @Test
    void aPastStatementShowsBalancesAsOfItsEnd() {
        TestTenants.Tenant tenant = tenants.open("statement-as-of");
        ContactId customer = fixtures.customer(tenant);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        LocalDate end = today.minusDays(5);

        InvoiceId older = finalized(tenant, customer, today.minusDays(10), "100.00");
        receive(tenant, customer, today.minusDays(7), "40.00", ReceivingAPayment.Mode.OLDEST_FIRST);
        InvoiceId newer = finalized(tenant, customer, today.minusDays(6), "50.00");
        receive(tenant, customer, today.minusDays(6), "30.00", ReceivingAPayment.Mode.MANUAL);
        // after the range: pays both invoices today and leaves more credit
        receive(tenant, customer, today, "200.00", ReceivingAPayment.Mode.OLDEST_FIRST);

        CustomerStatements.Statement statement = fixtures.as(tenant,
                () -> statements.statement(customer, today.minusDays(30), end));

        assertThat(statement.openInvoices()).extracting(Receivables.OpenInvoice::id)
                .containsExactly(older.value(), newer.value());
        assertThat(statement.openInvoices()).extracting(Receivables.OpenInvoice::balance)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60.00"), new BigDecimal("50.00"));
        assertThat(statement.credit()).isEqualByComparingTo("30.00");
        BigDecimal owed = statement.openInvoices().stream().map(Receivables.OpenInvoice::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // 100 + 50 finalized, 40 + 30 received by the end
        assertThat(statement.closing()).isEqualByComparingTo("80.00")
                .isEqualByComparingTo(owed.subtract(statement.credit()));
        assertThat(statement.days0to30().add(statement.days31to60()).add(statement.days61to90())
                .add(statement.days91plus())).isEqualByComparingTo(owed);
    }

    private InvoiceId finalized(TestTenants.Tenant tenant, ContactId customer, LocalDate date, String price) {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null,
                date, null, null, null, null, false)));
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private void receive(TestTenants.Tenant tenant, ContactId customer, LocalDate date, String amount,
                         ReceivingAPayment.Mode mode) {
        fixtures.as(tenant, () -> receiving.receive(new ReceivingAPayment.Request(customer, tenant.store(),
                new BigDecimal(amount), date, PaymentMethod.CASH, null, null, null, null, null, null, mode, List.of())));
    }
}
