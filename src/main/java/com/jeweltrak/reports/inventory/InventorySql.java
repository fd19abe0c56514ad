package com.jeweltrak.reports.inventory;

import com.jeweltrak.reports.ReportSql;

import com.jeweltrak.reports.ReportFilter;

/**
 * What Inventory Aging (§21) and Inventory Valuation (§22) count, written once so their Cost columns agree (§22's
 * purpose: a cross-check of the aging).
 * <p>
 * Carry quantity = In Stock, plus On Memo when the Include filter says so (§21 R3, §22 R1). JewelTrak keeps an item's
 * cost and prices per unit of its stock quantity for every family — a loose diamond, colored stone or pearl lot is
 * received as one unit whose cost is the lot's total (inventory's OutForService spreads a service cost "over the pieces
 * owned, a loose stone being one piece as a rule"), and the Inventory account holds Σ (In Stock + On Memo) × cost
 * (accounting's BooksStayTrueProperties). So Cost = carry × unit cost and Retail = carry × retail for all five families:
 * for a stone lot of one unit that is the lot total §22 R2 asks for, and a lot split into several units is valued as
 * the books value it.
 * <p>
 * Items scrapped, returned to the vendor or sold have nothing in stock or on memo (the stock ledger took them out) and so
 * never appear (§21 R4); an item reserved to an Open invoice has left stock and is not counted either.
 */
final class InventorySql {

    private InventorySql() {
    }

    static final String IN_STOCK_AND_MEMO = "in-stock-and-memo";
    static final String IN_STOCK = "in-stock";

    static ReportFilter include() {
        return ReportFilter.choice("include", "Include", IN_STOCK_AND_MEMO,
                ReportFilter.option(IN_STOCK_AND_MEMO, "In stock + on memo"),
                ReportFilter.option(IN_STOCK, "In stock only"));
    }

    /** Item {@code it}'s carry quantity under {@code :include}. */
    static final String CARRY = "(it.in_stock + case when cast(:include as text) = 'in-stock' then 0 else it.on_memo end)";

    /**
     * Every carried item of {@code :stores} (carry > 0; the first test is the partial index item_carried's predicate): id, StockID, family, description, store, purchase date, carry
     * quantity, on memo, cost and retail at the carry quantity, carats and pearl count.
     */
    static final String ITEMS = """
            select it.id as item_id, it.stock_number, it.family, coalesce(it.description, '') as description,
                   s.name as store, it.purchase_date, %1$s as carry_qty, it.on_memo, it.carats, p.pearl_count,
                   %1$s * it.cost as cost, %1$s * coalesce(it.retail_price, 0) as retail, %2$s as peek_type
            from item it
            join store s on s.tenant_id = it.tenant_id and s.id = it.store_id
            left join item_pearl p on p.tenant_id = it.tenant_id and p.item_id = it.id
            where it.store_id in (:stores) and (it.in_stock > 0 or it.on_memo > 0) and %1$s > 0
              and (cast(:family as text) is null or it.family = :family)
            """.formatted(CARRY, ReportSql.itemPeekType("it.family"));

    static ReportFilter family() {
        return ReportFilter.choice("family", "Type", null, ReportFilter.option("J", "Jewelry"),
                ReportFilter.option("W", "Watches"), ReportFilter.option("D", "Diamonds"),
                ReportFilter.option("C", "Colored stones"), ReportFilter.option("P", "Pearls"));
    }
}
