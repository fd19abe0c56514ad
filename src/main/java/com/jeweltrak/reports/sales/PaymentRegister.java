package com.jeweltrak.reports.sales;

import com.jeweltrak.reports.Breakdown;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.DateDefault;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §7 Payment Register: every payment received in a range, one row each, by payment date (R3) — what each
 * deposit or processor batch is matched against (R2, R7). Which rows are money received is {@link SalesSql#PAYMENTS}.
 * Payment # is the invoice's number for a tender taken on an invoice (it opens the invoice), "On account" for a payment
 * received on a customer's account (08 §Applying Payments) and "WO n" for a work-order deposit.
 */
@Configuration(proxyBeanMethods = false)
class PaymentRegister {

    static final String SQL = """
            select x.* from (%s) x
            where (cast(:method as text) is null or x.method_key = :method)
              and case :status when 'voided' then x.voided when 'all' then true else not x.voided end
            """.formatted(SalesSql.PAYMENTS);

    /** R5, R6: with All the voided rows are listed, flagged, and left out of every sum. */
    private static final String LIVE = " filter (where not r.voided)";

    @Bean
    ReportDefinition paymentRegisterReport() {
        return ReportDefinition.builder("payment-register", "Payment Register")
                .description("Every payment received in a range, by payment date, with a subtotal per method for the daily close.")
                .category(ReportCategory.TRANSACTIONAL)
                .filter(ReportFilter.period("Payment date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                // R4: one tender alone, e.g. card only to match a terminal batch
                .filter(ReportFilter.choice("method", "Method", null, ReportFilter.option("cash", "Cash"),
                        ReportFilter.option("check", "Check"), ReportFilter.option("card", "Card"),
                        ReportFilter.option("other", "Other"), ReportFilter.option("store_credit", "Store credit"),
                        ReportFilter.option("gift_card", "Gift card")))
                // R5: Posted is live money
                .filter(ReportFilter.choice("status", "Status", "posted", ReportFilter.option("posted", "Posted"),
                        ReportFilter.option("voided", "Voided"), ReportFilter.option("all", "All")))
                .view(ReportView.builder("register", "Register").sql(SQL)
                        .column(ReportColumn.text("payment_no", "Payment #").peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("payment_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.text("method", "Method"))
                        .column(ReportColumn.text("reference", "Reference"))
                        .column(ReportColumn.money("amount", "Amount").totalledBy("sum(r.amount)" + LIVE))
                        .column(ReportColumn.of("voided", "Voided", ColumnKind.BADGE))
                        // R2: one subtotal per method present
                        .breakdown(new Breakdown("By method", "r.method", "coalesce(sum(r.amount)" + LIVE + ", 0)",
                                ColumnKind.MONEY))
                        .rowClass(row -> row.flag("voided") ? "jt-voided" : null)
                        .defaultOrder("r.payment_date, r.id")
                        .id("id")
                        .build())
                .build();
    }
}
