package com.jeweltrak.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Work orders as stored: read whole (header and stages); written by the use cases in their transaction. */
@Component
public class WorkOrders {

    static final String HEADER = """
            select id, store_id, number, order_type, stock_type, customer_id, vendor_id, salesperson_id, description,
                   main_group, category, unit_price, price_quoted, intake_date, promised_date, rush, location,
                   internal_notes, status, lane_entered_at, created_at, warranty_days, warranty_expires_at, warranty_of_id
            from work_order""";

    private final JdbcClient jdbc;

    WorkOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrder> find(WorkOrderId id) {
        return read(id, "");
    }

    @Transactional(readOnly = true)
    public WorkOrder get(WorkOrderId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Work order", id));
    }

    /** The job, its row locked until the transaction ends: changes to one job happen one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkOrder lock(WorkOrderId id) {
        return read(id, " for update").orElseThrow(() -> new RecordNotFound("Work order", id));
    }

    /**
     * Every job on the board (§1 R5, R6: end states left off), in board order: rush first, then newest first (R7),
     * of the given stores only (null: every store).
     */
    @Transactional(readOnly = true)
    public List<WorkOrder> onBoard(List<StoreId> stores) {
        String where = " where status not in ('picked_up', 'closed', 'cancelled')"
                + (stores == null ? "" : " and store_id = any(:stores)");
        Long[] storeIds = stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
        var query = jdbc.sql(HEADER + where + " order by rush desc, created_at desc, id desc");
        if (stores != null) query = query.param("stores", storeIds);
        return query.query((rs, n) -> header(rs, List.of())).list();
    }

    /** One page of jobs, newest first, of the given stores only (null: every store); stages left out. */
    @Transactional(readOnly = true)
    public com.jeweltrak.platform.Paged<WorkOrder> page(List<StoreId> stores, int page, int size) {
        String where = stores == null ? " where true" : " where store_id = any(:stores)";
        Long[] storeIds = stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
        var count = jdbc.sql("select count(*) from work_order" + where);
        if (stores != null) count = count.param("stores", storeIds);
        long total = count.query(Long.class).single();
        var query = jdbc.sql(HEADER + where + " order by created_at desc, id desc limit :size offset :offset")
                .param("size", size).param("offset", (long) page * size);
        if (stores != null) query = query.param("stores", storeIds);
        return new com.jeweltrak.platform.Paged<>(query.query((rs, n) -> header(rs, List.of())).list(), page, size, total);
    }

    /** §10: the warranty redos opened from a job, oldest first (stages left out). */
    @Transactional(readOnly = true)
    public List<WorkOrder> redosOf(WorkOrderId original) {
        return jdbc.sql(HEADER + " where warranty_of_id = ? order by created_at, id").param(original.value())
                .query((rs, n) -> header(rs, List.of())).list();
    }

    private Optional<WorkOrder> read(WorkOrderId id, String lock) {
        return jdbc.sql(HEADER + " where id = ?" + lock).param(id.value())
                .query((rs, n) -> header(rs, stages(id))).optional();
    }

    private List<WorkOrder.Stage> stages(WorkOrderId id) {
        return jdbc.sql("""
                        select id, position, name, vendor_id, status, sent_date, due_date, expected_cost, actual_cost,
                               instructions, tracking_number, notes
                        from work_order_stage where work_order_id = ? order by position""")
                .param(id.value())
                .query((rs, n) -> new WorkOrder.Stage(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                        contact(rs, "vendor_id"), rs.getString("status"), rs.getObject("sent_date", java.time.LocalDate.class),
                        rs.getObject("due_date", java.time.LocalDate.class), rs.getBigDecimal("expected_cost"),
                        rs.getBigDecimal("actual_cost"), rs.getString("instructions"), rs.getString("tracking_number"),
                        rs.getString("notes")))
                .list();
    }

    static WorkOrder header(ResultSet rs, List<WorkOrder.Stage> stages) throws SQLException {
        return new WorkOrder(new WorkOrderId(rs.getLong("id")), new StoreId(rs.getLong("store_id")), rs.getLong("number"),
                OrderType.of(rs.getString("order_type")), rs.getString("stock_type"), contact(rs, "customer_id"),
                contact(rs, "vendor_id"), user(rs, "salesperson_id"),
                rs.getString("description"), rs.getString("main_group"), rs.getString("category"),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("price_quoted"),
                rs.getObject("intake_date", java.time.LocalDate.class), rs.getObject("promised_date", java.time.LocalDate.class),
                rs.getBoolean("rush"), rs.getString("location"), rs.getString("internal_notes"),
                WorkOrderStatus.of(rs.getString("status")),
                rs.getObject("lane_entered_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), stages,
                rs.getObject("warranty_days", Integer.class), rs.getObject("warranty_expires_at", java.time.LocalDate.class),
                rs.getObject("warranty_of_id", Long.class) == null ? null : new WorkOrderId(rs.getLong("warranty_of_id")));
    }

    private static UserId user(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : new UserId(id);
    }

    private static ContactId contact(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : new ContactId(id);
    }
}
