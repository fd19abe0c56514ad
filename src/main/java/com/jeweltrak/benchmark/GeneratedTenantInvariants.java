package com.jeweltrak.benchmark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.tenancy.TenantId;

/**
 * What the triggers suspended during generation would have guarded, checked over the whole generated tenant at
 * once, plus the ledgers' own rules (design §4): every journal entry balances, every item's quantities are the sum
 * of its stock movements and never negative, the AR control account equals the balances the invoices carry and each
 * customer's AR lines equal that customer's invoices. One failure and the generation is rolled back.
 */
final class GeneratedTenantInvariants {

    private final Statement sql;
    private final long tenant;

    GeneratedTenantInvariants(Statement sql, TenantId tenant) {
        this.sql = sql;
        this.tenant = tenant.value();
    }

    Map<String, Long> checked() throws SQLException {
        none("unbalanced journal entries", """
                select count(*) from (select e.id from journal_entry e
                    left join journal_line l on l.tenant_id = e.tenant_id and l.entry_id = e.id
                    where e.tenant_id = %d group by e.id
                    having count(l.id) < 2 or sum(l.debit) <> sum(l.credit)) x""");
        none("items whose quantities differ from their movements", """
                select count(*) from item i
                left join (select item_id, sum(in_stock_delta) as s, sum(on_memo_delta) as m, sum(carats_delta) as c from stock_movement
                           where tenant_id = %1$d group by item_id) k on k.item_id = i.id
                where i.tenant_id = %1$d and (i.in_stock <> coalesce(k.s, 0) or i.on_memo <> coalesce(k.m, 0)
                                             or coalesce(i.carats, 0) <> coalesce(k.c, 0)
                                             or i.in_stock < 0 or i.on_memo < 0)""");
        none("customers whose AR lines differ from their invoices' balances", """
                select count(*) from (
                    select coalesce(customer_id, 0) as contact, sum(ar_balance) as amount from invoice
                    where tenant_id = %1$d and status = 'FINALIZED' group by coalesce(customer_id, 0)) d
                full join (
                    select coalesce(l.contact_id, 0) as contact, sum(l.debit - l.credit) as amount from journal_line l
                    join account a on a.tenant_id = l.tenant_id and a.id = l.account_id and a.system_key = 'AR'
                    where l.tenant_id = %1$d group by coalesce(l.contact_id, 0)) j on j.contact = d.contact
                where coalesce(d.amount, 0) <> coalesce(j.amount, 0)""");
        none("invoices naming one item twice", """
                select count(*) from (select 1 from invoice_line where tenant_id = %d and item_id is not null
                    group by invoice_id, item_id having count(*) > 1) x""");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"contact", "item", "invoice", "invoice_line", "invoice_payment", "memo",
                "stock_movement", "journal_entry", "journal_line", "search_entry"}) {
            counts.put(table, count("select count(*) from " + table + " where tenant_id = %d"));
        }
        counts.put("open invoices", count("select count(*) from invoice where tenant_id = %d and ar_balance > 0"));
        return counts;
    }

    private void none(String what, String query) throws SQLException {
        long found = count(query);
        if (found != 0) {
            throw new IllegalStateException("The generated tenant has " + found + " " + what + ": not committed");
        }
    }

    private long count(String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query.formatted(tenant))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
