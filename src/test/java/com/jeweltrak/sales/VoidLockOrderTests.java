package com.jeweltrak.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 08-accounting §Voiding Payments: a void takes the invoices a payment pays before the payment itself — the order
 * finalizing an invoice (which then applies the customer's credit) takes them. In the other order a void and a finalize
 * of the same customer waited on each other and PostgreSQL aborted one with a deadlock.
 */
@IntegrationTest
class VoidLockOrderTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReceivingAPayment receiving;
    @Autowired VoidingACustomerPayment voiding;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    // §Voiding R5, R6 with §Applying Payments R7: invoice first, then the payment — never the reverse
    @Test
    void aVoidWaitsForTheInvoiceBeforeTakingThePayment() throws Exception {
        TestTenants.Tenant tenant = tenants.open("void-lock-order");
        ContactId customer = fixtures.customer(tenant);
        InvoiceId invoice = fixtures.open(tenant);
        fixtures.service(tenant, invoice, "100.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        CustomerPaymentId payment = fixtures.as(tenant, () -> receiving.receive(new ReceivingAPayment.Request(customer,
                tenant.store(), new BigDecimal("150.00"), null, PaymentMethod.CASH, null, null, null, null, null, null,
                ReceivingAPayment.Mode.OLDEST_FIRST, List.of())));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        CountDownLatch invoiceHeld = new CountDownLatch(1);
        CountDownLatch voidStarted = new CountDownLatch(1);
        // what a finalize applying credit does: the invoice first, then (after a moment) the payment
        CompletableFuture<Boolean> finalizeLike = CompletableFuture.supplyAsync(() -> fixtures.as(tenant,
                () -> transactions.execute(s -> {
                    jdbc.sql("select id from invoice where id = ? for update").param(invoice.value()).query(Long.class).single();
                    invoiceHeld.countDown();
                    await(voidStarted);
                    sleep(Duration.ofMillis(500));
                    jdbc.sql("set local lock_timeout = '3s'").update();
                    return jdbc.sql("select id from customer_payment where id = ? for update").param(payment.value())
                            .query(Long.class).optional().isPresent();
                })), pool);
        await(invoiceHeld);
        CompletableFuture<Void> voidIt = CompletableFuture.runAsync(() -> {
            voidStarted.countDown();
            fixtures.run(tenant, () -> voiding.voidPayment(payment, new VoidingACustomerPayment.Request(
                    CustomerPayment.VoidKind.NSF, "Check returned", null)));
        }, pool);

        assertThat(finalizeLike.get(20, TimeUnit.SECONDS)).isTrue();
        voidIt.get(20, TimeUnit.SECONDS);
        Boolean voided = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select voided_at is not null from customer_payment where id = ?").param(payment.value())
                .query(Boolean.class).single()));
        assertThat(voided).isTrue();
        pool.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
