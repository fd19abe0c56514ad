package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.inventory.ItemHistory;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice lines of an item for its Transactions tab (09-reports §3 R3, R4): a positive line is Sold (customer and
 * invoice #), a return line Returned; a voided invoice stays, flagged, and is not a sale. Open invoices show as what
 * they would be, with their status. Only for Invoices.View holders, and only invoices of stores they may access.
 */
@Component
class InvoiceItemHistory implements ItemHistory {

    private final JdbcClient jdbc;
    private final Stores stores;

    InvoiceItemHistory(JdbcClient jdbc, Stores stores) {
        this.jdbc = jdbc;
        this.stores = stores;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Event> of(ItemId item) {
        CurrentUser me = CurrentUser.get().orElse(null);
        if (me == null || !me.can("Invoices.View")) return List.of();
        List<Long> mine = stores.idsAccessibleTo(me);
        if (mine.isEmpty()) return List.of();
        return jdbc.sql("""
                        select i.id, i.number, i.invoice_date, i.status, l.quantity, l.unit_price,
                               coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company, 'Walk-in'),
                               nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '')
                        from invoice_line l
                        join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                        left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
                        left join app_user u on u.tenant_id = i.tenant_id and u.id = i.salesperson_id
                        where l.item_id = :item and i.store_id in (:stores)""")
                .param("item", item.value()).param("stores", mine)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    String status = rs.getString(4);
                    boolean returned = rs.getBigDecimal(5).signum() < 0;
                    return new Event(rs.getDate(3).toLocalDate(), returned ? EventType.RETURNED : EventType.SOLD,
                            "Invoice " + rs.getLong(2) + ("OPEN".equals(status) ? " (Open)" : ""), rs.getString(7),
                            rs.getBigDecimal(5).abs(), rs.getBigDecimal(6), rs.getString(8), "VOIDED".equals(status),
                            "/sales/invoices/" + id, "/peek/invoice/" + id);
                })
                .list();
    }
}
