package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
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

/**
 * Payments on account (08-accounting §Applying Payments, §Voiding Payments): the application engine, credit on account,
 * voids and NSF. Each test has a tenant of its own; after each, the customer's AR by documents (Σ finalized balances −
 * credit on account) equals the journal's.
 */
@IntegrationTest
class PaymentsOnAccountTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired OpeningAnInvoice opening;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReceivingAPayment receiving;
    @Autowired ApplyingCreditOnAccount applyingCredit;
    @Autowired VoidingACustomerPayment voiding;
    @Autowired VoidingATender voidingTender;
    @Autowired MovingAPaymentToCredit moving;
    @Autowired TakingATender tenders;
    @Autowired CustomerPayments payments;
    @Autowired StoreCredits storeCredits;
    @Autowired Invoices invoices;
    @Autowired Books books;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;
    LocalDate today;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open("on-account");
        customer = fixtures.customer(tenant);
        today = LocalDate.now(ZoneId.of("America/New_York"));
    }

    private <T> T as(Supplier<T> work) {
        return fixtures.as(tenant, () -> transactions.execute(s -> work.get()));
    }

    /** A finalized invoice of {@code who} dated {@code date} for one service at {@code price} (no tax on services). */
    private InvoiceId finalized(ContactId who, LocalDate date, String price) {
        InvoiceId id = open(who, date, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private InvoiceId open(ContactId who, LocalDate date, String price) {
        InvoiceId id = fixtures.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), who, null, date,
                null, null, null, null, false)));
        fixtures.service(tenant, id, price);
        return id;
    }

    private ReceivingAPayment.Request cash(String amount) {
        return new ReceivingAPayment.Request(customer, tenant.store(), new BigDecimal(amount), null, PaymentMethod.CASH, null,
                null, null, null, null, null, ReceivingAPayment.Mode.OLDEST_FIRST, List.of());
    }

    private ReceivingAPayment.Request check(String amount, String number) {
        return new ReceivingAPayment.Request(customer, tenant.store(), new BigDecimal(amount), null, PaymentMethod.CHECK, null,
                number, null, null, null, null, ReceivingAPayment.Mode.OLDEST_FIRST, List.of());
    }

    private ReceivingAPayment.Request manual(String amount, ReceivingAPayment.Allocation... picks) {
        return new ReceivingAPayment.Request(customer, tenant.store(), new BigDecimal(amount), null, PaymentMethod.CASH, null,
                null, null, null, null, null, ReceivingAPayment.Mode.MANUAL, List.of(picks));
    }

    private static ReceivingAPayment.Allocation pick(InvoiceId id, String amount) {
        return new ReceivingAPayment.Allocation(id, new BigDecimal(amount));
    }

    private CustomerPaymentId receive(ReceivingAPayment.Request request) {
        return fixtures.as(tenant, () -> receiving.receive(request));
    }

    private BigDecimal balance(InvoiceId id) {
        return fixtures.as(tenant, () -> invoices.get(id).balance());
    }

    private BigDecimal credit() {
        return as(() -> payments.creditOnAccount(customer));
    }

    /** §AR: Σ ar_balance of the customer's finalized invoices − credit on account = the journal's AR for them. */
    private void booksAgree() {
        BigDecimal documents = as(() -> jdbc.sql("""
                        select coalesce(sum(ar_balance), 0) from invoice where customer_id = ? and status = 'FINALIZED'""")
                .param(customer.value()).query(BigDecimal.class).single()).subtract(credit());
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo(documents);
        assertThat(as(() -> books.reconcileAr().agrees())).isTrue();
        assertThat(as(() -> books.trialBalance(today.plusDays(1)).balanced())).isTrue();
    }

    // §Applying Payments R2: oldest open balance first, then the next; the last one touched is left part-paid
    @Test
    void oldestFirstPaysTheOldestInvoicesAndLeavesTheLastPartPaid() {
        InvoiceId newest = finalized(customer, today, "300.00");
        InvoiceId oldest = finalized(customer, today.minusDays(20), "100.00");
        InvoiceId middle = finalized(customer, today.minusDays(10), "200.00");

        CustomerPaymentId id = receive(cash("350.00"));

        assertThat(balance(oldest)).isEqualByComparingTo("0.00");
        assertThat(balance(middle)).isEqualByComparingTo("0.00");
        assertThat(balance(newest)).isEqualByComparingTo("250.00");
        CustomerPayment receipt = as(() -> payments.get(id));
        assertThat(receipt.applications()).extracting(CustomerPayment.Application::invoice).containsExactly(oldest, middle, newest);
        assertThat(receipt.unapplied()).isEqualByComparingTo("0.00");
        assertThat(fixtures.as(tenant, () -> invoices.get(newest)).status()).isEqualTo(InvoiceStatus.FINALIZED);
        booksAgree();
    }

    // §Applying Payments R4: what the open balances do not need is credit on account, part of the customer's AR
    @Test
    void theRemainderBecomesCreditOnAccount() {
        InvoiceId invoice = finalized(customer, today, "120.00");

        CustomerPaymentId id = receive(cash("200.00"));

        assertThat(balance(invoice)).isEqualByComparingTo("0.00");
        assertThat(as(() -> payments.get(id)).unapplied()).isEqualByComparingTo("80.00");
        assertThat(credit()).isEqualByComparingTo("80.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("-80.00");
        booksAgree();
    }

    // §Applying Payments R4, R7; §Store Credits R12: the next finalized invoice takes credit on account first, then store credit
    @Test
    void creditOnAccountPaysTheNextInvoiceBeforeStoreCredit() {
        InvoiceId sold = returns.soldFor(tenant, customer, "50.00");
        InvoiceId back = returns.returned(tenant, customer, sold);
        returns.refund(tenant, back, PaymentMethod.STORE_CREDIT, null);
        BigDecimal storeCredit = as(() -> storeCredits.balance(customer));
        assertThat(storeCredit).isPositive();
        // the sale is still owed: oldest-first pays it, 60.00 stays credit on account
        receive(cash(balance(sold).add(new BigDecimal("60.00")).toPlainString()));
        assertThat(credit()).isEqualByComparingTo("60.00");

        InvoiceId next = finalized(customer, today, "100.00");

        Invoice paid = fixtures.as(tenant, () -> invoices.get(next));
        assertThat(paid.appliedPayments()).extracting(InvoicePayment::method)
                .containsExactly(PaymentMethod.CASH, PaymentMethod.STORE_CREDIT);
        assertThat(paid.appliedPayments().getFirst().application()).isTrue();
        assertThat(paid.appliedPayments().getFirst().amount()).isEqualByComparingTo("60.00");
        assertThat(credit()).isEqualByComparingTo("0.00");
        BigDecimal used = storeCredit.min(new BigDecimal("40.00"));
        assertThat(paid.balance()).isEqualByComparingTo(new BigDecimal("40.00").subtract(used));
        assertThat(as(() -> storeCredits.balance(customer))).isEqualByComparingTo(storeCredit.subtract(used));
        booksAgree();
    }

    // §Applying Payments R5 (bad input of issue 10): applying more than the payment is refused with the reason
    @Test
    void applyingMoreThanThePaymentIsRefused() {
        InvoiceId a = finalized(customer, today, "300.00");
        InvoiceId b = finalized(customer, today, "300.00");

        assertThatThrownBy(() -> receive(manual("500.00", pick(a, "300.00"), pick(b, "220.00"))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("The applications add up to 520.00, more than the 500.00 received.");
        assertThat(as(() -> payments.page(customer, 0, 10)).totalElements()).isZero();
    }

    // §Applying Payments R5: each amount ≤ that invoice's balance, named by its field
    @Test
    void applyingMoreThanAnInvoicesBalanceIsRefusedNamingTheField() {
        InvoiceId a = finalized(customer, today, "50.00");
        InvoiceId b = finalized(customer, today, "120.00");
        long number = fixtures.as(tenant, () -> invoices.get(b).number());

        assertThatThrownBy(() -> receive(manual("500.00", pick(a, "50.00"), pick(b, "130.00"))))
                .isInstanceOf(BusinessRuleViolated.class)
                .satisfies(e -> assertThat(((BusinessRuleViolated) e).field()).isEqualTo("applications[1].amount"))
                .hasMessage("Only 120.00 is due on invoice " + number);
        assertThat(balance(a)).isEqualByComparingTo("50.00");
    }

    // §Store Credits R8 / §Applying Payments R3: a payment pays only its own customer's invoices
    @Test
    void anotherCustomersInvoiceIsRefused() {
        ContactId other = returns.anotherCustomer(tenant, "Other");
        InvoiceId theirs = finalized(other, today, "100.00");

        assertThatThrownBy(() -> receive(manual("100.00", pick(theirs, "100.00"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("is not this customer's");
    }

    // §Applying Payments R6: an Open invoice is paid from its own payments, not by a payment on account
    @Test
    void anOpenInvoiceIsRefused() {
        InvoiceId draft = open(customer, today, "100.00");

        assertThatThrownBy(() -> receive(manual("100.00", pick(draft, "100.00"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("is open");
    }

    // §Voiding Payments R5: every invoice the payment paid owes again and stays Finalized; the credit is gone
    @Test
    void voidingBringsTheBalancesBackAndKeepsTheInvoicesFinalized() {
        InvoiceId a = finalized(customer, today.minusDays(5), "100.00");
        InvoiceId b = finalized(customer, today, "100.00");
        CustomerPaymentId id = receive(check("250.00", "1234"));

        fixtures.run(tenant, () -> voiding.voidPayment(id, new VoidingACustomerPayment.Request(
                CustomerPayment.VoidKind.NSF, null, null)));

        assertThat(balance(a)).isEqualByComparingTo("100.00");
        assertThat(balance(b)).isEqualByComparingTo("100.00");
        assertThat(fixtures.as(tenant, () -> invoices.get(a)).status()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(credit()).isEqualByComparingTo("0.00");
        CustomerPayment receipt = as(() -> payments.get(id));
        assertThat(receipt.voided()).isTrue();
        assertThat(receipt.voidKind()).isEqualTo(CustomerPayment.VoidKind.NSF);
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("200.00");
        booksAgree();
    }

    // §Voiding Payments R6: credit the payment left and a later invoice consumed is taken back from that invoice too
    @Test
    void voidingAlsoTakesBackCreditConsumedLater() {
        CustomerPaymentId id = receive(cash("80.00"));
        InvoiceId later = finalized(customer, today, "100.00");
        assertThat(balance(later)).isEqualByComparingTo("20.00");

        fixtures.run(tenant, () -> voiding.voidPayment(id, new VoidingACustomerPayment.Request(
                CustomerPayment.VoidKind.CHARGEBACK, null, null)));

        assertThat(balance(later)).isEqualByComparingTo("100.00");
        booksAgree();
    }

    // §Voiding Payments R4, Period Close R2: a payment in the closed period is voided; the void is posted today
    @Test
    void voidingAPaymentInTheClosedPeriodPostsToday() {
        LocalDate then = today.minusDays(40);
        InvoiceId invoice = finalized(customer, then, "100.00");
        CustomerPaymentId id = receive(new ReceivingAPayment.Request(customer, tenant.store(), new BigDecimal("100.00"),
                then, PaymentMethod.CASH, null, null, null, null, null, null, ReceivingAPayment.Mode.OLDEST_FIRST, List.of()));
        fixtures.closeBooksThrough(tenant, today.minusDays(30));

        fixtures.run(tenant, () -> voiding.voidPayment(id, new VoidingACustomerPayment.Request(
                CustomerPayment.VoidKind.OTHER, "Counterfeit bills", null)));

        assertThat(as(() -> payments.get(id)).voidDate()).isEqualTo(today);
        List<LocalDate> reversals = as(() -> jdbc.sql("""
                        select e.entry_date from journal_entry e where e.reverses_entry_id is not null""")
                .query(LocalDate.class).list());
        assertThat(reversals).isNotEmpty().allMatch(today::equals);
        assertThat(balance(invoice)).isEqualByComparingTo("100.00");
        booksAgree();
    }

    // §Voiding Payments R7: the NSF fee is charged on a new finalized invoice of one non-taxable line, in AR
    @Test
    void anNsfFeeIsChargedOnANewInvoiceInAr() {
        finalized(customer, today, "100.00");
        CustomerPaymentId id = receive(check("100.00", "1234"));

        fixtures.run(tenant, () -> voiding.voidPayment(id, new VoidingACustomerPayment.Request(
                CustomerPayment.VoidKind.NSF, null, new BigDecimal("25.00"))));

        InvoiceId fee = as(() -> payments.get(id)).nsfFeeInvoice();
        assertThat(fee).isNotNull();
        Invoice feeInvoice = fixtures.as(tenant, () -> invoices.get(fee));
        assertThat(feeInvoice.status()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(feeInvoice.customer()).isEqualTo(customer);
        assertThat(feeInvoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.NON_STOCK);
            assertThat(line.taxable()).isFalse();
            assertThat(line.description()).isEqualTo("Returned check fee — check #1234 of " + today);
        });
        assertThat(feeInvoice.balance()).isEqualByComparingTo("25.00");
        assertThat(as(() -> books.arBalance(customer))).isEqualByComparingTo("125.00");
        booksAgree();
    }

    // §Voiding Payments R10: a voided payment is not voided again (409)
    @Test
    void aVoidedPaymentCannotBeVoidedAgain() {
        CustomerPaymentId id = receive(cash("10.00"));
        var request = new VoidingACustomerPayment.Request(CustomerPayment.VoidKind.NSF, null, null);
        fixtures.run(tenant, () -> voiding.voidPayment(id, request));

        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidPayment(id, request)))
                .isInstanceOf(PaymentAlreadyVoided.class);
        booksAgree();
    }

    // §Voiding Payments R8: OTHER needs its reason
    @Test
    void aVoidOfKindOtherNeedsAReason() {
        CustomerPaymentId id = receive(cash("10.00"));

        assertThatThrownBy(() -> fixtures.run(tenant, () -> voiding.voidPayment(id, new VoidingACustomerPayment.Request(
                CustomerPayment.VoidKind.OTHER, " ", null))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Say why");
    }

    // an application is voided with its payment on account, never on its own from the invoice
    @Test
    void anApplicationIsNotVoidedAsATender() {
        InvoiceId invoice = finalized(customer, today, "100.00");
        receive(cash("100.00"));
        PaymentId application = fixtures.as(tenant, () -> invoices.get(invoice)).payments().getFirst().id();

        assertThatThrownBy(() -> fixtures.run(tenant, () -> voidingTender.voidTender(invoice, application, null)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("void the payment on account itself");
    }

    // §Applying Payments R4, R7: credit on account is applied when the next invoice is finalized, once
    @Test
    void creditOnAccountIsAppliedOnceWhenTheNextInvoiceIsFinalized() {
        CustomerPaymentId id = receive(cash("70.00"));
        InvoiceId invoice = open(customer, today, "100.00");
        assertThat(credit()).isEqualByComparingTo("70.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(invoice));
        // R7: finalize took it already; nothing is left for a second application
        assertThat(balance(invoice)).isEqualByComparingTo("30.00");
        assertThatThrownBy(() -> fixtures.as(tenant, () -> applyingCredit.applyReceipt(id, null)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("no credit left");
        booksAgree();
    }

    // two payments racing for one invoice never over-apply it: the second finds it paid and keeps its money as credit
    @Test
    void twoPaymentsRacingForOneInvoiceNeverOverApplyIt() throws Exception {
        InvoiceId invoice = finalized(customer, today, "100.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CustomerPaymentId>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<CustomerPaymentId> pay = () -> {
                    start.await();
                    return receive(cash("100.00"));
                };
                results.add(pool.submit(pay));
            }
            start.countDown();
            for (Future<CustomerPaymentId> result : results) result.get();
        } finally {
            pool.shutdown();
        }

        assertThat(balance(invoice)).isEqualByComparingTo("0.00");
        assertThat(fixtures.as(tenant, () -> invoices.get(invoice)).appliedPayments()).hasSize(1);
        assertThat(credit()).isEqualByComparingTo("100.00");
        booksAgree();
    }

    // Period Close R1: oldest-first passes over an invoice in the closed period; a manual pick of one is refused
    @Test
    void anInvoiceInTheClosedPeriodIsSkippedOldestFirstAndRefusedWhenPicked() {
        InvoiceId closed = finalized(customer, today.minusDays(40), "100.00");
        InvoiceId open = finalized(customer, today, "100.00");
        fixtures.closeBooksThrough(tenant, today.minusDays(30));

        receive(cash("60.00"));
        assertThat(balance(closed)).isEqualByComparingTo("100.00");
        assertThat(balance(open)).isEqualByComparingTo("40.00");
        assertThatThrownBy(() -> receive(manual("10.00", pick(closed, "10.00"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("closed through");
        booksAgree();
    }

    // §Applying Payments R8: an application moved off its invoice returns to its own receipt as credit on account
    @Test
    void anApplicationMovedToCreditReturnsToItsReceipt() {
        InvoiceId invoice = finalized(customer, today, "100.00");
        CustomerPaymentId id = receive(cash("100.00"));
        PaymentId application = fixtures.as(tenant, () -> invoices.get(invoice)).payments().getFirst().id();

        fixtures.run(tenant, () -> moving.move(invoice, application));

        assertThat(as(() -> payments.get(id)).unapplied()).isEqualByComparingTo("100.00");
        assertThat(credit()).isEqualByComparingTo("100.00");
        assertThat(as(() -> jdbc.sql("select count(*) from customer_payment").query(Long.class).single())).isEqualTo(1L);
        booksAgree();
    }

    // decision 1, R8: a counter tender moved to credit becomes a receipt of the customer's, and voiding that receipt
    // (its check bounced) takes the money back out of the tender's account
    @Test
    void aTenderMovedToCreditBecomesAReceiptThatCanBeVoided() {
        InvoiceId invoice = finalized(customer, today, "100.00");
        PaymentId tender = fixtures.as(tenant, () -> tenders.take(invoice, new TakingATender.Request(PaymentMethod.CHECK,
                new BigDecimal("100.00"), null, "777", null, null)));
        fixtures.run(tenant, () -> moving.move(invoice, tender));
        CustomerPaymentId receipt = as(() -> payments.madeFrom(tender)).orElseThrow();
        CustomerPayment made = as(() -> payments.get(receipt));
        assertThat(made.method()).isEqualTo(PaymentMethod.CHECK);
        assertThat(made.checkNumber()).isEqualTo("777");
        assertThat(made.unapplied()).isEqualByComparingTo("100.00");

        fixtures.run(tenant, () -> voiding.voidPayment(receipt, new VoidingACustomerPayment.Request(
                CustomerPayment.VoidKind.NSF, null, null)));

        assertThat(credit()).isEqualByComparingTo("0.00");
        assertThat(as(() -> books.balance(com.jeweltrak.accounting.SystemAccount.CHECKS))).isEqualByComparingTo("0.00");
        booksAgree();
    }
}
