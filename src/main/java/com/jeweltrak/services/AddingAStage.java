package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A stage added at the end of a job's stages (03-services §0); its vendor gets the Vendor role. */
@Component
public class AddingAStage {

    private final WorkOrderWork work;
    private final JdbcClient jdbc;

    AddingAStage(WorkOrderWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(WorkOrderId id, StageDetails stage) {
        WorkOrder current = work.workOrders.lock(id);
        if (current.status().isEnd()) throw new BusinessRuleViolated("The job is finished; no stage can be added.");
        StageRules.check(work, stage);
        int position = current.stages().stream().mapToInt(WorkOrder.Stage::position).max().orElse(0) + 1;
        return jdbc.sql("""
                        insert into work_order_stage (tenant_id, work_order_id, position, name, vendor_id, status, sent_date,
                                                      due_date, expected_cost, actual_cost, instructions, tracking_number, notes)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), position, stage.name().strip(), stage.vendor() == null ? null : stage.vendor().value(),
                        stage.status() == null ? "pending" : stage.status(), stage.sentDate(), stage.dueDate(),
                        stage.expectedCost(), stage.actualCost(), WorkOrderWork.blank(stage.instructions()),
                        WorkOrderWork.blank(stage.trackingNumber()), WorkOrderWork.blank(stage.notes()))
                .query(Long.class).single();
    }
}
