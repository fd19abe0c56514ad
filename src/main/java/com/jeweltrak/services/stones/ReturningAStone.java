package com.jeweltrak.services.stones;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stone is back (03-services §11 R6): the stage becomes Returned with the actual cost; a new carat weight (only
 * when it changed) moves the stone's carats through the stock ledger (an ADJUST of carats only — carats are a cache of
 * movements like every quantity); inventory clears OutForService and adds the actual cost to the stone's cost basis
 * (revaluing it in the books). The job, its work done, is closed (inferred: nothing is picked up by a customer).
 */
@Service
public class ReturningAStone {

    static final String DOCUMENT = "WORK_ORDER";

    private final StoneServices stoneServices;
    private final WorkOrders workOrders;
    private final Items items;
    private final StockLedger ledger;
    private final OutForService outForService;
    private final ChangingTheStatus changingStatus;
    private final JdbcClient jdbc;

    ReturningAStone(StoneServices stoneServices, WorkOrders workOrders, Items items, StockLedger ledger,
                    OutForService outForService, ChangingTheStatus changingStatus, JdbcClient jdbc) {
        this.stoneServices = stoneServices;
        this.workOrders = workOrders;
        this.items = items;
        this.ledger = ledger;
        this.outForService = outForService;
        this.changingStatus = changingStatus;
        this.jdbc = jdbc;
    }

    /** Whether this stage is a stone job's stage whose stone has not come back yet. */
    @Transactional(readOnly = true)
    public boolean isOutOn(WorkOrderId job, long stageId) {
        return stoneServices.ofWorkOrder(job).filter(s -> s.stage() == stageId && !s.returned()).isPresent();
    }

    @Transactional
    public void receive(WorkOrderId job, BigDecimal newCaratWeight, BigDecimal actualCost) {
        WorkOrder order = workOrders.lock(job);
        StoneService service = stoneServices.lock(job);
        if (service.returned()) throw new BusinessRuleViolated("status", "The stone is already back from this service.");
        if (actualCost == null) throw new BusinessRuleViolated("actualCost", "Enter what the service cost (0 when nothing).");
        if (actualCost.signum() < 0) throw new BusinessRuleViolated("actualCost", "The cost cannot be negative.");
        if (newCaratWeight != null && newCaratWeight.signum() <= 0) {
            throw new BusinessRuleViolated("newCaratWeight", "The carat weight is more than 0.");
        }
        Item stone = items.get(service.item());
        BigDecimal carats = stone.quantities().carats();
        if (newCaratWeight != null && carats == null) {
            throw new BusinessRuleViolated("newCaratWeight", "StockID " + stone.stockId() + " carries no carat weight.");
        }
        if (newCaratWeight != null && newCaratWeight.compareTo(carats) != 0) {
            ledger.record(stone.id(), new StockLedger.Movement(MovementKind.ADJUST, null, null, newCaratWeight.subtract(carats),
                    "Back from " + service.service().label().toLowerCase() + " (work order " + order.numberText() + ")",
                    DOCUMENT, job.value()));
        }
        outForService.comeBack(stone.id(), actualCost);
        jdbc.sql("update work_order_stage set status = 'returned', actual_cost = ? where id = ? and work_order_id = ?")
                .params(actualCost, service.stage(), job.value()).update();
        jdbc.sql("update stone_service set new_carat_weight = ?, returned_at = now() where id = ?")
                .params(newCaratWeight, service.id()).update();
        if (order.status().mayMoveTo(WorkOrderStatus.CLOSED, order.orderType())) changingStatus.change(job, WorkOrderStatus.CLOSED);
    }
}
