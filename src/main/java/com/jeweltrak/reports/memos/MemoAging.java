package com.jeweltrak.reports.memos;

import java.util.Map;

import com.jeweltrak.reports.AgingBuckets;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §16 Memo Aging: outstanding memo value per customer (units neither invoiced nor returned × unit price, R1),
 * aged from the memo date to As-Of (R3). Units still out come from {@link MemoSql#OPEN_LINES}, the definition Memo
 * Liability uses.
 */
@Configuration(proxyBeanMethods = false)
class MemoAging {

    /** R2: a memo's outstanding = Σ its open lines' units still out × unit price. */
    static final String MEMOS = """
            select x.memo_id, x.memo_number, x.memo_date, x.customer_id, x.customer, x.days_out, x.bucket, x.bucket_key,
                   sum(x.qty_remaining * x.unit_price) as outstanding
            from (%s) x
            where (cast(:customer as bigint) is null or x.customer_id = :customer)
            group by x.memo_id, x.memo_number, x.memo_date, x.customer_id, x.customer, x.days_out, x.bucket, x.bucket_key
            having sum(x.qty_remaining * x.unit_price) > 0
            """.formatted(MemoSql.OPEN_LINES);

    static final String SUMMARY = """
            select x.customer_id, x.customer,
                   sum(x.outstanding) filter (where x.bucket_key = '0-30') as current,
                   sum(x.outstanding) filter (where x.bucket_key = '31-60') as d31_60,
                   sum(x.outstanding) filter (where x.bucket_key = '61-90') as d61_90,
                   sum(x.outstanding) filter (where x.bucket_key = '91-plus') as d91_plus,
                   sum(x.outstanding) as total
            from (%s) x
            group by x.customer_id, x.customer
            having sum(x.outstanding) > 0
            """.formatted(MEMOS);

    static final String DETAIL = "select x.* from (" + MEMOS + ") x where " + MemoSql.BUCKET_FILTER;

    /** R7: amber past 60 days, red past 90. */
    static String detailTint(ReportRow row) {
        long days = row.decimal("days_out").longValue();
        return days > 90 ? "table-danger" : days > 60 ? "table-warning" : null;
    }

    @Bean
    ReportDefinition memoAgingReport() {
        return ReportDefinition.builder("memo-aging", "Memo Aging")
                .description("Outstanding memo value per customer, aged Current / 31–60 / 61–90 / 91+ for follow-up.")
                .category(ReportCategory.INVENTORY)
                .filter(ReportFilter.asOf())
                .filter(ReportFilter.store())
                .filter(ReportFilter.contact("customer", "Customer").asPill())
                .filter(AgingBuckets.pill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        // R6: the customer opens Detail for that customer, every bucket
                        .column(ReportColumn.text("customer", "Customer")
                                .drill(Drill.toView("detail", Map.of("customer", "customer_id"))).footerLabel("Total"))
                        .column(AgingBuckets.column("current", "Current", AgingBuckets.CURRENT))
                        .column(AgingBuckets.column("d31_60", "31–60", AgingBuckets.DAYS_31_60))
                        // R5: 61–90 amber, 91+ red
                        .column(AgingBuckets.column("d61_90", "61–90", AgingBuckets.DAYS_61_90))
                        .column(AgingBuckets.column("d91_plus", "91+", AgingBuckets.DAYS_91_PLUS))
                        .column(ReportColumn.money("total", "Total"))
                        // R5: highest total first
                        .defaultOrder("r.total desc")
                        .id("customer_id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("memo_number", "Memo #").peek("memo", "memo_id").footerLabel("Total"))
                        .column(ReportColumn.date("memo_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.of("days_out", "Days out", ColumnKind.COUNT).tint(MemoAging::detailTint))
                        .column(ReportColumn.text("bucket", "Bucket").hiddenWhen("bucket"))
                        .column(ReportColumn.money("outstanding", "Outstanding").tint(MemoAging::detailTint))
                        // R7: oldest first
                        .defaultOrder("r.memo_date, r.memo_number")
                        .id("memo_id")
                        .build())
                .build();
    }
}
