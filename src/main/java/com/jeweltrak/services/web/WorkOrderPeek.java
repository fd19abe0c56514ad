package com.jeweltrak.services.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.stereotype.Component;

/** A job at a glance from the list or the search: customer, item, status, location, days in stage. */
@Component
class WorkOrderPeek implements PeekProvider {

    static final String TYPE = "work-order";

    private final WorkOrders workOrders;
    private final WorkOrderRows rows;

    WorkOrderPeek(WorkOrders workOrders, WorkOrderRows rows) {
        this.workOrders = workOrders;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Work order";
    }

    @Override
    public String permission() {
        return WorkOrderPermissions.VIEW_KEY;
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return workOrders.find(new WorkOrderId(id)).filter(w -> viewer.mayAccess(w.store()))
                .map(w -> rows.row(w.id().value()))
                .map(r -> new Peek("Work order " + r.number(), r.statusLabel(), "/services/work-orders/" + id,
                        "services/peek", Map.of("peekWorkOrder", r)));
    }
}
