package com.jeweltrak.services;

/**
 * A job moved from one status to another (03-services §1 R11): published in the change's transaction so the status's
 * automations (§14) run with it — and a refusal among them undoes the change.
 */
public record WorkOrderStatusChanged(WorkOrderId workOrder, WorkOrderStatus from, WorkOrderStatus to) {
}
