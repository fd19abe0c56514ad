package com.jeweltrak.inventory.counts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading count sessions and their sheets. */
@Component
public class InventoryCounts {

    private static final String COLUMNS = """
            c.id, c.number, c.store_id, c.family, c.status, c.started_at, c.closed_at,
            (select count(*) from inventory_count_line l where l.count_id = c.id),
            (select count(*) from inventory_count_line l where l.count_id = c.id and exists (select 1 from inventory_count_scan s
                where s.count_id = c.id and s.item_id = l.item_id)) """;

    private final JdbcClient jdbc;

    InventoryCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public InventoryCount get(long id) {
        return jdbc.sql("select " + COLUMNS + " from inventory_count c where c.id = ?").param(id).query(InventoryCounts::count)
                .optional().orElseThrow(() -> new RecordNotFound("Inventory count", id));
    }

    /** Newest first, only the families (and, unless null, the stores) the caller may see. */
    @Transactional(readOnly = true)
    public Paged<InventoryCount> page(Collection<Family> families, Collection<StoreId> stores, int page, int size) {
        String[] codes = families.stream().map(f -> String.valueOf(f.code())).toArray(String[]::new);
        Long[] storeIds = stores == null ? null : stores.stream().map(StoreId::value).toArray(Long[]::new);
        String where = " where c.family = any(?) and (?::bigint[] is null or c.store_id = any(?::bigint[])) ";
        long total = jdbc.sql("select count(*) from inventory_count c" + where).params(codes, storeIds, storeIds)
                .query(Long.class).single();
        List<InventoryCount> rows = jdbc.sql("select " + COLUMNS + " from inventory_count c" + where
                        + "order by c.id desc limit ? offset ?")
                .params(codes, storeIds, storeIds, size, (long) page * size).query(InventoryCounts::count).list();
        return new Paged<>(rows, page, size, total);
    }

    @Transactional(readOnly = true)
    public CountSheet sheet(long id) {
        InventoryCount count = get(id);
        List<CountSheet.Line> lines = jdbc.sql("""
                        select l.item_id, i.stock_number, i.category, i.description, l.expected_in_stock, l.expected_carats,
                               coalesce((select sum(s.quantity) from inventory_count_scan s
                                         where s.count_id = l.count_id and s.item_id = l.item_id), 0),
                               l.cost, l.retail_price,
                               exists (select 1 from stock_movement m where m.item_id = l.item_id and m.id > l.last_movement_id)
                        from inventory_count_line l join item i on i.tenant_id = l.tenant_id and i.id = l.item_id
                        where l.count_id = ? order by i.stock_number""")
                .param(id)
                .query((rs, n) -> new CountSheet.Line(rs.getLong(1), Long.toString(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBoolean(10)))
                .list();
        List<CountSheet.Unexpected> unexpected = jdbc.sql("""
                        select s.stock_id, s.item_id, i.description, sum(s.quantity), i.store_id, i.family, i.in_stock,
                               i.on_memo, i.created_at, st.name
                        from inventory_count_scan s
                             left join item i on i.tenant_id = s.tenant_id and i.id = s.item_id
                             left join store st on st.tenant_id = i.tenant_id and st.id = i.store_id
                        where s.count_id = ? and not exists (select 1 from inventory_count_line l
                                                             where l.count_id = s.count_id and l.item_id = s.item_id)
                        group by s.stock_id, s.item_id, i.description, i.store_id, i.family, i.in_stock, i.on_memo,
                                 i.created_at, st.name
                        order by min(s.id)""")
                .param(id)
                .query((rs, n) -> new CountSheet.Unexpected(rs.getString(1), (Long) rs.getObject(2), rs.getString(3),
                        rs.getBigDecimal(4), reason(rs, count)))
                .list();
        return new CountSheet(count,
                lines.stream().filter(l -> l.counted().signum() > 0).toList(),
                lines.stream().filter(l -> l.counted().signum() == 0).toList(), unexpected);
    }

    /** Why a scanned StockID was not expected (R6, R8); the first fact that explains it wins. */
    private static String reason(ResultSet rs, InventoryCount count) throws SQLException {
        if (rs.getObject(2) == null) return "No item has this StockID.";
        if (rs.getLong(5) != count.store().value()) return "Belongs to another store (" + rs.getString(10) + ").";
        Family family = Family.ofCode(rs.getString(6).charAt(0));
        if (family != count.family()) return "A " + family.label().toLowerCase() + " — this count is for " + count.family().plural().toLowerCase() + ".";
        if (rs.getTimestamp(9).toInstant().isAfter(count.startedAt())) return "Received after the count started.";
        if (rs.getBigDecimal(7).signum() == 0 && rs.getBigDecimal(8).signum() > 0) return "Out on customer memo.";
        if (rs.getBigDecimal(7).signum() == 0) return "Not in stock: sold, returned or scrapped.";
        return "Was not in stock when the count started.";
    }

    private static InventoryCount count(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp(7);
        return new InventoryCount(rs.getLong(1), rs.getLong(2), new StoreId(rs.getLong(3)), Family.ofCode(rs.getString(4).charAt(0)),
                InventoryCount.Status.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
                closed == null ? null : closed.toInstant(), rs.getInt(8), rs.getInt(9));
    }
}
