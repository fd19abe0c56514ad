package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The AR read model (08-accounting §AR; issue 10 point 1): balances, aging, filters, the ledger against the books. */
@IntegrationTest
class ReceivablesTests {

    @Autowired TestTenants tenants;
    @Autowired ArFixtures ar;
    @Autowired Receivables receivables;
    @Autowired Books books;
    @Autowired ReconciliationAssertions reconciliation;

    private static final LocalDate TODAY = LocalDate.now();

    // 08 §AR R8, decision 4: aged from the invoice date, boundaries inclusive — day 30 is 0–30, day 31 is 31–60 …
    @Test
    void agingBucketsIncludeTheirLastDayAndStartTheNextBucketTheDayAfter() {
        TestTenants.Tenant tenant = tenants.open("ar-aging");
        ContactId customer = ar.customer(tenant, "Ada", "Aging", null);
        int[] ages = {0, 30, 31, 60, 61, 90, 91};
        for (int i = 0; i < ages.length; i++) {
            ar.onAccount(tenant, customer, TODAY.minusDays(ages[i]), Integer.toString(1 << i) + ".00");
        }
        Receivables.CustomerAr row = ar.as(tenant, () -> receivables.of(customer, TODAY));
        assertThat(row.days0to30()).isEqualByComparingTo("3.00");    // day 0 (1) + day 30 (2)
        assertThat(row.days31to60()).isEqualByComparingTo("12.00");  // day 31 (4) + day 60 (8)
        assertThat(row.days61to90()).isEqualByComparingTo("48.00");  // day 61 (16) + day 90 (32)
        assertThat(row.days91plus()).isEqualByComparingTo("64.00");  // day 91
        assertThat(row.balance()).isEqualByComparingTo("127.00");
        assertThat(ar.as(tenant, () -> receivables.openInvoices(customer, TODAY)).stream().map(Receivables.OpenInvoice::bucket))
                .containsExactly("91+", "61–90", "61–90", "31–60", "31–60", "0–30", "0–30");
        // the same invoices a day later: day 30 moves to 31–60, day 90 to 91+
        Receivables.CustomerAr tomorrow = ar.as(tenant, () -> receivables.of(customer, TODAY.plusDays(1)));
        assertThat(tomorrow.days0to30()).isEqualByComparingTo("1.00");
        assertThat(tomorrow.days91plus()).isEqualByComparingTo("96.00");
    }

    // 08 §AR R1: a customer with credit on account and nothing owed is listed with a negative balance
    @Test
    void aCustomerWithOnlyCreditOnAccountIsListedWithANegativeBalance() {
        TestTenants.Tenant tenant = tenants.open("ar-negative");
        ContactId owes = ar.customer(tenant, "Owen", "Owes", null);
        ar.onAccount(tenant, owes, TODAY.minusDays(3), "250.00");
        ContactId ahead = ar.customer(tenant, "Paula", "Paidahead", null);
        InvoiceId deposit = ar.open(tenant, ahead, TODAY, "100.00");
        PaymentId payment = ar.pay(tenant, deposit, "100.00");
        ar.moveToCredit(tenant, deposit, payment);

        List<Receivables.CustomerAr> rows = ar.as(tenant, () -> receivables.page(ListQuery.of(null, null, 0, 25), TODAY)).content();
        assertThat(rows).extracting(Receivables.CustomerAr::name).containsExactly("Owen Owes", "Paula Paidahead");
        Receivables.CustomerAr negative = rows.get(1);
        assertThat(negative.balance()).isEqualByComparingTo("-100.00");
        assertThat(negative.credit()).isEqualByComparingTo("100.00");
        assertThat(negative.openInvoices()).isEqualByComparingTo("0");
        assertThat(ar.as(tenant, () -> books.arBalance(ahead))).isEqualByComparingTo("-100.00");
        reconciliation.assertAllAgree(tenant);
    }

    // 08 §AR R1: a customer who owes nothing (paid in full) is not listed
    @Test
    void aCustomerPaidInFullIsNotListed() {
        TestTenants.Tenant tenant = tenants.open("ar-paid");
        ContactId paid = ar.customer(tenant, "Pia", "Paid", null);
        InvoiceId invoice = ar.onAccount(tenant, paid, TODAY.minusDays(10), "80.00");
        ar.pay(tenant, invoice, "80.00");
        assertThat(ar.as(tenant, () -> receivables.page(ListQuery.of(null, null, 0, 25), TODAY)).totalElements()).isZero();
        assertThat(ar.as(tenant, () -> receivables.of(paid, TODAY)).balance()).isZero();
    }

