package com.jeweltrak.accounting.posting;

import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 08-accounting §Voiding Payments with decision 2: a payment voided after its invoice was finalized or reopened comes
 * off the account the invoice's state keeps it in now (AR once finalized, customer deposits while Open) — found by
 * BooksStayTrueProperties' returns game (a payment taken on a finalized sale, the sale reopened, the payment voided).
 */
@IntegrationTest
class VoidingAPaymentAcrossStatesTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReopeningAnInvoice reopening;
    @Autowired VoidingATender voidingTender;
    @Autowired Books books;

    TestTenants.Tenant tenant;
    ContactId customer;
    InvoiceId invoice;

    @BeforeEach
    void anInvoiceOfOneHundred() {
        tenant = tenants.open("void-across-states");
        customer = fixtures.customer(tenant);
        invoice = fixtures.open(tenant);
        fixtures.service(tenant, invoice, "100.00");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work::get);
    }

    // paid while finalized, then reopened (the payment became a deposit), then voided: nothing stays in either account
    @Test
    void aPaymentVoidedAfterItsInvoiceWasReopenedComesOffTheDeposits() {
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        PaymentId cash = returns.pay(tenant, invoice, PaymentMethod.CASH, "30.00");
        fixtures.run(tenant, () -> reopening.reopen(invoice));
        fixtures.run(tenant, () -> voidingTender.voidTender(invoice, cash, null));
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.balance(SystemAccount.CASH))).isEqualByComparingTo("0");
    }

    // paid while Open (a deposit), then finalized (the deposit went to AR), then voided: AR owes the whole 100.00 again
    @Test
    void aDepositVoidedAfterItsInvoiceWasFinalizedComesOffAr() {
        PaymentId cash = returns.pay(tenant, invoice, PaymentMethod.CASH, "30.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        fixtures.run(tenant, () -> voidingTender.voidTender(invoice, cash, null));
        assertThat(as(() -> books.depositsHeld(customer))).isEqualByComparingTo("0");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("100.00");
        assertThat(as(() -> books.reconcileAr()).agrees()).isTrue();
    }
}
