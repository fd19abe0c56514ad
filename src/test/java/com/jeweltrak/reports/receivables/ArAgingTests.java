package com.jeweltrak.reports.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.accounting.ArFixtures;
import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.CustomerPayment;
import com.jeweltrak.sales.CustomerPaymentId;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReceivingAPayment;
import com.jeweltrak.sales.VoidingACustomerPayment;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.WritingOffAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §15 AR Aging, through the report shell. */
@IntegrationTest
class ArAgingTests {

    @Autowired TestTenants tenants;
    @Autowired ArFixtures ar;
    @Autowired ReportRuns reports;
    @Autowired ReceivingAPayment receiving;
    @Autowired VoidingACustomerPayment voidingReceipt;
    @Autowired WritingOffAnInvoice writingOff;
    @Autowired VoidingAnInvoice voiding;
    @Autowired Receivables receivables;
    @Autowired com.jeweltrak.reports.Reports catalog;

    TestTenants.Tenant tenant;
    ContactId cora;
    LocalDate today;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("ar-aging");
        cora = ar.customer(tenant, "Cora", "Owes", null);
        today = reports.read(tenant.owner(), "ar-aging", Map.of()).today();
    }

    // 09 C6, decision 4: boundaries inclusive — one test per boundary
    @Test
    void dayThirtyIsCurrent() {
        assertThat(bucketAfter(30)).isEqualTo("0-30");
    }

    @Test
    void dayThirtyOneIs31To60() {
        assertThat(bucketAfter(31)).isEqualTo("31-60");
    }

    @Test
    void daySixtyIs31To60() {
        assertThat(bucketAfter(60)).isEqualTo("31-60");
    }

    @Test
    void daySixtyOneIs61To90() {
        assertThat(bucketAfter(61)).isEqualTo("61-90");
    }

    @Test
    void dayNinetyIs61To90() {
        assertThat(bucketAfter(90)).isEqualTo("61-90");
    }

    @Test
    void dayNinetyOneIs91Plus() {
        assertThat(bucketAfter(91)).isEqualTo("91-plus");
    }

    @Test
    void theSummaryPutsEachBalanceInItsBucketAndTintsTheOldOnes() {
        // 09 §15 R1, R7, C8
        ar.onAccount(tenant, cora, today.minusDays(5), "100.00");
        ar.onAccount(tenant, cora, today.minusDays(45), "200.00");
        ar.onAccount(tenant, cora, today.minusDays(75), "300.00");
        ar.onAccount(tenant, cora, today.minusDays(120), "400.00");

        ReportRow row = only(run("summary", Map.of()));

        assertThat(row.decimal("current")).isEqualByComparingTo("100");
        assertThat(row.decimal("d31_60")).isEqualByComparingTo("200");
        assertThat(row.decimal("d61_90")).isEqualByComparingTo("300");
        assertThat(row.decimal("d91_plus")).isEqualByComparingTo("400");
        assertThat(row.decimal("total")).isEqualByComparingTo("1000");
        var view = catalog.find("ar-aging").orElseThrow().view("summary").orElseThrow();
        assertThat(view.column("d91_plus").orElseThrow().tintOf(row)).isEqualTo("table-danger");
        assertThat(view.column("d61_90").orElseThrow().tintOf(row)).isEqualTo("table-warning");
    }

    @Test
    void aPastAsOfLeavesOutPaymentsMadeAfterIt() {
        // 09 §15 R2, R3: Balance Due = total − payments dated on or before As-Of; later invoices are left out (R6)
        InvoiceId old = ar.onAccount(tenant, cora, today.minusDays(40), "500.00");
        ar.pay(tenant, old, "200.00");
        ar.onAccount(tenant, cora, today, "70.00");

        ReportRow then = only(run("detail", Map.of("asOf", today.minusDays(1).toString())));
        assertThat(then.decimal("balance")).isEqualByComparingTo("500");
        assertThat(then.decimal("paid_to_date")).isEqualByComparingTo("0");
        assertThat(then.id("days_out")).isEqualTo(39);

        ReportRow now = run("detail", Map.of()).rows().content().getFirst();
        assertThat(now.decimal("balance")).isEqualByComparingTo("300");
        assertThat(now.decimal("paid_to_date")).isEqualByComparingTo("200");
    }

    @Test
    void aPaymentVoidedAfterAsOfStillCountsOnAsOf() {
        // spec open question, decided in ArAging: the snapshot reproduces that day, as the statement does
        InvoiceId invoice = ar.onAccount(tenant, cora, today.minusDays(40), "500.00");
        CustomerPaymentId receipt = receive(cora, today.minusDays(10), "150.00");
        ar.as(tenant, () -> {
            voidingReceipt.voidPayment(receipt, new VoidingACustomerPayment.Request(CustomerPayment.VoidKind.OTHER,
                    "Entered twice", null));
            return null;
        });

        assertThat(only(run("detail", Map.of("asOf", today.minusDays(5).toString()))).decimal("balance"))
                .isEqualByComparingTo("350");
        assertThat(only(run("detail", Map.of())).decimal("balance")).isEqualByComparingTo("500");
        assertThat(invoice).isNotNull();
    }

    @Test
    void aWriteOffReducesTheBalanceFromItsDateAndAWhollyWrittenOffInvoiceDropsOut() {
        // 09 §15 R2, R5
        InvoiceId invoice = ar.onAccount(tenant, cora, today.minusDays(100), "250.00");
        ar.as(tenant, () -> writingOff.writeOff(invoice, "Customer moved away"));

        ReportRow before = only(run("detail", Map.of("asOf", today.minusDays(1).toString())));
        assertThat(before.decimal("write_off")).isEqualByComparingTo("0");
        assertThat(before.decimal("balance")).isEqualByComparingTo("250");
        assertThat(run("detail", Map.of()).rows().content()).isEmpty();
    }

    @Test
    void paidVoidedAndOpenInvoicesAreLeftOut() {
        // 09 §15 R4, R6
        InvoiceId paid = ar.onAccount(tenant, cora, today.minusDays(3), "80.00");
        ar.pay(tenant, paid, "80.00");
        InvoiceId voided = ar.onAccount(tenant, cora, today.minusDays(3), "90.00");
        ar.as(tenant, () -> {
            voiding.voidInvoice(voided);
            return null;
        });
        ar.open(tenant, cora, today.minusDays(3), "60.00");

        assertThat(run("detail", Map.of()).rows().content()).isEmpty();
        // the day before, the paid one still owed (its payment is dated today); the voided and the open one never count
        assertThat(run("detail", Map.of("asOf", today.minusDays(1).toString())).rows().content())
                .extracting(r -> r.id("invoice_id")).containsExactly(paid.value());
    }

    @Test
    void unappliedCreditIsShownNegativeNotAgedAndNettedIntoTheTotal() {
        // 09 §15 R7: Total = buckets + unapplied credit = the customer's 08 AR balance
        ar.onAccount(tenant, cora, today.minusDays(10), "300.00");
        receive(cora, today.minusDays(2), "400.00");
        ContactId dan = ar.customer(tenant, "Dan", "Credit", null);
        receive(dan, today.minusDays(2), "50.00");

        List<ReportRow> rows = run("summary", Map.of()).rows().content();

        ReportRow coraRow = rows.stream().filter(r -> r.id("customer_id") == cora.value()).findFirst().orElseThrow();
        assertThat(coraRow.get("current")).isNull();
        assertThat(coraRow.decimal("unapplied_credit")).isEqualByComparingTo("-100");
        assertThat(coraRow.decimal("total")).isEqualByComparingTo("-100");
        ReportRow danRow = rows.stream().filter(r -> r.id("customer_id") == dan.value()).findFirst().orElseThrow();
        assertThat(danRow.decimal("total")).isEqualByComparingTo("-50");
        assertThat(coraRow.decimal("total")).isEqualByComparingTo(
                ar.as(tenant, () -> receivables.of(cora, today)).balance());
    }

    @Test
    void theGrandTotalAsOfTodayIsTheArControlOfTheReceivablesList() {
        // 09 §15 R7, §1 R11: AR Aging grand total = AR list total = Dashboard AR balance
        InvoiceId a = ar.onAccount(tenant, cora, today.minusDays(70), "1000.00");
        ar.pay(tenant, a, "125.50");
        ContactId dan = ar.customer(tenant, "Dan", "Other", null);
        ar.onAccount(tenant, dan, today.minusDays(95), "640.25");
        receive(dan, today.minusDays(1), "700.00");
        ar.onAccount(tenant, dan, today.minusDays(1), "20.00");

        BigDecimal grand = (BigDecimal) run("summary", Map.of()).totals().get("total");

        assertThat(grand).isEqualByComparingTo(ar.as(tenant, () -> receivables.total(today)));
    }

    @Test
    void aBucketCellDrillsToThatCustomersInvoicesInThatBucket() {
        // 09 §15 R8, C2: Customer and Bucket pills
        ar.onAccount(tenant, cora, today.minusDays(5), "100.00");
        InvoiceId old = ar.onAccount(tenant, cora, today.minusDays(95), "300.00");
        ContactId dan = ar.customer(tenant, "Dan", "Other", null);
        ar.onAccount(tenant, dan, today.minusDays(95), "50.00");

        List<ReportRow> rows = run("detail", Map.of("customer", Long.toString(cora.value()), "bucket", "91-plus"))
                .rows().content();

        assertThat(rows).extracting(r -> r.id("invoice_id")).containsExactly(old.value());
    }

    @Test
    void detailListsTheOldestFirst() {
        // 09 §15 R9
        InvoiceId newer = ar.onAccount(tenant, cora, today.minusDays(2), "10.00");
        InvoiceId older = ar.onAccount(tenant, cora, today.minusDays(20), "10.00");

        assertThat(run("detail", Map.of()).rows().content()).extracting(r -> r.id("invoice_id"))
                .containsExactly(older.value(), newer.value());
    }

    private String bucketAfter(int days) {
        ar.onAccount(tenant, cora, today.minusDays(days), "10.00");
        ReportRow row = only(run("detail", Map.of()));
        assertThat(row.id("days_out")).isEqualTo(days);
        // the rebuilt (past As-Of) path ages the same way: the same invoice one day younger
        ReportRow dayBefore = only(run("detail", Map.of("asOf", today.minusDays(1).toString())));
        assertThat(dayBefore.id("days_out")).isEqualTo(days - 1);
        return row.text("bucket_key");
    }

    private CustomerPaymentId receive(ContactId customer, LocalDate date, String amount) {
        return ar.as(tenant, () -> receiving.receive(new ReceivingAPayment.Request(customer, tenant.store(),
                new BigDecimal(amount), date, PaymentMethod.CASH, null, null, null, null, null, null,
                ReceivingAPayment.Mode.OLDEST_FIRST, null)));
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "ar-aging", view, params);
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
