package com.jeweltrak.sales.memos.web;

import java.util.List;

import com.jeweltrak.inventory.ItemHistory;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's memo events for its Transactions tab (09-reports §3 R1): out on a memo (the memo date, the customer) and each
 * return receipt that brought units back. A voided memo stays, flagged Voided. Only for Memos.View holders, and only
 * memos of stores they may access.
 */
@Component
class MemoItemHistory implements ItemHistory {

    private final JdbcClient jdbc;
    private final Stores stores;

    MemoItemHistory(JdbcClient jdbc, Stores stores) {
        this.jdbc = jdbc;
        this.stores = stores;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Event> of(ItemId item) {
        CurrentUser me = CurrentUser.get().orElse(null);
        if (me == null || !me.can("Memos.View")) return List.of();
        List<Long> mine = stores.idsAccessibleTo(me);
        if (mine.isEmpty()) return List.of();
        return rows(item, mine);
    }

    private List<Event> rows(ItemId item, List<Long> mine) {
        return jdbc.sql("""
                        select x.kind, x.memo_id, x.number, x.day, x.quantity, x.unit_price, x.voided,
                               coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company),
                               nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '')
                        from (select 'OUT' as kind, m.id as memo_id, m.number, m.memo_date as day, ml.quantity,
                                     ml.unit_price, m.voided_at is not null as voided, m.created_by as by_user,
                                     m.customer_id, m.tenant_id
                              from memo_line ml join memo m on m.tenant_id = ml.tenant_id and m.id = ml.memo_id
                              where ml.item_id = :item and m.store_id in (:stores)
                              union all
                              select 'BACK', m.id, m.number, r.return_date, rl.quantity, ml.unit_price,
                                     m.voided_at is not null, r.created_by, m.customer_id, m.tenant_id
                              from memo_return_line rl
                              join memo_return r on r.tenant_id = rl.tenant_id and r.id = rl.memo_return_id
                              join memo_line ml on ml.tenant_id = rl.tenant_id and ml.id = rl.memo_line_id
                              join memo m on m.tenant_id = ml.tenant_id and m.id = ml.memo_id
                              where ml.item_id = :item and m.store_id in (:stores)) x
                        join contact c on c.tenant_id = x.tenant_id and c.id = x.customer_id
                        left join app_user u on u.tenant_id = x.tenant_id and u.id = x.by_user""")
                .param("item", item.value()).param("stores", mine)
                .query((rs, n) -> {
                    long id = rs.getLong(2);
                    return new Event(rs.getDate(4).toLocalDate(),
                            "OUT".equals(rs.getString(1)) ? EventType.MEMO_OUT : EventType.MEMO_RETURN,
                            "Memo " + rs.getLong(3), rs.getString(8), rs.getBigDecimal(5), rs.getBigDecimal(6),
                            rs.getString(9), rs.getBoolean(7), "/sales/memos/" + id, "/peek/memo/" + id);
                })
                .list();
    }
}
