package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.WritingOffAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales tax report (08-accounting §Sales Tax R8, R12; issue 10 point 7): liability by invoice date and collected by
 * payment date, per store and rates, equal to the books' own figures; the $0-tax invoices with their reasons. Florida
 * rates (6 % + 1 % surtax on the first 5,000.00 of each item), a tenant per test.
 */
@IntegrationTest
class SalesTaxReportTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired CertificateFixtures certificates;
    @Autowired OpeningAnInvoice opening;
    @Autowired AddingALine adding;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired WritingOffAnInvoice writingOff;
    @Autowired com.jeweltrak.sales.ReceivingAPayment receiving;
    @Autowired Invoices invoices;
    @Autowired SalesTaxReport report;
    @Autowired Books books;
    @Autowired Journal journal;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;
    LocalDate today;

    @BeforeEach
    void floridaTenant() {
        tenant = tenants.open("sales-tax-report");
        customer = fixtures.customer(tenant);
        returns.florida(tenant, "0.06");
        today = fixtures.as(tenant, () -> invoices.get(fixtures.open(tenant)).date());
    }

    private <T> T as(Supplier<T> work) {
        return fixtures.as(tenant, () -> transactions.execute(s -> work.get()));
    }

    private InvoiceId sale(ContactId buyer, boolean outOfState, LineKind kind, String qty, String price, String adjustment,
                           boolean taxable) {
        return fixtures.as(tenant, () -> {
            InvoiceId id = opening.open(new OpeningAnInvoice.Request(tenant.store(), buyer, null, null, null, null, null,
                    null, outOfState));
            adding.add(id, new AddingALine.Request(kind, null, "Watch", new BigDecimal(qty), new BigDecimal(price),
                    adjustment == null ? null : new BigDecimal(adjustment), taxable, null));
            finalizing.finalizeInvoice(id);
            return id;
        });
    }

    private InvoiceId watches(String qty, String price) {
        return sale(customer, false, LineKind.NON_STOCK, qty, price, null, true);
    }

    private SalesTaxReport.Report today() {
        return as(() -> report.of(today, today, null));
    }

    private long firstLine(InvoiceId id) {
        return as(() -> jdbc.sql("select id from invoice_line where invoice_id = ? order by id limit 1")
                .param(id.value()).query(Long.class).single());
    }

    // §Sales Tax worked examples 1–3 (630.00, 530.00, −210.00) as liability, R12: by invoice date, returns reduce it
    @Test
    void theWorkedExamplesAppearAsLiability() {
        InvoiceId three = watches("3", "3000.00");
        watches("1", "8000.00");
        InvoiceId back = returns.openFor(tenant, customer);
        returns.giveBack(tenant, back, firstLine(three), "1");
        returns.finalize(tenant, back);

        SalesTaxReport.Report r = today();

        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.taxRate()).isEqualByComparingTo("0.06");
            assertThat(row.surtaxRate()).isEqualByComparingTo("0.01");
            assertThat(row.surtaxThreshold()).isEqualByComparingTo("5000");
            assertThat(row.liability()).isEqualByComparingTo("950.00"); // 630.00 + 530.00 − 210.00
            assertThat(row.taxableSales()).isEqualByComparingTo("14000.00"); // 9,000 + 8,000 − 3,000
            assertThat(row.nonTaxableSales()).isZero();
        });
        assertThat(as(() -> jdbc.sql("""
                        select sum(l.credit - l.debit) from journal_line l join journal_entry e on e.id = l.entry_id
                        join account a on a.id = l.account_id
                        where a.system_key = 'SALES_TAX_PAYABLE' and e.posting = 'INVOICE_FINALIZED'
                        group by e.invoice_id order by e.invoice_id""").query(BigDecimal.class).list()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("630.00"), new BigDecimal("530.00"), new BigDecimal("-210.00"));
    }

    // R12: the totals are the books' Tax Liability and Tax Collected for the same range — with A1's PAYMENT_APPLIED
    // entry (a payment on account applied to an invoice: Dr AR / Cr AR) counted by its AR credit
    @Test
    void theTotalsEqualTheBooksTaxLiabilityAndTaxCollected() {
        InvoiceId three = watches("3", "3000.00"); // total 9,630.00, tax 630.00
        InvoiceId one = watches("1", "8000.00");   // total 8,530.00, tax 530.00
        sale(customer, false, LineKind.SERVICE, "1", "100.00", null, false);
        returns.pay(tenant, three, PaymentMethod.CASH, "963.00"); // 963 × 630 / 9,630 = 63.00
        fixtures.run(tenant, () -> transactions.executeWithoutResult(s -> journal.post(Posting.of(today, tenant.store(),
                        "PAYMENT", 999_001L, null, "PAYMENT_APPLIED", "Payment on account applied")
                .aboutInvoice(one.value())
                .debit(SystemAccount.AR, new BigDecimal("853.00"), customer)
                .credit(SystemAccount.AR, new BigDecimal("853.00"), customer)))); // 853 × 530 / 8,530 = 53.00

        SalesTaxReport.Report r = today();

        assertThat(r.liability()).isEqualByComparingTo(as(() -> books.taxLiability(today, today)))
                .isEqualByComparingTo("1160.00");
        assertThat(r.collected()).isEqualByComparingTo(as(() -> books.taxCollected(today, today)))
                .isEqualByComparingTo("116.00");
        assertThat(r.nonTaxableSales()).isEqualByComparingTo("100.00");
        assertThat(r.taxableSales()).isEqualByComparingTo("17000.00");
    }

    // Brief point 8 end to end with A1's engine: a check received on account and applied oldest-first collects its
    // share of the invoice's tax on the application's date, in the books and in the report alike
    @Test
    void aPaymentOnAccountAppliedToAnInvoiceCollectsItsTaxShare() {
        watches("1", "8000.00"); // total 8,530.00, tax 530.00
        fixtures.as(tenant, () -> receiving.receive(new com.jeweltrak.sales.ReceivingAPayment.Request(customer,
                tenant.store(), new BigDecimal("853.00"), null, PaymentMethod.CHECK, null, "2002", null, null, null, null,
                com.jeweltrak.sales.ReceivingAPayment.Mode.OLDEST_FIRST, java.util.List.of())));
        assertThat(as(() -> books.taxCollected(today, today))).isEqualByComparingTo("53.00");
        assertThat(today().collected()).isEqualByComparingTo("53.00");
    }

    // Brief point 8: an application later moved to credit (or voided) no longer collects tax, like PAYMENT_RECEIVED
    @Test
    void anAppliedPaymentMovedToCreditNoLongerCountsAsCollected() {
        InvoiceId one = watches("1", "8000.00");
        fixtures.run(tenant, () -> transactions.executeWithoutResult(s -> {
            journal.post(Posting.of(today, tenant.store(), "PAYMENT", 999_002L, null, "PAYMENT_APPLIED", "applied")
                    .aboutInvoice(one.value())
                    .debit(SystemAccount.AR, new BigDecimal("853.00"), customer)
                    .credit(SystemAccount.AR, new BigDecimal("853.00"), customer));
            journal.post(Posting.of(today, tenant.store(), "PAYMENT", 999_002L, null, "PAYMENT_MOVED_TO_CREDIT", "moved")
                    .aboutInvoice(one.value())
                    .debit(SystemAccount.AR, new BigDecimal("853.00"), customer)
                    .credit(SystemAccount.AR, new BigDecimal("853.00"), customer));
        }));
        assertThat(as(() -> books.taxCollected(today, today))).isZero();
        assertThat(today().collected()).isZero();
    }

    // R8: each $0-tax invoice of the period with its reason
    @Test
    void zeroTaxInvoicesAreExplained() {
        sale(customer, true, LineKind.NON_STOCK, "1", "500.00", null, true);
        ContactId dealer = certificates.contact(tenant, "Dealer " + System.nanoTime(), ContactRole.CUSTOMER);
        certificates.valid(tenant, dealer, "FL", "85-8012345678-" + (System.nanoTime() % 1000), LocalDate.of(2030, 1, 1));
        sale(dealer, false, LineKind.NON_STOCK, "1", "800.00", null, true);
        sale(customer, false, LineKind.SERVICE, "1", "60.00", null, false);
        sale(customer, false, LineKind.NON_STOCK, "1", "100.00", "100.00", true);
        watches("1", "100.00"); // taxed: not listed

        assertThat(today().zeroTax()).extracting(SalesTaxReport.ZeroTaxInvoice::reason).containsExactly(
                "Out-of-state sale", "Wholesale sale (resale certificate)", "No taxable lines: service",
                "Taxable lines net to zero");
    }

    // R8, Writing Off R8: a write-off changes neither the liability nor the tax collected the report shows
    @Test
    void aWriteOffLeavesTheReportedLiabilityAsItWas() {
        InvoiceId one = watches("1", "8000.00");
        BigDecimal before = today().liability();
        fixtures.run(tenant, () -> writingOff.writeOff(one, "Gone"));
        assertThat(today().liability()).isEqualByComparingTo(before).isEqualByComparingTo("530.00");
        assertThat(today().collected()).isZero();
    }

    // the store filter: another store's invoices stay out
    @Test
    void theStoreFilterKeepsOtherStoresOut() {
        watches("1", "8000.00");
        var other = tenants.addStore(tenant, "Uptown");
        assertThat(as(() -> report.of(today, today, other)).rows()).isEmpty();
        assertThat(as(() -> report.of(today, today, tenant.store())).liability()).isEqualByComparingTo("530.00");
    }
}
