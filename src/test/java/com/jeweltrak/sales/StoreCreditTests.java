package com.jeweltrak.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Store credit: issued on a return, used on later sales (08-accounting §Store Credits & Refunds R1–R8, R12). */
@IntegrationTest
class StoreCreditTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired Invoices invoices;
    @Autowired StoreCredits storeCredits;
    @Autowired VoidingATender voidingTender;
    @Autowired Books books;

    /** A tenant of its own whose customer holds {@code amount} of store credit issued on a return. */
    private record Credit(TestTenants.Tenant tenant, ContactId customer, InvoiceId returnInvoice, PaymentId issue) {
    }

    private Credit creditOf(String amount) {
        TestTenants.Tenant tenant = tenants.open("store-credit");
        ContactId customer = returns.anotherCustomer(tenant, "Creditor");
        InvoiceId back = returns.returned(tenant, customer, returns.soldFor(tenant, customer, amount));
        PaymentId issue = returns.refund(tenant, back, PaymentMethod.STORE_CREDIT, null);
        return new Credit(tenant, customer, back, issue);
    }

    private InvoiceId saleOf(Credit c, String price) {
        InvoiceId id = returns.openFor(c.tenant(), c.customer());
        fixtures.service(c.tenant(), id, price);
        return id;
    }

    private java.math.BigDecimal documents(Credit c) {
        return fixtures.as(c.tenant(), () -> storeCredits.balance(c.customer()));
    }

    private java.math.BigDecimal journal(Credit c) {
        return fixtures.as(c.tenant(), () -> books.storeCredit(c.customer()));
    }

    // R2, R12: issuing store credit brings the return invoice to 0.00; the journal and the documents agree on it
    @Test
    void issuingStoreCreditSettlesTheReturnAndTheBooksAgreeWithTheDocuments() {
        Credit c = creditOf("300.00");
        assertThat(fixtures.as(c.tenant(), () -> invoices.get(c.returnInvoice())).balance()).isEqualByComparingTo("0");
        assertThat(documents(c)).isEqualByComparingTo("300.00");
        assertThat(journal(c)).isEqualByComparingTo("300.00");
        assertThat(fixtures.as(c.tenant(), () -> storeCredits.of(c.customer()))).singleElement()
                .satisfies(s -> assertThat(s.sourceInvoice()).isEqualTo(c.returnInvoice()));
    }

    // R4, R7: a later sale uses part of it; the rest stays active
    @Test
    void aLaterSaleUsesPartOfTheCreditAndTheRestStays() {
        Credit c = creditOf("300.00");
        InvoiceId sale = saleOf(c, "120.00");
        returns.pay(c.tenant(), sale, PaymentMethod.STORE_CREDIT, "120.00");
        assertThat(fixtures.as(c.tenant(), () -> invoices.get(sale)).balance()).isEqualByComparingTo("0");
        assertThat(documents(c)).isEqualByComparingTo("180.00");
        assertThat(journal(c)).isEqualByComparingTo("180.00");
    }

    // R7, R8: never more than the credit holds
    @Test
    void usingMoreCreditThanRemainsIsRefused() {
        Credit c = creditOf("50.00");
        InvoiceId sale = saleOf(c, "80.00");
        assertThatThrownBy(() -> returns.pay(c.tenant(), sale, PaymentMethod.STORE_CREDIT, "80.00"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("only 50.00");
        assertThat(documents(c)).isEqualByComparingTo("50.00");
    }

    // R1, R8: the credit is one customer's; another customer's invoice cannot use it
    @Test
    void anotherCustomerCannotUseTheCredit() {
        Credit c = creditOf("50.00");
        InvoiceId other = fixtures.open(c.tenant());
        fixtures.service(c.tenant(), other, "20.00");
        assertThatThrownBy(() -> returns.pay(c.tenant(), other, PaymentMethod.STORE_CREDIT, "20.00"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("only 0.00");
        assertThat(documents(c)).isEqualByComparingTo("50.00");
    }

    // R8: two sales using the same credit at once never overdraw it
    @Test
    void twoSalesUsingTheCreditAtOnceNeverOverdrawIt() throws Exception {
        Credit c = creditOf("100.00");
        InvoiceId first = saleOf(c, "60.00");
        InvoiceId second = saleOf(c, "60.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (InvoiceId sale : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        returns.pay(c.tenant(), sale, PaymentMethod.STORE_CREDIT, "60.00");
                        return true;
                    } catch (BusinessRuleViolated refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> r : results) if (r.get()) succeeded++;
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents(c)).isEqualByComparingTo("40.00");
        assertThat(journal(c)).isEqualByComparingTo("40.00");
    }

    // R12 ("Remove restores it"): voiding the payment that used credit gives the credit back
    @Test
    void voidingAStoreCreditPaymentGivesTheCreditBack() {
        Credit c = creditOf("100.00");
        InvoiceId sale = saleOf(c, "70.00");
        PaymentId use = returns.pay(c.tenant(), sale, PaymentMethod.STORE_CREDIT, "70.00");
        fixtures.run(c.tenant(), () -> voidingTender.voidTender(sale, use, null));
        assertThat(documents(c)).isEqualByComparingTo("100.00");
        assertThat(journal(c)).isEqualByComparingTo("100.00");
        assertThat(fixtures.as(c.tenant(), () -> invoices.get(sale)).balance()).isEqualByComparingTo("70.00");
    }

    // the refund that issued credit is voided only while none of the credit is used; then the credit is gone
    @Test
    void theIssuingRefundIsVoidedOnlyWhileTheCreditIsUnused() {
        Credit c = creditOf("100.00");
        InvoiceId sale = saleOf(c, "10.00");
        PaymentId use = returns.pay(c.tenant(), sale, PaymentMethod.STORE_CREDIT, "10.00");
        assertThatThrownBy(() -> fixtures.run(c.tenant(), () -> voidingTender.voidTender(c.returnInvoice(), c.issue(), null)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already used 10.00");
        fixtures.run(c.tenant(), () -> voidingTender.voidTender(sale, use, null));
        fixtures.run(c.tenant(), () -> voidingTender.voidTender(c.returnInvoice(), c.issue(), null));
        assertThat(documents(c)).isEqualByComparingTo("0");
        assertThat(journal(c)).isEqualByComparingTo("0");
    }
}
