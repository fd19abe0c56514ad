package com.jeweltrak.services.messages;

import java.time.Instant;

import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;

/** A message proposed on a status change and what became of it (03-services §14; logged on the job). */
public record StatusMessage(long id, WorkOrderId workOrder, WorkOrderStatus status, String audience, String emailTo,
                            String smsTo, String subject, String emailBody, String smsBody, Outcome outcome,
                            Instant proposedAt, Instant decidedAt) {

    public enum Outcome {
        PROPOSED("Proposed"), SENT("E-mail queued to the outbox"),
        WAITING_FOR_SMS_PROVIDER("SMS waiting for an SMS provider (not sent)"), SKIPPED("Skipped");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean proposed() {
        return outcome == Outcome.PROPOSED;
    }
}
