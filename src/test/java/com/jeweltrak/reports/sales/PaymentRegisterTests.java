package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReceivingAPayment;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §7 Payment Register. */
@IntegrationTest
class PaymentRegisterTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired ReturnFixtures returns;
    @Autowired SalesReportFixtures fixtures;
    @Autowired ReceivingAPayment receiving;
    @Autowired VoidingATender voidingTender;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;
    ContactId cora;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("payment-register");
        cora = sales.customer(tenant);
    }

    @Test
    void everyTenderIsARowWithItsMethodAndReferenceAndTheFooterBreaksTheTotalDownByMethod() {
        // 09 §7 R1, R2
        InvoiceId id = fixtures.sold(tenant, cora, "500.00");
        fixtures.pay(tenant, id, PaymentMethod.CASH, "100.00");
        fixtures.pay(tenant, id, PaymentMethod.CHECK, "150.00");
        fixtures.pay(tenant, id, PaymentMethod.CARD, "200.00");

        ReportResult result = run(Map.of());

        assertThat(result.rows().content()).hasSize(3).allSatisfy(r -> {
            assertThat(r.text("payment_no")).isEqualTo(number(id));
            assertThat(r.text("customer")).isEqualTo("Cora Buyer");
        });
        assertThat(byMethod(result, "Check").text("reference")).isEqualTo("#1001");
        assertThat(byMethod(result, "Card").text("reference")).isEqualTo("…4242 A1B2");
        assertThat((BigDecimal) result.totals().get("amount")).isEqualByComparingTo("450.00");
        assertThat(result.breakdowns().getFirst().entries()).extracting(Map.Entry::getKey)
                .containsExactly("Card", "Cash", "Check");
    }

    @Test
    void aPaymentOnAccountIsOneRowAndItsApplicationToAnInvoiceIsNotAnother() {
        // 09 §7 R8: credit on account applied later is not a new row
        InvoiceId id = fixtures.sold(tenant, cora, "300.00");
        sales.as(tenant, () -> receiving.receive(new ReceivingAPayment.Request(cora, tenant.store(), new BigDecimal("300.00"),
                null, PaymentMethod.CASH, null, null, null, null, null, null, ReceivingAPayment.Mode.OLDEST_FIRST,
                List.of())));

        ReportResult result = run(Map.of());

        assertThat(result.rows().content()).singleElement().satisfies(r -> {
            assertThat(r.text("payment_no")).isEqualTo("On account");
            assertThat(r.decimal("amount")).isEqualByComparingTo("300.00");
        });
        assertThat(fixtures.number(tenant, "select count(*) from invoice_payment where receipt_id is not null"))
                .isEqualByComparingTo("1");
        assertThat(id).isNotNull();
    }

    @Test
    void aRefundIsANegativeRow() {
        // 09 §7, 02 §Returns: refunds (kind REFUND) are money paid out
        InvoiceId sale = returns.soldFor(tenant, cora, "120.00");
        fixtures.pay(tenant, sale, PaymentMethod.CASH, "120.00");
        InvoiceId back = returns.returned(tenant, cora, sale);
        returns.refund(tenant, back, PaymentMethod.CASH, "120.00");

        ReportResult result = run(Map.of());

        assertThat(result.rows().content()).extracting(r -> r.decimal("amount"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("120.00"), new BigDecimal("-120.00"));
        assertThat((BigDecimal) result.totals().get("amount")).isEqualByComparingTo("0.00");
    }

    @Test
    void voidedPaymentsShowOnlyWhenAskedForAndNeverInTheFooter() {
        // 09 §7 R5, R6: Posted (default) | Voided | All; with All the voided rows are listed but not summed
        InvoiceId id = fixtures.sold(tenant, cora, "500.00");
        fixtures.pay(tenant, id, PaymentMethod.CASH, "100.00");
        PaymentId bounced = fixtures.pay(tenant, id, PaymentMethod.CHECK, "80.00");
        sales.run(tenant, () -> voidingTender.voidTender(id, bounced, "NSF"));

        assertThat(run(Map.of()).rows().content()).extracting(r -> r.flag("voided")).containsExactly(false);
        assertThat(run(Map.of("status", "voided")).rows().content()).singleElement()
                .satisfies(r -> assertThat(r.flag("voided")).isTrue());
        ReportResult all = run(Map.of("status", "all"));
        assertThat(all.rows().content()).hasSize(2);
        assertThat((BigDecimal) all.totals().get("amount")).isEqualByComparingTo("100.00");
    }

    @Test
    void theMethodFilterIsolatesOneTender() {
        // 09 §7 R4
        InvoiceId id = fixtures.sold(tenant, cora, "500.00");
        fixtures.pay(tenant, id, PaymentMethod.CASH, "100.00");
        fixtures.pay(tenant, id, PaymentMethod.CARD, "200.00");

        assertThat(run(Map.of("method", "card")).rows().content()).singleElement()
                .satisfies(r -> assertThat(r.decimal("amount")).isEqualByComparingTo("200.00"));
    }

    @Test
    void aPaymentIsInTheRegisterOfItsOwnDateNotTheInvoices() {
        // 09 §7 R3: a payment taken today on last month's invoice is in today's register
        InvoiceId old = fixtures.open(tenant, cora, java.time.LocalDate.parse("2026-01-15"));
        fixtures.line(tenant, old, "1", "90.00", null);
        fixtures.finalize(tenant, old);
        fixtures.pay(tenant, old, PaymentMethod.CASH, "90.00");

        assertThat(run(Map.of()).rows().content()).hasSize(1);
        assertThat(run(Map.of("from", "2026-01-01", "to", "2026-01-31")).rows().content()).isEmpty();
    }

    private String number(InvoiceId id) {
        return fixtures.number(tenant, "select number from invoice where id = " + id.value()).toPlainString();
    }

    private ReportResult run(Map<String, String> params) {
        return reports.run(tenant.owner(), "payment-register", null, params);
    }

    private static ReportRow byMethod(ReportResult result, String method) {
        return result.rows().content().stream().filter(r -> method.equals(r.text("method"))).findFirst().orElseThrow();
    }
}
