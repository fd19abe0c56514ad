package com.jeweltrak.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The deposits of a job as stored (03-services §3), oldest first. */
@Component
public class WorkOrderDeposits {

    private static final String SELECT = """
            select id, work_order_id, amount, method, reference, notes, taken_on, taken_at, status, refund_method,
                   invoice_id, payment_id
            from work_order_deposit""";

    private final JdbcClient jdbc;

    WorkOrderDeposits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<WorkOrderDeposit> of(WorkOrderId job) {
        return jdbc.sql(SELECT + " where work_order_id = ? order by taken_at, id").param(job.value())
                .query((rs, n) -> row(rs)).list();
    }

    /** R10: what the job's held deposits add up to. */
    @Transactional(readOnly = true)
    public BigDecimal held(WorkOrderId job) {
        return jdbc.sql("select coalesce(sum(amount), 0) from work_order_deposit where work_order_id = ? and status = 'HELD'")
                .param(job.value()).query(BigDecimal.class).single();
    }

    /** One deposit of the job; another job's (or tenant's) is not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    WorkOrderDeposit lock(WorkOrderId job, long id) {
        return jdbc.sql(SELECT + " where id = ? and work_order_id = ? for update").params(id, job.value())
                .query((rs, n) -> row(rs)).optional().orElseThrow(() -> new RecordNotFound("Deposit", id));
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrderDeposit> find(WorkOrderId job, long id) {
        return jdbc.sql(SELECT + " where id = ? and work_order_id = ?").params(id, job.value())
                .query((rs, n) -> row(rs)).optional();
    }

    /** The invoice the job was invoiced on (§0 InvoiceId), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> invoiceOf(WorkOrderId job) {
        return jdbc.sql("select invoice_id from work_order where id = ?").param(job.value())
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().filter(java.util.Objects::nonNull);
    }

    private static WorkOrderDeposit row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WorkOrderDeposit(rs.getLong("id"), new WorkOrderId(rs.getLong("work_order_id")), rs.getBigDecimal("amount"),
                DepositMethod.valueOf(rs.getString("method")), rs.getString("reference"), rs.getString("notes"),
                rs.getObject("taken_on", java.time.LocalDate.class), rs.getTimestamp("taken_at").toInstant(),
                WorkOrderDeposit.Status.valueOf(rs.getString("status")),
                rs.getString("refund_method") == null ? null : DepositMethod.valueOf(rs.getString("refund_method")),
                rs.getObject("invoice_id", Long.class), rs.getObject("payment_id", Long.class));
    }
}
