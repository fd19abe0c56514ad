package com.jeweltrak.services;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one list of work-order statuses (03-services §0 table), with the board lane each one places a job in (§1 R4).
 * <p>
 * Which status may follow which — decided here from §0, §2 R3 and §15, since the spec fixes no linear order:
 * <ul>
 * <li>the five working statuses QN, AVQ, CR, IP, OH move freely among themselves (custom builds use "some subset" in
 * no fixed order, §2 R3);</li>
 * <li>RP (Ready for pickup) only from IP: a job is finished only after it was worked on; production has no RP (§0);
 * RP can go back to IP (back on the bench) or to OH;</li>
 * <li>picked up only from RP and only for a customer job (§15 R3); closed from IP or RP (in-house repair §15 R2,
 * production close-out §0); cancelled from any working status or RP;</li>
 * <li>picked up, closed and cancelled are end states: nothing leaves them.</li>
 * </ul>
 */
public enum WorkOrderStatus {
    QN("quote_needed", "Quote needed", Lane.IN_SHOP),
    AVQ("awaiting_vendor_quote", "Awaiting vendor quote", Lane.IN_SHOP),
    CR("customer_review", "Customer review", Lane.IN_SHOP),
    IP("in_production", "In production", Lane.IN_PROGRESS),
    RP("ready_for_pickup", "Ready for pickup", Lane.READY_FOR_PICKUP),
    OH("on_hold", "On hold", Lane.ON_HOLD),
    PICKED_UP("picked_up", "Picked up", Lane.OFF_BOARD),
    CLOSED("closed", "Closed", Lane.OFF_BOARD),
    CANCELLED("cancelled", "Cancelled", Lane.OFF_BOARD);

    private static final Set<WorkOrderStatus> WORKING = EnumSet.of(QN, AVQ, CR, IP, OH);

    private final String value;
    private final String label;
    private final Lane lane;

    WorkOrderStatus(String value, String label, Lane lane) {
        this.value = value;
        this.label = label;
        this.lane = lane;
    }

    /** The stored value. */
    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** §1 R4: the lane comes from the status and nothing else. */
    public Lane lane() {
        return lane;
    }

    public boolean isEnd() {
        return lane == Lane.OFF_BOARD;
    }

    /** The statuses a job of this type may move to from this one (see the class comment), in display order. */
    public Set<WorkOrderStatus> next(OrderType type) {
        Set<WorkOrderStatus> next = EnumSet.noneOf(WorkOrderStatus.class);
        if (isEnd()) return next;
        if (WORKING.contains(this)) next.addAll(WORKING);
        if (this == RP) next.addAll(EnumSet.of(IP, OH));
        if (this == IP && type != OrderType.MANUFACTURING) next.add(RP);
        if (this == RP && type.needsCustomer()) next.add(PICKED_UP);
        if (this == IP || this == RP) next.add(CLOSED);
        next.add(CANCELLED);
        next.remove(this);
        return next;
    }

    public boolean mayMoveTo(WorkOrderStatus target, OrderType type) {
        return next(type).contains(target);
    }

    public static WorkOrderStatus of(String value) {
        for (WorkOrderStatus s : values()) if (s.value.equals(value) || s.name().equalsIgnoreCase(value)) return s;
        throw new IllegalArgumentException("Unknown work-order status " + value);
    }
}
