package com.jeweltrak.services.stones;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.services.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stone jobs (03-services §11): by job, or the newest of a stone. */
@Repository
@Transactional(readOnly = true)
public class StoneServices {

    private static final String COLUMNS = "id, work_order_id, stage_id, item_id, service, new_carat_weight, returned_at";

    private final JdbcClient jdbc;

    StoneServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoneService> ofWorkOrder(WorkOrderId workOrder) {
        return jdbc.sql("select " + COLUMNS + " from stone_service where work_order_id = ?").param(workOrder.value())
                .query(StoneServices::map).optional();
    }

    /** The stone's jobs, newest first. */
    public List<StoneService> ofItem(ItemId item) {
        return jdbc.sql("select " + COLUMNS + " from stone_service where item_id = ? order by id desc").param(item.value())
                .query(StoneServices::map).list();
    }

    @Transactional
    StoneService lock(WorkOrderId workOrder) {
        return jdbc.sql("select " + COLUMNS + " from stone_service where work_order_id = ? for update")
                .param(workOrder.value()).query(StoneServices::map).optional()
                .orElseThrow(() -> new com.jeweltrak.platform.RecordNotFound("Stone service", workOrder.value()));
    }

    private static StoneService map(ResultSet rs, int n) throws SQLException {
        var returned = rs.getTimestamp(7);
        return new StoneService(rs.getLong(1), new WorkOrderId(rs.getLong(2)), rs.getLong(3), new ItemId(rs.getLong(4)),
                StoneServiceKind.find(rs.getString(5)), rs.getBigDecimal(6), returned == null ? null : returned.toInstant());
    }
}
