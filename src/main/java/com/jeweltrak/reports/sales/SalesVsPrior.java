package com.jeweltrak.reports.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.DateDefault;
import com.jeweltrak.reports.FilterValues;
import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §20 Sales vs Prior Period: every key sales metric of a range next to the same metric of the prior range
 * ({@link PriorPeriod}, decision 6). Invoice Count includes the voided; the money metrics are over the Finalized only;
 * Voided Amount = Σ Total of the voided; Avg Sale = Total Sales ÷ Net Invoices (R5). Open drafts never count (C3).
 */
@Configuration(proxyBeanMethods = false)
class SalesVsPrior {

    private static final String FIGURES = """
            select count(*) as n, count(*) filter (where i.status = 'FINALIZED') as net_n,
                   count(*) filter (where i.status = 'VOIDED') as void_n,
                   coalesce(sum(i.subtotal) filter (where i.status = 'FINALIZED'), 0) as subtotal,
                   coalesce(sum(i.tax) filter (where i.status = 'FINALIZED'), 0) as tax,
                   coalesce(sum(coalesce(i.freight, 0)) filter (where i.status = 'FINALIZED'), 0) as freight,
                   coalesce(sum(i.total) filter (where i.status = 'FINALIZED'), 0) as total,
                   coalesce(sum(i.total) filter (where i.status = 'VOIDED'), 0) as voided_total
            from invoice i
            where i.invoice_date between %s and %s and i.store_id in (:stores) and i.status in ('FINALIZED', 'VOIDED')""";

    static final String SUMMARY = """
            with cur as (%s), pri as (%s)
            select m.ord as id, m.metric, m.cur as current, m.pri as prior, m.cur - m.pri as delta,
                   round(100 * (m.cur - m.pri) / nullif(m.pri, 0), 4) as delta_pct,
                   case when m.ord <= 3 then 'COUNT' else 'MONEY' end as unit
            from cur, pri, lateral (values
                (1, 'Invoice Count', cur.n::numeric, pri.n::numeric),
                (2, 'Net Invoices', cur.net_n::numeric, pri.net_n::numeric),
                (3, 'Voided Count', cur.void_n::numeric, pri.void_n::numeric),
                (4, 'Subtotal', cur.subtotal, pri.subtotal),
                (5, 'Tax', cur.tax, pri.tax),
                (6, 'Freight', cur.freight, pri.freight),
                (7, 'Total Sales', cur.total, pri.total),
                (8, 'Voided Amount', cur.voided_total, pri.voided_total),
                (9, 'Avg Sale', round(cur.total / nullif(cur.net_n, 0), 4), round(pri.total / nullif(pri.net_n, 0), 4))
            ) m (ord, metric, cur, pri)
            """.formatted(FIGURES.formatted(":from", ":to"), FIGURES.formatted(":priorFrom", ":priorTo"));

    /** R6: day k of the current range beside day k of the prior one; rows = the longer range, blanks on the shorter. */
    static final String DAILY = """
            with cur as (select d::date as day, row_number() over (order by d) as k
                         from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d),
                 pri as (select d::date as day, row_number() over (order by d) as k
                         from generate_series(cast(:priorFrom as date), cast(:priorTo as date), interval '1 day') d),
                 sold as (select i.invoice_date as day, count(*) as invoices, sum(i.total) as total
                          from invoice i
                          where ((i.invoice_date between :from and :to) or (i.invoice_date between :priorFrom and :priorTo))
                            and i.store_id in (:stores) and i.status = 'FINALIZED'
                          group by i.invoice_date)
            select coalesce(cur.k, pri.k) as day, cur.day as current_date,
                   case when cur.day is not null then coalesce(cs.invoices, 0) end as current_invoices,
                   case when cur.day is not null then coalesce(cs.total, 0) end as current_total,
                   pri.day as prior_date,
                   case when pri.day is not null then coalesce(ps.invoices, 0) end as prior_invoices,
                   case when pri.day is not null then coalesce(ps.total, 0) end as prior_total,
                   coalesce(cs.total, 0) - coalesce(ps.total, 0) as delta
            from cur
            full join pri on pri.k = cur.k
            left join sold cs on cs.day = cur.day
            left join sold ps on ps.day = pri.day
            """;

