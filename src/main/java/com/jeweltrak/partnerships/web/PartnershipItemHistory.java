package com.jeweltrak.partnerships.web;

import java.util.List;

import com.jeweltrak.inventory.ItemHistory;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's partnership reconciliations for its Transactions tab (09-reports §3 R1 "PartnershipReconciled"): the day it
 * was reconciled, the sale price, who sold it; a reversed reconciliation stays, flagged. For Invoices.View holders, as
 * the partnership pages.
 */
@Component
class PartnershipItemHistory implements ItemHistory {

    private final JdbcClient jdbc;

    PartnershipItemHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Event> of(ItemId item) {
        if (CurrentUser.get().map(me -> !me.can("Invoices.View")).orElse(true)) return List.of();
        return jdbc.sql("""
                        select r.reconciled_on, p.cycle, r.sale_price, r.settlement_type, r.reversed_at is not null,
                               coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company),
                               nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), r.invoice_id
                        from reconciled_partnership r
                        join partnership p on p.tenant_id = r.tenant_id and p.id = r.partnership_id
                        left join contact c on c.tenant_id = r.tenant_id and c.id = r.selling_partner_id
                        left join app_user u on u.tenant_id = r.tenant_id and u.id = r.reconciled_by
                        where r.item_id = ?""")
                .param(item.value())
                .query((rs, n) -> new Event(rs.getDate(1).toLocalDate(), EventType.PARTNERSHIP_RECONCILED,
                        "Partnership " + rs.getInt(2) + ("PartnerSold".equals(rs.getString(4)) ? " (partner sold)" : ""),
                        rs.getString(6), null, rs.getBigDecimal(3), rs.getString(7), rs.getBoolean(5),
                        "/sales/invoices/" + rs.getLong(8), "/peek/invoice/" + rs.getLong(8)))
                .list();
    }
}
