package com.jeweltrak.services.quotes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Save Revision (03-services §4 R2, R3): a new quote version, numbered after the job's highest (from 1, per job), and
 * the job's price quoted becomes its amount. Earlier versions are kept as they were (the database refuses to update
 * one). Only custom and production jobs carry a quote history (R1): a repair is refused (inferred: the card is not
 * shown for it, so a revision of one is a mistake). A finished job's quote no longer changes (inferred).
 */
@Component
public class RevisingTheQuote {

    private final WorkOrders workOrders;
    private final JdbcClient jdbc;
    private final Clock clock;

    RevisingTheQuote(WorkOrders workOrders, JdbcClient jdbc, Clock clock) {
        this.workOrders = workOrders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns the new version's number. */
    @Transactional
    public int revise(WorkOrderId id, BigDecimal amount, String notes) {
        WorkOrder job = workOrders.lock(id); // versions of one job are numbered one after the other
        if (job.orderType() == OrderType.REPAIR) {
            throw new BusinessRuleViolated("amount", "A repair has no quote history; its price is on the job itself.");
        }
        if (job.status().isEnd()) {
            throw new BusinessRuleViolated("amount", "The job is " + job.status().label().toLowerCase() + "; its quote no longer changes.");
        }
        if (amount == null) throw new BusinessRuleViolated("amount", "Type the quoted amount.");
        if (amount.signum() < 0) throw new BusinessRuleViolated("amount", "The quote cannot be negative.");
        if (notes != null && notes.length() > 4000) throw new BusinessRuleViolated("notes", "Notes are at most 4000 characters.");
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from work_order_quote where work_order_id = ?")
                .param(id.value()).query(Integer.class).single();
        jdbc.sql("""
                        insert into work_order_quote (tenant_id, work_order_id, version, amount, notes, created_at, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), version, amount, notes == null || notes.isBlank() ? null : notes.strip(),
                        java.sql.Timestamp.from(Instant.now(clock)),
                        TenantContext.current().map(TenantContext.Actor::user).map(u -> u == null ? null : u.value()).orElse(null))
                .update();
        jdbc.sql("update work_order set price_quoted = ? where id = ?").params(amount, id.value()).update();
        return version;
    }
}
