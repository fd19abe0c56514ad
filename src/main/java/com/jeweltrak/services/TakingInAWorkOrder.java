package com.jeweltrak.services;

import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.numbering.NumberSequences;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new job (03-services §0, §15 R1): numbered now in the store's own sequence, never reused (decision 12). It starts
 * at Quote needed when no price is known, else In production (§0 default, open question), and enters that lane now.
 */
@Component
public class TakingInAWorkOrder {

    private final WorkOrderWork work;
    private final Stores stores;
    private final NumberSequences numbers;
    private final JdbcClient jdbc;

    TakingInAWorkOrder(WorkOrderWork work, Stores stores, NumberSequences numbers, JdbcClient jdbc) {
        this.work = work;
        this.stores = stores;
        this.numbers = numbers;
        this.jdbc = jdbc;
    }

    @Transactional
    public WorkOrderId takeIn(StoreId storeId, WorkOrderDetails details) {
        return takeIn(storeId, details, null);
    }

    /**
     * The same, with a warranty period (§10 R2: typed at intake or copied from the template); WarrantyExpiresAt =
     * intake date + WarrantyDays calendar days (R3). Null or 0 days: no warranty (R4).
     */
    @Transactional
    public WorkOrderId takeIn(StoreId storeId, WorkOrderDetails details, Integer warrantyDays) {
        WarrantyRules.check(warrantyDays);
        if (storeId == null) throw new BusinessRuleViolated("storeId", "Choose the store that takes the job in.");
        Store store = stores.get(storeId);
        if (!store.active()) throw new BusinessRuleViolated("storeId", "The store " + store.name() + " is closed.");
        work.check(details);
        LocalDate intake = details.intakeDate() == null ? work.today(storeId) : details.intakeDate();
        WorkOrderStatus status = details.unitPrice() == null && details.priceQuoted() == null
                ? WorkOrderStatus.QN : WorkOrderStatus.IP;
        Instant now = work.now();
        long number = numbers.next("work-order:" + storeId.value(), 0);
        long id = jdbc.sql("""
                        insert into work_order (tenant_id, store_id, number, order_type, stock_type, customer_id, vendor_id,
                                                salesperson_id, description, main_group, category, unit_price, price_quoted,
                                                intake_date, promised_date, rush, location, internal_notes, status,
                                                lane_entered_at, created_at, created_by, warranty_days, warranty_expires_at)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(storeId.value(), number, details.orderType().value(), details.stockType(),
                        details.customer() == null ? null : details.customer().value(),
                        details.vendor() == null ? null : details.vendor().value(),
                        details.salesperson() == null ? (work.actor() == null ? null : work.actor().value()) : details.salesperson().value(),
                        WorkOrderWork.blank(details.description()), WorkOrderWork.blank(details.mainGroup()),
                        WorkOrderWork.blank(details.category()), details.unitPrice(), details.priceQuoted(), intake,
                        details.promisedDate(), details.rush(), WorkOrderWork.blank(details.location()),
                        WorkOrderWork.blank(details.internalNotes()), status.value(),
                        java.sql.Timestamp.from(now), java.sql.Timestamp.from(now),
                        work.actor() == null ? null : work.actor().value(), warrantyDays,
                        warrantyDays == null ? null : intake.plusDays(warrantyDays))
                .query(Long.class).single();
        // §4 worked example: on a custom or production job the quote typed at intake is the first version (v1)
        if (details.orderType() != OrderType.REPAIR && details.priceQuoted() != null) {
            jdbc.sql("""
                            insert into work_order_quote (tenant_id, work_order_id, version, amount, notes, created_at, created_by)
                            values (jt_current_tenant(), ?, 1, ?, 'Quoted at intake', ?, ?)""")
                    .params(id, details.priceQuoted(), java.sql.Timestamp.from(now),
                            work.actor() == null ? null : work.actor().value())
                    .update();
        }
        return new WorkOrderId(id);
    }
}
