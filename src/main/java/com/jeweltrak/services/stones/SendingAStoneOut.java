package com.jeweltrak.services.stones;

import java.time.Clock;
import java.time.LocalDate;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.services.AddingAStage;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.StageDetails;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Send Out for Service (03-services §11 R2–R4): a stone work order (a repair on stock type S, the store's own stone, so
 * no customer) taken in at the stone's store, with exactly one stage holding the vendor details, sent today unless
 * said otherwise; the job is In production from the start — the stone is at the vendor. Inventory sets the stone's
 * OutForService flag in the same transaction and refuses a stone on memo ("recall the memo first") or already out.
 * Sending out writes no stock movement (R5, inferred): the stone stays in stock.
 */
@Service
public class SendingAStoneOut {

    private final Items items;
    private final OutForService outForService;
    private final TakingInAWorkOrder takingIn;
    private final AddingAStage addingAStage;
    private final ChangingTheStatus changingStatus;
    private final Stores stores;
    private final Clock clock;
    private final JdbcClient jdbc;

    SendingAStoneOut(Items items, OutForService outForService, TakingInAWorkOrder takingIn, AddingAStage addingAStage,
                     ChangingTheStatus changingStatus, Stores stores, Clock clock, JdbcClient jdbc) {
        this.items = items;
        this.outForService = outForService;
        this.takingIn = takingIn;
        this.addingAStage = addingAStage;
        this.changingStatus = changingStatus;
        this.stores = stores;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public WorkOrderId send(ItemId itemId, SendOut form) {
        Item stone = items.get(itemId);
        if (form.vendor() == null) throw new BusinessRuleViolated("vendorId", "Choose the vendor the stone goes to.");
        if (form.service() == null) throw new BusinessRuleViolated("service", "Choose the service.");
        outForService.sendOut(stone, "itemId");
        LocalDate sent = form.sentDate() != null ? form.sentDate() : LocalDate.now(clock.withZone(stores.get(stone.store()).timeZone()));
        String what = form.service().label() + " — StockID " + stone.stockId() + " (" + stone.family().label()
                + (stone.quantities().carats() == null ? "" : ", " + stone.quantities().carats().stripTrailingZeros().toPlainString() + " ct")
                + ")";
        WorkOrderId job = takingIn.takeIn(stone.store(), new WorkOrderDetails(OrderType.REPAIR, "S", null, form.vendor(), null,
                what, stone.family().label(), stone.category(), null, null, sent, form.expectedReturn(), false, null, null));
        long stage = addingAStage.add(job, new StageDetails(form.service().label(), form.vendor(), "sent", sent,
                form.expectedReturn(), form.expectedCost(), null, null, form.trackingNumber(), form.notes()));
        changingStatus.change(job, WorkOrderStatus.IP);
        jdbc.sql("""
                        insert into stone_service (tenant_id, work_order_id, stage_id, item_id, service)
                        values (jt_current_tenant(), ?, ?, ?, ?)""")
                .params(job.value(), stage, itemId.value(), form.service().value()).update();
        return job;
    }
}
