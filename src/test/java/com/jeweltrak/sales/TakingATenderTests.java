package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.picklists.PickListValue;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tenders on an invoice (08-accounting §Applying Payments R1, R6; §Voiding Payments; Period Close R2). */
@IntegrationTest
@RecordApplicationEvents
class TakingATenderTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired TakingATender tenders;
    @Autowired VoidingATender voidingTender;
    @Autowired VoidingAnInvoice voiding;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired Invoices invoices;
    @Autowired PickLists pickLists;
    @Autowired PickListValues pickListValues;
    @Autowired ApplicationEvents events;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("tenders");
    }

    private InvoiceId invoiceFor(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        return id;
    }

    private PaymentId take(InvoiceId id, PaymentMethod method, String amount, String name, String check, String last4, String auth) {
        return fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(method, new BigDecimal(amount), name, check,
                last4, auth)));
    }

    private Invoice read(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id));
    }

    // cash over the balance: the difference is change due; only the balance stays with the store
    @Test
    void cashOverTheBalanceGivesChangeAndPaysTheBalance() {
        InvoiceId id = invoiceFor("87.50");
        take(id, PaymentMethod.CASH, "100", null, null, null, null);
        InvoicePayment cash = read(id).payments().getFirst();
        assertThat(cash.amount()).isEqualByComparingTo("87.50");
        assertThat(cash.changeDue()).isEqualByComparingTo("12.50");
        assertThat(read(id).balance()).isZero();
        assertThat(events.stream(PaymentReceived.class).filter(e -> e.invoice().equals(id)).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("87.50");
    }

    // a card is never charged more than the balance
    @Test
    void aCardTenderLargerThanTheBalanceIsRefused() {
        InvoiceId id = invoiceFor("50.00");
        assertThatThrownBy(() -> take(id, PaymentMethod.CARD, "60", null, null, "4242", "A1B2C3"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("50.00");
        assertThat(read(id).payments()).isEmpty();
    }

    // never a full card number: a run of 12 or more digits is refused
    @Test
    void aFullCardNumberIsNeverKept() {
        InvoiceId id = invoiceFor("50.00");
        assertThatThrownBy(() -> take(id, PaymentMethod.CARD, "50", null, null, "4242", "4242 4242 4242 4242"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("full card number");
        assertThatThrownBy(() -> take(id, PaymentMethod.CARD, "50", null, null, "4242424242424242", "OK1"))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    // a manual card needs last four digits and the authorization code; a check its number
    @Test
    void aCardNeedsItsLastFourAndAuthCodeAndACheckItsNumber() {
        InvoiceId id = invoiceFor("50.00");
        assertThatThrownBy(() -> take(id, PaymentMethod.CARD, "10", null, null, null, "A1")).isInstanceOf(BusinessRuleViolated.class);
        assertThatThrownBy(() -> take(id, PaymentMethod.CARD, "10", null, null, "4242", null)).isInstanceOf(BusinessRuleViolated.class);
        assertThatThrownBy(() -> take(id, PaymentMethod.CHECK, "10", null, null, null, null)).isInstanceOf(BusinessRuleViolated.class);
        take(id, PaymentMethod.CHECK, "10", null, "1043", null, null);
        take(id, PaymentMethod.CARD, "10", null, null, "4242", "A1B2C3");
        assertThat(read(id).payments()).extracting(InvoicePayment::checkNumber).contains("1043");
    }

    // several tenders pay one invoice; another method takes its name from the list sales.payment-methods
    @Test
    void severalTendersPayOneInvoiceAndAnotherMethodIsRememberedInTheList() {
        InvoiceId id = invoiceFor("300.00");
        take(id, PaymentMethod.CASH, "100", null, null, null, null);
        take(id, PaymentMethod.OTHER, "150", "Zelle", null, null, null);
        take(id, PaymentMethod.CARD, "50", null, null, "1881", "XY12");
        assertThat(read(id).balance()).isZero();
        assertThat(fixtures.as(tenant, () -> pickListValues.of(pickLists.get("sales.payment-methods"))))
                .extracting(PickListValue::value).contains("Zelle");
        assertThatThrownBy(() -> take(id, PaymentMethod.CASH, "1", null, null, null, null)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("Nothing is due");
    }

    // §Voiding Payments: a voided tender is owed again, and then the invoice may be voided (decision 1)
    @Test
    void voidingTheTenderLetsTheInvoiceBeVoided() {
        InvoiceId id = invoiceFor("40.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        PaymentId payment = take(id, PaymentMethod.CASH, "40", null, null, null, null);
        assertThat(events.stream(PaymentReceived.class).filter(e -> e.payment().equals(payment)).findFirst().orElseThrow()
                .invoiceFinalized()).isTrue();
        fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "NSF"));
        assertThat(read(id).balance()).isEqualByComparingTo("40.00");
        assertThat(events.stream(PaymentVoided.class).filter(e -> e.payment().equals(payment))).hasSize(1);
        fixtures.run(tenant, () -> voiding.voidInvoice(id));
        assertThat(read(id).status()).isEqualTo(InvoiceStatus.VOIDED);
    }

    // Period Close R2: a payment in the closed period may still be voided; the reversal is dated today
    @Test
    void aTenderInTheClosedPeriodMayStillBeVoided() {
        InvoiceId id = invoiceFor("40.00");
        PaymentId payment = take(id, PaymentMethod.CASH, "40", null, null, null, null);
        // the payment was taken last week and the books are closed since; today stays open for the void's posting
        fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "update invoice_payment set payment_date = ? where id = ?").params(LocalDate.now().minusDays(7), payment.value())
                .update() + jdbc.sql("update invoice set invoice_date = ? where id = ?")
                .params(LocalDate.now().minusDays(7), id.value()).update()));
        fixtures.closeBooksThrough(tenant, LocalDate.now().minusDays(3));
        try {
            fixtures.run(tenant, () -> voidingTender.voidTender(id, payment, "NSF"));
            assertThat(read(id).payment(payment).voided()).isTrue();
            assertThatThrownBy(() -> take(id, PaymentMethod.CASH, "40", null, null, null, null))
                    .isInstanceOf(InvoiceInClosedPeriod.class);
        } finally {
            fixtures.closeBooksThrough(tenant, null);
        }
    }
}