    // 08 §AR R3: filter by customer name (accents ignored) and aging bracket; sort by balance (default), name, activity
    @Test
    void theListFiltersByNameAndAgingBracketAndSortsByBalanceNameOrLastActivity() {
        TestTenants.Tenant tenant = tenants.open("ar-filters");
        ContactId zoe = ar.customer(tenant, "Zoë", "Àlvarez", null);
        ar.onAccount(tenant, zoe, TODAY.minusDays(100), "50.00");
        ContactId bob = ar.customer(tenant, "Bob", "Brown", null);
        ar.onAccount(tenant, bob, TODAY.minusDays(5), "500.00");
        ContactId cy = ar.customer(tenant, "Cy", "Cole", null);
        ar.onAccount(tenant, cy, TODAY.minusDays(45), "200.00");

        assertThat(names(tenant, ListQuery.of(null, null, 0, 25))).containsExactly("Bob Brown", "Cy Cole", "Zoë Àlvarez");
        assertThat(names(tenant, ListQuery.of("zoe alv", null, 0, 25))).containsExactly("Zoë Àlvarez");
        assertThat(names(tenant, new ListQuery(null, List.of(Receivables.Bracket.DAYS_91_PLUS.sql()), null, 0, 25)))
                .containsExactly("Zoë Àlvarez");
        assertThat(names(tenant, new ListQuery(null, List.of(Receivables.Bracket.DAYS_31_60.sql()), null, 0, 25)))
                .containsExactly("Cy Cole");
        assertThat(names(tenant, ListQuery.of(null, Receivables.BY_NAME, 0, 25))).containsExactly("Bob Brown", "Cy Cole", "Zoë Àlvarez");
        assertThat(names(tenant, ListQuery.of(null, Receivables.BY_LAST_ACTIVITY, 0, 25)))
                .containsExactly("Bob Brown", "Cy Cole", "Zoë Àlvarez");
        assertThat(names(tenant, ListQuery.of(null, null, 1, 2))).containsExactly("Zoë Àlvarez");
        Receivables.Totals totals = ar.as(tenant, () -> receivables.totals(ListQuery.of(null, null, 0, 25), TODAY));
        assertThat(totals.customers()).isEqualTo(3);
        assertThat(totals.balance()).isEqualByComparingTo("750.00").isEqualByComparingTo(ar.as(tenant, books::arControlTotal));
    }

