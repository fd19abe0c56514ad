package com.jeweltrak.services.warranty;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Create Warranty Redo (03-services §10 R6–R8): a new job linked to the original (WarrantyOfId), for the original's
 * customer. Only a picked-up job that is not itself a redo may be redone. Inside the warranty window the redo is free
 * ($0 is the form's default); outside it — or when the original had no warranty — a redo at $0 is refused with the
 * reason and the expiry date (the bad input; the spec's stored text stops in the amber-banner sentence, so a
 * priced redo outside the window is allowed: the banner warns). A redo carries no warranty of its own (inferred).
 */
@Component
public class OpeningAWarrantyRedo {

    private final WorkOrders workOrders;
    private final WarrantyWindow window;
    private final TakingInAWorkOrder takingIn;
    private final JdbcClient jdbc;

    OpeningAWarrantyRedo(WorkOrders workOrders, WarrantyWindow window, TakingInAWorkOrder takingIn, JdbcClient jdbc) {
        this.workOrders = workOrders;
        this.window = window;
        this.takingIn = takingIn;
        this.jdbc = jdbc;
    }

    @Transactional
    public WorkOrderId open(WorkOrderId originalId, StoreId store, WorkOrderDetails typed) {
        WorkOrder original = workOrders.lock(originalId);
        WarrantyWindow.Standing standing = window.of(original);
        if (!standing.mayRedo()) throw new BusinessRuleViolated(standing.refusal());
        BigDecimal price = typed.priceQuoted() != null ? typed.priceQuoted() : typed.unitPrice();
        if (!standing.inside() && price != null && price.signum() == 0) {
            throw new WarrantyWindowPassed(standing.expiresAt() == null
                    ? "Work order " + original.numberText() + " had no warranty, so a redo is not free: type its price."
                    : "The warranty of work order " + original.numberText() + " ended on " + standing.expiresAt()
                    + "; a redo after that is not free: type its price.");
        }
        // the redo is the original customer's piece again, whoever is typed
        WorkOrderDetails details = new WorkOrderDetails(original.orderType(), typed.stockType(), original.customer(),
                typed.vendor(), typed.salesperson(), typed.description(), typed.mainGroup(), typed.category(),
                typed.unitPrice(), typed.priceQuoted(), typed.intakeDate(), typed.promisedDate(), typed.rush(),
                typed.location(), typed.internalNotes());
        WorkOrderId redo = takingIn.takeIn(store, details, null);
        jdbc.sql("update work_order set warranty_of_id = ? where id = ?").params(originalId.value(), redo.value()).update();
        return redo;
    }
}
