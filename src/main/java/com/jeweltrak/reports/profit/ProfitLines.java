package com.jeweltrak.reports.profit;

import com.jeweltrak.reports.ReportSql;

/**
 * The one definition of a sold line's realized revenue (SellTotal) and its live cost, shared by Gross Profit (09 §13)
 * and Pricing Realization (§14 Data: "Actual = SellTotal as in the GP report; Cost = live cost as in the GP report").
 * <p>
 * {@link #sql(String)} gives one row per line of the FINALIZED invoices dated in {@code :from}..{@code :to} in
 * {@code :stores} (Open drafts and Voided invoices never count, §13 R7, C9), with:
 * <ul>
 * <li>{@code line_type}: Sold, Trade-in, Misc (a non-stock or service line), Return (a negative line naming the sold
 * line it brings back), Partner settlement (a partner-sold settlement line, or a return of one).</li>
 * <li>{@code sell_total} (§13 R2): sold and returned lines Qty × UnitPrice − TradeConcession − Adjustment (a return
 * line's quantity, adjustment and concession are negative, Returns R12, so it comes out negative, R7). A trade-in line:
 * −|Qty| × its Trade Actual Value, which this codebase keeps in the trade-in line's {@code cost} (02 §Trade-In R5;
 * sales.InvoiceTotals#tradeInValue) and which is always set (it defaults to the credit allowed).</li>
 * <li>{@code cost} (§13 R3): LIVE — Qty × the item's current cost basis {@code item.cost}. The spec's "item's cost +
 * Σ additional costs" needs no second sum here: JewelTrak has no separate additional-costs table, a stone service's
 * actual cost (recut, repolish, recertify, repair — services.stones.ReturningAStone → inventory.OutForService#comeBack)
 * and a loose stone combined into a piece (CombiningALooseStone) are added to {@code item.cost} itself, and an edited
 * cost is written there too (ItemCostChanged). So {@code item.cost} read now IS the live cost basis with its additional
 * costs. Misc lines and partner settlement lines use the line's snapshot cost (R4: the settlement's cost is your basis,
 * fixed when the line was made). An owner-sold partnership item is an ordinary Sold line: the item's full live cost
 * (R6, decision 3). A trade-in line is GP-neutral: cost = sell_total (R2).</li>
 * <li>{@code list_amount} (§14 Data): Qty × the item's Retail Price, or Qty × UnitPrice for a misc line (and for an item
 * with no Retail Price).</li>
 * </ul>
 * Gift-card lines are left out: selling a card is a liability (08 §Gift Cards R8), not revenue, so it has no profit.
 * <p>
 * Speed (issue 11 point 5, a year over 1M lines ≤ 1 s): the year's invoices by invoice_by_date_status (tenant_id,
 * invoice_date, status) or a scan when the year is most of the table, the lines joined by (tenant_id, invoice_id) —
 * invoice_line's unique index (tenant_id, invoice_id, item_id) leads with them — or a hash join, the item by its primary
 * key. Nothing here is correlated, so PostgreSQL can scan, join and partly aggregate in parallel workers: telling a
 * return of a settlement line is one uncorrelated look-up of the few settlement lines (partial index
 * invoice_line_partner_settlements), hashed once per statement. (A correlated look-up, and an {@code offset 0} fence,
 * each kept the whole statement in one process.) Measured on a generated tenant (100k invoices, 1M lines in the year;
 * 2 cores shared with other builds): the Detail footer ≈ 1.0 s, its page + footer ≈ 1.6 s; the Summary (grouped
 * per invoice) page + footer ≈ 3.0 s.
 */
public final class ProfitLines {

    private ProfitLines() {
    }

    /** Whether line {@code l} is a partner settlement or a return of one (its cost is then the stored basis). */
    static final String SETTLEMENT = """
            (l.partner_settlement or (l.source_line_id is not null and l.source_line_id in (
                select src.id from invoice_line src where src.partner_settlement)))""";

    /** SellTotal of line {@code l} (09 §13 R2). */
    public static final String SELL_TOTAL = """
            case when l.kind = 'TRADE_IN' then -abs(l.quantity) * l.cost
                 else l.quantity * l.unit_price - l.trade_concession - l.adjustment end""";

    /** Live cost of line {@code l}, its item {@code it}, settlement flag {@code settlement} (09 §13 R3, R4, R6). */
    public static final String LIVE_COST = """
            case when l.kind = 'TRADE_IN' then -abs(l.quantity) * l.cost
                 when it.id is not null and not settlement then l.quantity * it.cost
                 else l.quantity * l.cost end""";

    /**
     * The lines, with {@code extraWhere} (SQL over invoice {@code i}, or "true") narrowing them further (a customer, an
     * invoice, a salesperson pill). Columns: invoice_id, number, invoice_date, store_id, customer_id, salesperson_id,
     * line_id, item_id, stock_number, item_type (its peek type), description, quantity, line_type, sell_total, cost, list_amount.
     */
    public static String sql(String extraWhere) {
        return """
                select x.invoice_id, x.number, x.invoice_date, x.store_id, x.customer_id, x.salesperson_id,
                       x.line_id, x.item_id, x.stock_number, x.item_type, x.description, x.quantity,
                       case when x.kind = 'TRADE_IN' then 'Trade-in'
                            when x.settlement then 'Partner settlement'
                            when x.quantity < 0 then 'Return'
                            when x.kind = 'ITEM' then 'Sold'
                            else 'Misc' end as line_type,
                       x.sell_total, x.cost, x.list_amount
                from (
                    select i.id as invoice_id, i.number, i.invoice_date, i.store_id, i.customer_id, i.salesperson_id,
                           l.id as line_id, l.kind, l.item_id, it.stock_number, %s as item_type, l.description, l.quantity,
                           s.settlement,
                           %s as sell_total,
                           %s as cost,
                           case when l.kind = 'TRADE_IN' then null
                                else l.quantity * coalesce(case when l.kind = 'ITEM' then it.retail_price end, l.unit_price)
                           end as list_amount
                    from invoice i
                    join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                    left join item it on it.tenant_id = l.tenant_id and it.id = l.item_id
                    cross join lateral (select %s as settlement) s
                    where i.invoice_date between :from and :to and i.status = 'FINALIZED' and i.store_id in (:stores)
                      and l.kind <> 'GIFT_CARD'
                      and (%s)
                ) x
                """.formatted(ReportSql.itemPeekType("it.family"), SELL_TOTAL, LIVE_COST, SETTLEMENT, extraWhere);
    }
}
