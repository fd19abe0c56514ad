package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header of a job changed on its detail page (03-services §0). The status is not changed here
 * ({@link ChangingTheStatus}), so the lane never moves by an edit (§1 R4); a finished job's header stays as it was.
 */
@Component
public class ChangingAWorkOrder {

    private final WorkOrderWork work;
    private final JdbcClient jdbc;

    ChangingAWorkOrder(WorkOrderWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    /** The header without touching the warranty days (the expiry follows a changed intake date: §10 R3). */
    @Transactional
    public void change(WorkOrderId id, WorkOrderDetails details) {
        WorkOrder current = work.workOrders.lock(id);
        change(current, details, current.warrantyDays());
    }

    /** The header and the warranty days (§10 R2: a direct field edit); null or 0 means no warranty (R4). */
    @Transactional
    public void change(WorkOrderId id, WorkOrderDetails details, Integer warrantyDays) {
        WarrantyRules.check(warrantyDays);
        change(work.workOrders.lock(id), details, warrantyDays);
    }

    private void change(WorkOrder current, WorkOrderDetails details, Integer warrantyDays) {
        WorkOrderId id = current.id();
        if (current.status().isEnd()) {
            throw new BusinessRuleViolated("The job is " + current.status().label().toLowerCase() + "; it can no longer be changed.");
        }
        WorkOrderDetails withDate = details.intakeDate() == null
                ? new WorkOrderDetails(details.orderType(), details.stockType(), details.customer(), details.vendor(),
                details.salesperson(), details.description(), details.mainGroup(), details.category(), details.unitPrice(),
                details.priceQuoted(), current.intakeDate(), details.promisedDate(), details.rush(), details.location(),
                details.internalNotes())
                : details;
        work.check(withDate);
        if (withDate.orderType() == OrderType.MANUFACTURING && current.status() == WorkOrderStatus.RP) {
            throw new BusinessRuleViolated("orderType", "A production job has no Ready for pickup; change its status first.");
        }
        // §4 R2: a job with quote versions takes its price quoted from the newest version only
        if (withDate.priceQuoted() == null ? current.priceQuoted() != null
                : current.priceQuoted() == null || withDate.priceQuoted().compareTo(current.priceQuoted()) != 0) {
            boolean quoted = jdbc.sql("select exists (select 1 from work_order_quote where work_order_id = ?)")
                    .param(id.value()).query(Boolean.class).single();
            if (quoted) throw new BusinessRuleViolated("priceQuoted", "This job has quote versions: revise the quote to change the price quoted.");
        }
        jdbc.sql("""
                        update work_order set order_type = ?, stock_type = ?, customer_id = ?, vendor_id = ?, salesperson_id = ?,
                               description = ?, main_group = ?, category = ?, unit_price = ?, price_quoted = ?, intake_date = ?,
                               promised_date = ?, rush = ?, location = ?, internal_notes = ?
                        where id = ?""")
                .params(withDate.orderType().value(), withDate.stockType(),
                        withDate.customer() == null ? null : withDate.customer().value(),
                        withDate.vendor() == null ? null : withDate.vendor().value(),
                        withDate.salesperson() == null ? null : withDate.salesperson().value(),
                        WorkOrderWork.blank(withDate.description()), WorkOrderWork.blank(withDate.mainGroup()),
                        WorkOrderWork.blank(withDate.category()), withDate.unitPrice(), withDate.priceQuoted(),
                        withDate.intakeDate(), withDate.promisedDate(), withDate.rush(), WorkOrderWork.blank(withDate.location()),
                        WorkOrderWork.blank(withDate.internalNotes()), id.value())
                .update();
        jdbc.sql("update work_order set warranty_days = ?::int, warranty_expires_at = intake_date + ?::int where id = ?")
                .params(warrantyDays, warrantyDays, id.value()).update();
    }
}