    // 08 §AR R4, R10: the ledger's running balance ends on the books' AR of the customer and on the documents' balance
    @Test
    void theLedgersRunningBalanceEndsOnTheBooksAndTheDocumentsBalance() {
        TestTenants.Tenant tenant = tenants.open("ar-ledger");
        ContactId customer = ar.customer(tenant, "Lea", "Ledger", null);
        InvoiceId first = ar.onAccount(tenant, customer, TODAY.minusDays(40), "300.00");
        PaymentId paid = ar.pay(tenant, first, "120.00");
        ar.onAccount(tenant, customer, TODAY.minusDays(2), "75.00");
        ar.moveToCredit(tenant, first, paid); // net zero for the customer: an info row
        InvoiceId deposit = ar.open(tenant, customer, TODAY, "40.00");
        ar.moveToCredit(tenant, deposit, ar.pay(tenant, deposit, "40.00"));

        var ledger = ar.as(tenant, () -> receivables.ledger(customer, 0, 50)).content();
        BigDecimal documents = ar.as(tenant, () -> receivables.of(customer, TODAY)).balance();
        assertThat(documents).isEqualByComparingTo("215.00"); // 300 + 75 owed − (120 + 40) credit on account
        assertThat(ledger.getFirst().running()).isEqualByComparingTo(documents)
                .isEqualByComparingTo(ar.as(tenant, () -> books.arBalance(customer)));
        assertThat(ledger.stream().map(Receivables.LedgerEntry::effect).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(documents);
        assertThat(ledger).anySatisfy(e -> {
            assertThat(e.info()).isTrue();
            assertThat(e.amount()).isEqualByComparingTo("120.00");
        });
        // oldest first underneath the newest-first page: each running balance is the one before plus its effect
        for (int i = 0; i + 1 < ledger.size(); i++) {
            assertThat(ledger.get(i).running()).isEqualByComparingTo(ledger.get(i + 1).running().add(ledger.get(i).effect()));
        }
        reconciliation.assertAllAgree(tenant);
    }

    // a-common's one definition of credit on account (08 §Applying Payments R4, R8): Σ non-voided receipts − their
    // applications still applied. A1's engine writes these rows; here they are inserted as it would, to pin the SQL.
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired com.jeweltrak.sales.CustomerPayments customerPayments;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void creditOnAccountIsWhatReceiptsHoldBeyondTheirApplicationsStillApplied() {
        TestTenants.Tenant tenant = tenants.open("ar-receipts");
        ContactId customer = ar.customer(tenant, "Rex", "Receipt", null);
        InvoiceId invoice = ar.onAccount(tenant, customer, TODAY.minusDays(1), "500.00");
        ar.as(tenant, () -> transactions.execute(s -> {
            long receipt = receipt(tenant, customer, "300.00", false);
            application(tenant, invoice, receipt, "120.00", "null", "null");          // applied
            application(tenant, invoice, receipt, "50.00", "now()", "null");          // voided: back to the receipt
            application(tenant, invoice, receipt, "30.00", "null", "now()");          // moved to credit: back too
            long voided = receipt(tenant, customer, "999.00", true);                 // a voided receipt holds nothing
            application(tenant, invoice, voided, "10.00", "now()", "null");
            return null;
        }));
        Receivables.CustomerAr row = ar.as(tenant, () -> receivables.of(customer, TODAY));
        // 300 − 120; the moved application names the customer (credit_customer_id) yet counts once, in its receipt
        assertThat(row.credit()).isEqualByComparingTo("180.00")
                .isEqualByComparingTo(ar.as(tenant, () -> customerPayments.creditOnAccount(customer)));
        var receipts = ar.as(tenant, () -> customerPayments.page(customer, 0, 50).content());
        assertThat(receipts).extracting(com.jeweltrak.sales.CustomerPayment::unapplied)
                .usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrder(new BigDecimal("180.00"), BigDecimal.ZERO);
        assertThat(receipts.stream().filter(r -> !r.voided()).findFirst().orElseThrow().applications()).hasSize(3);
    }

    // 08 §AR R4, R10 with a real payment on account (A1's engine): its applications are info rows that net to zero,
    // the receipt lists the invoices it paid, and the running balance still ends on the books' and documents' balance
    @Autowired com.jeweltrak.sales.ReceivingAPayment receiving;

    @Test
    void aPaymentOnAccountShowsItsApplicationsAsInfoRowsAndTheLedgerStillEndsOnTheBooks() {
        TestTenants.Tenant tenant = tenants.open("ar-on-account");
        ContactId customer = ar.customer(tenant, "Paz", "Payer", null);
        InvoiceId older = ar.onAccount(tenant, customer, TODAY.minusDays(50), "100.00");
        ar.onAccount(tenant, customer, TODAY.minusDays(5), "80.00");
        ar.as(tenant, () -> receiving.receive(new com.jeweltrak.sales.ReceivingAPayment.Request(customer, tenant.store(),
                new BigDecimal("150.00"), null, com.jeweltrak.sales.PaymentMethod.CHECK, null, "2001", null, null, null, null,
                com.jeweltrak.sales.ReceivingAPayment.Mode.OLDEST_FIRST, List.of())));

        Receivables.CustomerAr row = ar.as(tenant, () -> receivables.of(customer, TODAY));
        assertThat(row.balance()).isEqualByComparingTo("30.00"); // 180 − 150, oldest first: 100 then 50 of 80
        assertThat(row.days31to60()).isZero();
        assertThat(row.days0to30()).isEqualByComparingTo("30.00");
        var ledger = ar.as(tenant, () -> receivables.ledger(customer, 0, 50)).content();
        assertThat(ledger.getFirst().running()).isEqualByComparingTo("30.00")
                .isEqualByComparingTo(ar.as(tenant, () -> books.arBalance(customer)));
        assertThat(ledger).filteredOn(Receivables.LedgerEntry::info).extracting(Receivables.LedgerEntry::description)
                .contains("Applied 100.00 to invoice " + ar.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                        "select number from invoice where id = ?").param(older.value()).query(Long.class).single())));
        var receipt = ar.as(tenant, () -> customerPayments.page(customer, 0, 50).content()).getFirst();
        assertThat(receipt.applications()).hasSize(2);
        assertThat(receipt.unapplied()).isZero();
        reconciliation.assertAllAgree(tenant);
    }

    private long receipt(TestTenants.Tenant tenant, ContactId customer, String amount, boolean voided) {
        return jdbc.sql("""
                        insert into customer_payment (tenant_id, store_id, customer_id, payment_date, method, amount,
                                                      voided_at, void_kind, void_date)
                        values (?, ?, ?, current_date, 'CHECK', ?, %s) returning id"""
                        .formatted(voided ? "now(), 'NSF', current_date" : "null, null, null"))
                .params(tenant.id().value(), tenant.store().value(), customer.value(), new BigDecimal(amount))
                .query(Long.class).single();
    }

    /** {@code voidedAt} and {@code movedAt} are SQL written in this test: null or now(). */
    private void application(TestTenants.Tenant tenant, InvoiceId invoice, long receipt, String amount, String voidedAt,
                             String movedAt) {
        jdbc.sql("""
                        insert into invoice_payment (tenant_id, invoice_id, method, amount, tendered, payment_date, receipt_id,
                                                     voided_at, moved_to_credit_at, credit_customer_id)
                        values (?, ?, 'CHECK', ?, ?, current_date, ?, %s, %s,
                                case when %s is null then null else (select customer_id from invoice where id = ?) end)"""
                        .formatted(voidedAt, movedAt, movedAt))
                .params(tenant.id().value(), invoice.value(), new BigDecimal(amount), new BigDecimal(amount), receipt,
                        invoice.value())
                .update();
    }

    private List<String> names(TestTenants.Tenant tenant, ListQuery query) {
        return ar.as(tenant, () -> receivables.page(query, TODAY)).content().stream().map(Receivables.CustomerAr::name).toList();
    }
}