    /** C8: green for a rise, red for a fall. */
    private static String tint(ReportRow row) {
        BigDecimal delta = row.decimal("delta");
        if (delta == null || delta.signum() == 0) return null;
        return delta.signum() > 0 ? "text-success" : "text-danger";
    }

    /** Works out :priorFrom / :priorTo from the Compare-to choice (R1); custom needs both its dates. */
    static Map<String, Object> prior(FilterValues values) {
        LocalDate from = values.from();
        LocalDate to = values.to();
        PriorPeriod prior = switch (values.text("compare")) {
            case "last-year" -> PriorPeriod.lastYear(from, to);
            case "custom" -> custom(values);
            default -> PriorPeriod.before(from, to);
        };
        Map<String, Object> derived = new LinkedHashMap<>();
        derived.put("priorFrom", prior.from());
        derived.put("priorTo", prior.to());
        return derived;
    }

    private static PriorPeriod custom(FilterValues values) {
        LocalDate from = values.date("priorFrom");
        LocalDate to = values.date("priorTo");
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) errors.put("priorFrom", "Enter the first day to compare with.");
        if (to == null) errors.put("priorTo", "Enter the last day to compare with.");
        if (from != null && to != null && to.isBefore(from)) errors.put("priorTo", "To must be on or after From.");
        if (!errors.isEmpty()) throw new InvalidReportFilters(errors);
        return new PriorPeriod(from, to);
    }

    @Bean
    ReportDefinition salesVsPriorReport() {
        return ReportDefinition.builder("sales-vs-prior", "Sales vs Prior Period")
                .description("Every key sales metric of a range beside a prior range: the period before, last year, or any.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                .filter(ReportFilter.choice("compare", "Compare to", "prior", ReportFilter.option("prior", "Prior period"),
                        ReportFilter.option("last-year", "Same period last year"),
                        ReportFilter.option("custom", "Custom range")))
                // used only with Compare to = Custom range
                .filter(ReportFilter.date("priorFrom", "Compare from"))
                .filter(ReportFilter.date("priorTo", "Compare to"))
                .derive(SalesVsPrior::prior)
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        .column(ReportColumn.text("metric", "Metric"))
                        .column(ReportColumn.of("current", "Current", ColumnKind.MONEY).kindFrom("unit"))
                        .column(ReportColumn.of("prior", "Prior", ColumnKind.MONEY).kindFrom("unit"))
                        .column(ReportColumn.of("delta", "Δ Amount", ColumnKind.MONEY).kindFrom("unit").tint(SalesVsPrior::tint))
                        .column(ReportColumn.percent("delta_pct", "Δ %").tint(SalesVsPrior::tint))
                        .defaultOrder("r.id")
                        .id("id")
                        .build())
                .view(ReportView.builder("detail", "Daily Detail").sql(DAILY)
                        .column(ReportColumn.of("day", "Day", ColumnKind.COUNT))
                        .column(ReportColumn.date("current_date", "Current Date").footerLabel("Total"))
                        .column(ReportColumn.count("current_invoices", "Curr Inv"))
                        .column(ReportColumn.money("current_total", "Current"))
                        .column(ReportColumn.date("prior_date", "Prior Date"))
                        .column(ReportColumn.count("prior_invoices", "Prior Inv"))
                        .column(ReportColumn.money("prior_total", "Prior"))
                        .column(ReportColumn.money("delta", "Δ").tint(SalesVsPrior::tint))
                        .defaultOrder("r.day")
                        .id("day")
                        .build())
                .build();
    }
}
