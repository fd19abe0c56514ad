package com.jeweltrak.services;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job moves to another status (03-services §1 R10: the card then moves by itself). Moves the workflow forbids are
 * refused ({@link WorkOrderStatus#next}). "Days in stage" restarts only when the lane changes (§1 R9): a move from
 * Quote needed to Customer review keeps the In Shop count. The status automations of §14 follow the
 * {@link WorkOrderStatusChanged} event in the same transaction (deposits on cancel, invoice on Ready for pickup, messages).
 */
@Component
public class ChangingTheStatus {

    private final WorkOrderWork work;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    ChangingTheStatus(WorkOrderWork work, JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.work = work;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void change(WorkOrderId id, WorkOrderStatus target) {
        WorkOrder current = work.workOrders.lock(id);
        if (target == current.status()) return;
        if (!current.status().mayMoveTo(target, current.orderType())) throw new StatusChangeNotAllowed(current.status(), target);
        boolean newLane = target.lane() != current.lane();
        jdbc.sql("update work_order set status = ?, lane_entered_at = ? where id = ?")
                .params(target.value(), java.sql.Timestamp.from(newLane ? work.now() : current.laneEnteredAt()), id.value())
                .update();
        // §14: the status's automations follow, in this transaction (a refusal among them undoes the change)
        events.publishEvent(new WorkOrderStatusChanged(id, current.status(), target));
    }
}
