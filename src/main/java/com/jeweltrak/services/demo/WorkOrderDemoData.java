package com.jeweltrak.services.demo;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.services.AddingAStage;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.StageDetails;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.web.WorkOrderSearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A busy board (03-services §1): about 25 jobs — repairs, custom jobs and production — in every lane, some rush, some
 * on hold, a few picked up or closed (List only). Made through the real use cases and status moves; only the clock is
 * set back afterwards (created_at, lane_entered_at), so the cards show a spread of "days in stage".
 */
@Component
class WorkOrderDemoData implements DemoDataContributor {

    /** Piece, order type, stock type, rush, location, the statuses it goes through, days ago. */
    record Job(String piece, OrderType type, String stockType, boolean rush, String location, List<WorkOrderStatus> path, int daysAgo) {
    }

    static final List<Job> JOBS = List.of(
            job("Resize yellow-gold band to 7", OrderType.REPAIR, "J", false, "Front case", 1),
            job("Re-tip four prongs, solitaire", OrderType.REPAIR, "J", true, "Bench 1", 0),
            job("Replace watch crystal", OrderType.REPAIR, "W", false, "Drawer B", 4, WorkOrderStatus.AVQ),
            job("Restring pearl strand, knotted", OrderType.REPAIR, "J", false, "Bench 2", 6, WorkOrderStatus.CR),
            job("Recut chipped sapphire", OrderType.REPAIR, "S", false, "Out with cutter", 9, WorkOrderStatus.AVQ),
            job("Custom halo engagement ring", OrderType.CUSTOM, "J", false, "CAD queue", 3, WorkOrderStatus.CR),
            job("Bespoke initial pendant", OrderType.CUSTOM, "J", true, "Vault", 2),
            job("Solder broken rope chain", OrderType.REPAIR, "J", false, "Bench 1", 2, WorkOrderStatus.IP),
            job("Rhodium plate white-gold ring", OrderType.REPAIR, "J", true, "Plating tank", 1, WorkOrderStatus.IP),
            job("Watch battery and gasket", OrderType.REPAIR, "W", false, "Bench 3", 0, WorkOrderStatus.IP),
            job("Heirloom brooch refurbish", OrderType.CUSTOM, "J", false, "Out with setter", 12, WorkOrderStatus.IP),
            job("Ten stacking bands (production)", OrderType.MANUFACTURING, "J", false, "Casting", 5, WorkOrderStatus.IP),
            job("Re-set loose emerald", OrderType.REPAIR, "S", true, "Bench 2", 3, WorkOrderStatus.IP),
            job("Clean and polish tennis bracelet", OrderType.REPAIR, "J", false, "Bench 1", 7, WorkOrderStatus.IP),
            job("Ring sizing, two sizes up", OrderType.REPAIR, "J", false, "Pickup drawer", 4, WorkOrderStatus.IP, WorkOrderStatus.RP),
            job("Clasp replacement, bracelet", OrderType.REPAIR, "J", true, "Pickup drawer", 2, WorkOrderStatus.IP, WorkOrderStatus.RP),
            job("Custom wedding band pair", OrderType.CUSTOM, "J", false, "Safe", 10, WorkOrderStatus.IP, WorkOrderStatus.RP),
            job("Watch band links removed", OrderType.REPAIR, "W", false, "Pickup drawer", 1, WorkOrderStatus.IP, WorkOrderStatus.RP),
            job("Engraving on locket", OrderType.REPAIR, "J", false, "Awaiting customer", 15, WorkOrderStatus.OH),
            job("Custom cufflinks, parts on order", OrderType.CUSTOM, "J", true, "Shelf", 8, WorkOrderStatus.OH),
            job("Antique watch overhaul", OrderType.REPAIR, "W", false, "Parts back-order", 20, WorkOrderStatus.IP, WorkOrderStatus.OH),
            job("Earring post repair", OrderType.REPAIR, "J", false, "Picked up", 14, WorkOrderStatus.IP, WorkOrderStatus.RP, WorkOrderStatus.PICKED_UP),
            job("Chain shortened", OrderType.REPAIR, "J", false, "Picked up", 18, WorkOrderStatus.IP, WorkOrderStatus.RP, WorkOrderStatus.PICKED_UP),
            job("Custom signet ring", OrderType.CUSTOM, "J", false, "Picked up", 30, WorkOrderStatus.IP, WorkOrderStatus.RP, WorkOrderStatus.PICKED_UP),
            job("Twenty charm pendants (production)", OrderType.MANUFACTURING, "J", false, "Stock", 25, WorkOrderStatus.IP, WorkOrderStatus.CLOSED),
            job("Cancelled bead restring", OrderType.REPAIR, "J", false, "Returned", 11, WorkOrderStatus.CANCELLED));

    private static Job job(String piece, OrderType type, String stockType, boolean rush, String location, int daysAgo,
                           WorkOrderStatus... path) {
        return new Job(piece, type, stockType, rush, location, List.of(path), daysAgo);
    }

    private final JdbcClient jdbc;
    private final TakingInAWorkOrder takingIn;
    private final ChangingTheStatus status;
    private final AddingAStage stages;
    private final WorkOrderSearchEntries search;

    WorkOrderDemoData(JdbcClient jdbc, TakingInAWorkOrder takingIn, ChangingTheStatus status, AddingAStage stages,
                      WorkOrderSearchEntries search) {
        this.jdbc = jdbc;
        this.takingIn = takingIn;
        this.status = status;
        this.stages = stages;
        this.search = search;
    }

    @Override
    public int order() {
        return 500; // after contacts (100), inventory (200), sales (300) and memos (400)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        List<ContactId> customers = jdbc.sql("""
                        select id from contact where is_customer and merged_into_id is null order by id limit 20""")
                .query((rs, n) -> new ContactId(rs.getLong(1))).list();
        if (customers.isEmpty()) return;
        ContactId vendor = jdbc.sql("select id from contact where is_vendor and merged_into_id is null order by id limit 1")
                .query((rs, n) -> new ContactId(rs.getLong(1))).optional().orElse(null);
        for (int i = 0; i < JOBS.size(); i++) {
            Job job = JOBS.get(i);
            StoreId store = tenant.stores().get(i % tenant.stores().size());
            ContactId customer = job.type().needsCustomer() ? customers.get(i % customers.size()) : null;
            WorkOrderId id = takingIn.takeIn(store, new WorkOrderDetails(job.type(), job.stockType(), customer, null, null,
                    job.piece(), null, null, null, i % 3 == 0 ? new BigDecimal(45 + 15 * i) : null, null, null, job.rush(),
                    job.location(), null));
            // a job quoted at intake starts In production: bring it back to the start of its path
            if (!job.path().isEmpty() && job.path().getFirst() != WorkOrderStatus.IP && i % 3 == 0) {
                status.change(id, WorkOrderStatus.QN);
            }
            for (WorkOrderStatus next : job.path()) status.change(id, next);
            if (job.location().startsWith("Out with")) {
                stages.add(id, new StageDetails(job.location().substring(9), vendor, "sent", null, null,
                        new BigDecimal("60.00"), null, job.piece(), null, null));
            }
            // the demo's history: taken in daysAgo days ago, in its lane for most of that time
            jdbc.sql("""
                            update work_order set created_at = now() - make_interval(days => ?, hours => ?),
                                   lane_entered_at = now() - make_interval(days => ?), intake_date = current_date - ?
                            where id = ?""")
                    .params(job.daysAgo(), i, job.daysAgo() * 2 / 3, job.daysAgo(), id.value()).update();
            search.reindex(id);
        }
    }
}
