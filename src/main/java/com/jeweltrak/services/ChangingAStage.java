package com.jeweltrak.services;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A stage of a job changed (03-services §0): a stage of another job is not found. */
@Component
public class ChangingAStage {

    private final WorkOrderWork work;
    private final JdbcClient jdbc;
    private final com.jeweltrak.services.stones.ReturningAStone returningAStone;

    ChangingAStage(WorkOrderWork work, JdbcClient jdbc, com.jeweltrak.services.stones.ReturningAStone returningAStone) {
        this.returningAStone = returningAStone;
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(WorkOrderId id, long stageId, StageDetails stage) {
        WorkOrder current = work.workOrders.lock(id);
        if (current.stages().stream().noneMatch(s -> s.id() == stageId)) throw new RecordNotFound("Stage", stageId);
        StageRules.check(work, stage);
        jdbc.sql("""
                        update work_order_stage set name = ?, vendor_id = ?, status = ?, sent_date = ?, due_date = ?,
                               expected_cost = ?, actual_cost = ?, instructions = ?, tracking_number = ?, notes = ?
                        where id = ? and work_order_id = ?""")
                .params(stage.name().strip(), stage.vendor() == null ? null : stage.vendor().value(),
                        stage.status() == null ? "pending" : stage.status(), stage.sentDate(), stage.dueDate(),
                        stage.expectedCost(), stage.actualCost(), WorkOrderWork.blank(stage.instructions()),
                        WorkOrderWork.blank(stage.trackingNumber()), WorkOrderWork.blank(stage.notes()), stageId, id.value())
                .update();
        // §11 R6: a stone job's stage set to Returned brings the stone back (carats unchanged; cost as typed)
        if ("returned".equals(stage.status()) && returningAStone.isOutOn(id, stageId)) {
            returningAStone.receive(id, null, stage.actualCost());
        }
    }
}
