package com.jeweltrak.reports.sales;

import java.util.Map;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportView;

/**
 * The shape Sales by Customer (§8) and Sales by Salesperson (§9) share (R6 of §9: the same Gross, Voided and Net): a
 * Summary of invoices grouped by one party, and a Detail of those invoices.
 * <ul>
 * <li>Gross = Σ Subtotal of Finalized + Voided invoices dated in the range; Voided = Σ Subtotal of the voided; Net =
 * Gross − Voided = Σ Subtotal of the Finalized (C3). Open drafts never count (C9).</li>
 * <li>Invoice Count includes the voided; Average = Net ÷ the non-voided count, null ("—") when there are none (C4).</li>
 * </ul>
 * The Summary's SQL must give {@code id}, the party's filter value {@code party_id}, the name column, and the figures
 * below over {@code i}; the Detail's one row per invoice with {@code voided}.
 */
final class InvoiceRollups {

    private InvoiceRollups() {
    }

    /** The Summary's figures over the group's invoices {@code i}. */
    static final String FIGURES = """
            count(*) as invoice_count,
            count(*) filter (where i.status = 'VOIDED') as voided_count,
            sum(i.subtotal) as gross,
            coalesce(sum(i.subtotal) filter (where i.status = 'VOIDED'), 0) as voided,
            coalesce(sum(i.subtotal) filter (where i.status = 'FINALIZED'), 0) as net,
            round(sum(i.subtotal) filter (where i.status = 'FINALIZED')
                  / nullif(count(*) filter (where i.status = 'FINALIZED'), 0), 4) as average""";

    /** Average in the footer from the sums, never an average of averages (C10). */
    private static final String AVERAGE_OF_SUMS =
            "round(sum(r.net) / nullif(sum(r.invoice_count) - sum(r.voided_count), 0), 4)";

    static ReportView.Builder summary(String sql, ReportColumn name, Map<String, String> drill) {
        return ReportView.builder("summary", "Summary").sql(sql)
                // C2: a name opens the Detail of that party's invoices
                .column(name.drill(Drill.toView("detail", drill)).footerLabel("Total"))
                .column(ReportColumn.count("invoice_count", "Invoices"))
                .column(ReportColumn.money("gross", "Gross Sales"))
                .column(ReportColumn.money("voided", "Voided Sales"))
                .column(ReportColumn.money("net", "Net Sales"))
                .column(ReportColumn.of("average", "Average Sale", ColumnKind.MONEY).totalledBy(AVERAGE_OF_SUMS))
                // R1: ranked by Net Sales, highest first
                .defaultOrder("r.net desc, r.gross desc")
                .id("id");
    }

    /** A detail money column: its footer leaves the voided invoices out, as the Net of the Summary does. */
    static ReportColumn live(String key, String label) {
        return ReportColumn.money(key, label).totalledBy("sum(r." + key + ") filter (where not r.voided)");
    }

    static ReportView.Builder detail(String sql) {
        return ReportView.builder("detail", "Detail").sql(sql)
                .column(ReportColumn.text("number", "Inv #").peek("invoice", "invoice_id").footerLabel("Total"))
                .column(ReportColumn.date("invoice_date", "Date"));
    }

    static ReportView.Builder detailFigures(ReportView.Builder detail) {
        return detail
                .column(ReportColumn.of("status", "Status", ColumnKind.BADGE))
                .column(live("subtotal", "Subtotal"))
                .column(live("tax", "Tax"))
                .column(live("freight", "Freight"))
                .column(live("total", "Total"))
                .rowClass(row -> row.flag("voided") ? "jt-voided" : null)
                .defaultOrder("r.invoice_date, r.number")
                .id("invoice_id");
    }

    /** One row per counted invoice {@code i} with customer {@code c} and salesperson {@code u} joined. */
    static final String DETAIL_COLUMNS = """
            select i.id as invoice_id, i.number::text as number, i.invoice_date, i.customer_id,
                   case when i.customer_id is null then 'Walk-in' else %s end as customer,
                   coalesce(i.salesperson_id, 0) as salesperson_id, coalesce(%s, '— unassigned —') as salesperson,
                   initcap(i.status) as status, i.status = 'VOIDED' as voided,
                   i.subtotal, i.tax, coalesce(i.freight, 0) as freight, i.total
            from invoice i
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            left join app_user u on u.tenant_id = i.tenant_id and u.id = i.salesperson_id
            """.formatted(com.jeweltrak.reports.ReportSql.CONTACT_NAME, com.jeweltrak.reports.ReportSql.USER_NAME);
}
