package com.jeweltrak.services;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A deposit taken on a job (03-services §3): held until applied to the job's invoice, refunded or moved to store credit. */
public record WorkOrderDeposit(long id, WorkOrderId workOrder, BigDecimal amount, DepositMethod method, String reference,
                               String notes, LocalDate takenOn, Instant takenAt, Status status, DepositMethod refundMethod,
                               Long invoiceId, Long paymentId) {

    /** §3 Data: held → applied (to the invoice) | refunded; or moved to store credit (R8). */
    public enum Status {
        HELD("Held"), APPLIED("Applied to the invoice"), REFUNDED("Refunded"), MOVED_TO_CREDIT("Moved to store credit");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean held() {
        return status == Status.HELD;
    }
}
