package com.jeweltrak.services.quotes;

import java.util.List;

import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The quote versions of a job as stored (03-services §4), oldest first; the last one is the current quote. */
@Component
public class Quotes {

    private final JdbcClient jdbc;

    Quotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<QuoteVersion> of(WorkOrderId job) {
        return jdbc.sql("""
                        select q.version, q.amount, q.notes, q.created_at, q.created_by,
                               nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), '') as by_name
                        from work_order_quote q left join app_user u on u.id = q.created_by
                        where q.work_order_id = ? order by q.version""")
                .param(job.value())
                .query((rs, n) -> new QuoteVersion(job, rs.getInt("version"), rs.getBigDecimal("amount"), rs.getString("notes"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("created_by", Long.class) == null ? null : new UserId(rs.getLong("created_by")),
                        rs.getString("by_name")))
                .list();
    }
}
