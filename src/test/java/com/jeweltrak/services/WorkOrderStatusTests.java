package com.jeweltrak.services;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status table of 03-services §0 and the transitions decided in {@link WorkOrderStatus}. */
class WorkOrderStatusTests {

    @Test
    void everyStatusHasTheLaneOfTheStatusTable() {
        // 03-services §0 table, §1 R3–R6
        Map<WorkOrderStatus, Lane> table = Map.of(
                WorkOrderStatus.QN, Lane.IN_SHOP, WorkOrderStatus.AVQ, Lane.IN_SHOP, WorkOrderStatus.CR, Lane.IN_SHOP,
                WorkOrderStatus.IP, Lane.IN_PROGRESS, WorkOrderStatus.RP, Lane.READY_FOR_PICKUP,
                WorkOrderStatus.OH, Lane.ON_HOLD, WorkOrderStatus.PICKED_UP, Lane.OFF_BOARD,
                WorkOrderStatus.CLOSED, Lane.OFF_BOARD, WorkOrderStatus.CANCELLED, Lane.OFF_BOARD);
        assertThat(table).hasSize(WorkOrderStatus.values().length);
        for (WorkOrderStatus status : WorkOrderStatus.values()) assertThat(status.lane()).as(status.name()).isEqualTo(table.get(status));
    }

    @Test
    void storedValuesAreThoseOfTheSpec() {
        // 03-services §0: picked_up and the inferred stored values
        assertThat(WorkOrderStatus.of("picked_up")).isEqualTo(WorkOrderStatus.PICKED_UP);
        assertThat(WorkOrderStatus.of("quote_needed")).isEqualTo(WorkOrderStatus.QN);
        assertThat(WorkOrderStatus.of("ready_for_pickup")).isEqualTo(WorkOrderStatus.RP);
    }

    @Test
    void nothingLeavesAnEndState() {
        // 03-services §0: picked up, closed and cancelled end a job
        for (OrderType type : OrderType.values()) {
            assertThat(WorkOrderStatus.PICKED_UP.next(type)).isEmpty();
            assertThat(WorkOrderStatus.CLOSED.next(type)).isEmpty();
            assertThat(WorkOrderStatus.CANCELLED.next(type)).isEmpty();
        }
    }

    @Test
    void readyForPickupComesOnlyAfterWork() {
        // decided transition table: RP only from IP
        assertThat(WorkOrderStatus.QN.mayMoveTo(WorkOrderStatus.RP, OrderType.REPAIR)).isFalse();
        assertThat(WorkOrderStatus.OH.mayMoveTo(WorkOrderStatus.RP, OrderType.REPAIR)).isFalse();
        assertThat(WorkOrderStatus.IP.mayMoveTo(WorkOrderStatus.RP, OrderType.REPAIR)).isTrue();
    }

    @Test
    void productionHasNoReadyForPickupNorPickup() {
        // 03-services §0: production has no RP; close-out sets closed
        assertThat(WorkOrderStatus.IP.next(OrderType.MANUFACTURING)).doesNotContain(WorkOrderStatus.RP)
                .contains(WorkOrderStatus.CLOSED);
    }

    @Test
    void onlyAReadyJobIsPickedUp() {
        // 03-services §15 R3: RP → picked up
        assertThat(WorkOrderStatus.IP.mayMoveTo(WorkOrderStatus.PICKED_UP, OrderType.REPAIR)).isFalse();
        assertThat(WorkOrderStatus.RP.mayMoveTo(WorkOrderStatus.PICKED_UP, OrderType.CUSTOM)).isTrue();
    }

    @Test
    void daysInStageAreWholeDaysInTheLane() {
        // 03-services §1 R9: floor of elapsed time, 0 on the day it arrives
        Instant entered = Instant.parse("2026-11-19T15:00:00Z");
        WorkOrder job = new WorkOrder(new WorkOrderId(1), null, 1, OrderType.REPAIR, null, null, null, null, "Ring", null,
                null, null, null, null, null, false, null, null, WorkOrderStatus.IP, entered, entered, java.util.List.of());
        assertThat(job.daysInStage(entered.plus(5, ChronoUnit.HOURS))).isZero();
        assertThat(job.daysInStage(entered.plus(3, ChronoUnit.DAYS).plus(23, ChronoUnit.HOURS))).isEqualTo(3);
    }
}
