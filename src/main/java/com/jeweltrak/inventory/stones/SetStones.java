package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The set stones of the tenant's items (row-level security keeps them the tenant's). */
@Repository
@Transactional(readOnly = true)
public class SetStones {

    private static final String COLUMNS = """
            s.id, s.item_id, s.category, s.stone_type, s.quantity, s.carat_weight, s.shape, s.color, s.clarity, s.fancy_color,
            s.size_mm, s.lab, s.cert_number, s.cert_file_id, s.source_item_id, src.stock_number as source_stock_number,
            s.consumed_cost from set_stone s left join item src on src.tenant_id = s.tenant_id and src.id = s.source_item_id""";

    private final JdbcClient jdbc;

    SetStones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SetStone> of(ItemId item) {
        return jdbc.sql("select " + COLUMNS + " where s.item_id = ? order by s.id").param(item.value())
                .query(SetStones::map).list();
    }

    /** The stone of that item; another item's (or tenant's) stone is not found. */
    public SetStone get(ItemId item, long id) {
        return jdbc.sql("select " + COLUMNS + " where s.item_id = ? and s.id = ?").params(item.value(), id)
                .query(SetStones::map).optional().orElseThrow(() -> new RecordNotFound("Set stone", id));
    }

    /** The row a loose stone is set in, if it is set anywhere. */
    public Optional<SetStone> holding(ItemId looseStone) {
        return jdbc.sql("select " + COLUMNS + " where s.source_item_id = ?").param(looseStone.value())
                .query(SetStones::map).optional();
    }

    @Transactional
    long insert(ItemId item, SetStoneDetails d, ItemId source, BigDecimal consumedCost) {
        return jdbc.sql("""
                        insert into set_stone (tenant_id, item_id, category, stone_type, quantity, carat_weight, shape, color,
                                               clarity, fancy_color, size_mm, lab, cert_number, source_item_id, consumed_cost)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(item.value(), d.category().name(), d.type(), d.quantity(), d.caratWeight(), d.shape(), d.color(),
                        d.clarity(), d.fancyColor(), d.sizeMm(), d.lab(), d.certNumber(),
                        source == null ? null : source.value(), consumedCost)
                .query(Long.class).single();
    }

    @Transactional
    void update(SetStone stone, SetStoneDetails d) {
        jdbc.sql("""
                        update set_stone set category = ?, stone_type = ?, quantity = ?, carat_weight = ?, shape = ?, color = ?,
                               clarity = ?, fancy_color = ?, size_mm = ?, lab = ?, cert_number = ?
                        where id = ? and source_item_id is null""")
                .params(d.category().name(), d.type(), d.quantity(), d.caratWeight(), d.shape(), d.color(), d.clarity(),
                        d.fancyColor(), d.sizeMm(), d.lab(), d.certNumber(), stone.id())
                .update();
    }

    @Transactional
    void attach(SetStone stone, FileId file) {
        jdbc.sql("update set_stone set cert_file_id = ? where id = ? and source_item_id is null")
                .params(file == null ? null : file.value(), stone.id()).update();
    }

    @Transactional
    void delete(SetStone stone) {
        jdbc.sql("delete from set_stone where id = ?").param(stone.id()).update();
    }

    private static SetStone map(ResultSet rs, int n) throws SQLException {
        long file = rs.getLong("cert_file_id");
        boolean noFile = rs.wasNull();
        long source = rs.getLong("source_item_id");
        boolean noSource = rs.wasNull();
        SetStoneDetails details = new SetStoneDetails(StoneCategory.valueOf(rs.getString("category")),
                rs.getString("stone_type"), rs.getInt("quantity"), rs.getBigDecimal("carat_weight"), rs.getString("shape"),
                rs.getString("color"), rs.getString("clarity"), rs.getString("fancy_color"), rs.getBigDecimal("size_mm"),
                rs.getString("lab"), rs.getString("cert_number"));
        return new SetStone(rs.getLong("id"), new ItemId(rs.getLong("item_id")), details, noFile ? null : new FileId(file),
                noSource ? null : new ItemId(source), noSource ? null : Long.toString(rs.getLong("source_stock_number")),
                rs.getBigDecimal("consumed_cost"));
    }
}
