package com.jeweltrak.services.warranty;

import java.time.Clock;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderStatus;
import org.springframework.stereotype.Component;

/**
 * Where a job stands for a warranty redo today (03-services §10 R5–R8): whether a redo may be opened at all, and
 * whether today is inside the warranty window (through the expiry date, inclusive — inferred), in the original's
 * store's time zone.
 */
@Component
public class WarrantyWindow {

    /** What the redo form says about the original (R7's banner). */
    public record Standing(boolean mayRedo, String refusal, boolean inside, LocalDate expiresAt) {
    }

    private final Stores stores;
    private final Clock clock;

    WarrantyWindow(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public LocalDate today(WorkOrder job) {
        return LocalDate.now(clock.withZone(stores.get(job.store()).timeZone()));
    }

    public Standing of(WorkOrder original) {
        if (original.isRedo()) {
            return new Standing(false, "Work order " + original.numberText() + " is itself a warranty redo; "
                    + "a redo is opened from the original job.", false, null);
        }
        if (original.status() != WorkOrderStatus.PICKED_UP) {
            return new Standing(false, "Work order " + original.numberText() + " is " + original.status().label().toLowerCase()
                    + "; a warranty redo is opened once the customer has picked the job up.", false, null);
        }
        return new Standing(true, null, original.warrantyRunsOn(today(original)),
                original.hasWarranty() ? original.warrantyExpiresAt() : null);
    }
}
