package com.jeweltrak.services.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.services.WorkOrderStatus;

/** A job as a list row, a board card and a peek: customer and item, RUSH, location, days in stage (03-services §1 R8). */
public record WorkOrderRow(long id, long number, String orderType, String stockType, String store, String customer,
                           String item, boolean rush, String location, WorkOrderStatus status, long daysInStage,
                           LocalDate intakeDate, LocalDate promisedDate, BigDecimal price) {

    public String statusLabel() {
        return status.label();
    }

    /** §1 R8: "3d". */
    public String days() {
        return daysInStage + "d";
    }

    public String badge() {
        return switch (status.lane()) {
            case IN_SHOP -> "secondary";
            case IN_PROGRESS -> "primary";
            case READY_FOR_PICKUP -> "success";
            case ON_HOLD -> "warning";
            case OFF_BOARD -> "light";
        };
    }
}
