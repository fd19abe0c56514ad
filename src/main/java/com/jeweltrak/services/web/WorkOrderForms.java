package com.jeweltrak.services.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.StageDetails;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;

/** The forms of the work-order pages: text as typed, turned into the use cases' requests (errors name the field). */
final class WorkOrderForms {

    private WorkOrderForms() {
    }

    /** The header: at intake and on the detail page. A picked contact (new…Id) replaces the current one. */
    record WorkOrderForm(String orderType, String stockType, Long customerId, Long newCustomerId, Long vendorId,
                         Long newVendorId, Long salespersonId, String description, String mainGroup, String category,
                         String unitPrice, String priceQuoted, String intakeDate, String promisedDate, Boolean rush,
                         String location, String internalNotes, String warrantyDays, Long templateId, Long warrantyOf) {

        static WorkOrderForm blank() {
            return new WorkOrderForm("repair", "J", null, null, null, null, null, null, null, null, null, null, null, null,
                    false, null, null, null, null, null);
        }

        /**
         * §8 R5: picking a template fills Describe, Unit price, the job type (unless the template is for Any) and the
         * warranty days; instructions, rush and the promised date (intake + days) come along (inferred). Everything
         * stays editable (R7).
         */
        static WorkOrderForm fromTemplate(com.jeweltrak.services.templates.JobTemplate t, LocalDate today) {
            return new WorkOrderForm(t.orderType() == null ? "repair" : t.orderType().value(), "J", null, null, null, null,
                    null, t.description(), null, null, plain(t.unitPrice()), null, null,
                    t.promisedInDays() == null ? null : today.plusDays(t.promisedInDays()).toString(), t.rush(), null,
                    t.instructions(), t.warrantyDays() == null ? null : t.warrantyDays().toString(), t.id().value(), null);
        }

        /**
         * §10 R7: the redo form — the original's customer, job and stock type, the piece described again; the price
         * is $0 inside the warranty window and left blank outside it.
         */
        static WorkOrderForm redoOf(WorkOrder original, boolean inside) {
            return new WorkOrderForm(original.orderType().value(), original.stockType(),
                    original.customer() == null ? null : original.customer().value(), null, null, null, null,
                    "Warranty redo of " + original.numberText() + ": " + original.item(), original.mainGroup(),
                    original.category(), inside ? "0.00" : null, null, null, null, false, null, null, null, null,
                    original.id().value());
        }

        /** §10 R2: the warranty days as typed; blank means none. */
        Integer warranty() {
            if (warrantyDays == null || warrantyDays.isBlank()) return null;
            try {
                return Integer.valueOf(warrantyDays.strip());
            } catch (NumberFormatException e) {
                throw new BusinessRuleViolated("warrantyDays", "Type the warranty as whole days, e.g. 90 (0: no warranty).");
            }
        }

        static WorkOrderForm of(WorkOrder w) {
            return new WorkOrderForm(w.orderType().value(), w.stockType(), w.customer() == null ? null : w.customer().value(),
                    null, w.vendor() == null ? null : w.vendor().value(), null,
                    w.salesperson() == null ? null : w.salesperson().value(), w.description(), w.mainGroup(), w.category(),
                    plain(w.unitPrice()), plain(w.priceQuoted()), text(w.intakeDate()), text(w.promisedDate()), w.rush(),
                    w.location(), w.internalNotes(), w.warrantyDays() == null ? null : w.warrantyDays().toString(), null,
                    null);
        }

        WorkOrderDetails details() {
            OrderType type;
            try {
                type = orderType == null || orderType.isBlank() ? null : OrderType.of(orderType);
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolated("orderType", "Choose the kind of job.");
            }
            Long customer = newCustomerId != null ? newCustomerId : customerId;
            Long vendor = newVendorId != null ? newVendorId : vendorId;
            return new WorkOrderDetails(type, stockType == null || stockType.isBlank() ? null : stockType,
                    customer == null ? null : new ContactId(customer), vendor == null ? null : new ContactId(vendor),
                    salespersonId == null ? null : new UserId(salespersonId), description, mainGroup, category,
                    decimal("unitPrice", unitPrice), decimal("priceQuoted", priceQuoted), date("intakeDate", intakeDate),
                    date("promisedDate", promisedDate), Boolean.TRUE.equals(rush), location, internalNotes);
        }
    }

    record StatusForm(String status) {
    }

    /** Revise Quote (03-services §4 R2): an amount, notes optional. */
    record QuoteForm(String amount, String notes) {
    }

    /** An e-mailed document: a blank address means the customer's own. */
    record EmailForm(String toAddress) {
    }

    /** Money as the Quote History card shows it (§4 R4 "Current quote $4,250 (v3)"): cents only when there are some. */
    static String dollars(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        java.text.DecimalFormat format = new java.text.DecimalFormat(cents.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00");
        return "$" + format.format(cents);
    }

    record StageForm(String name, Long vendorId, String stageStatus, String sentDate, String dueDate, String expectedCost,
                     String actualCost, String instructions, String trackingNumber, String notes) {

        static StageForm blank() {
            return new StageForm(null, null, "pending", null, null, null, null, null, null, null);
        }

        /** The vendor picked with the stage's contact picker (Vendor role), else the one the stage had. */
        StageForm withVendor(Long picked) {
            return picked == null ? this : new StageForm(name, picked, stageStatus, sentDate, dueDate, expectedCost, actualCost,
                    instructions, trackingNumber, notes);
        }

        StageDetails details() {
            return new StageDetails(name, vendorId == null ? null : new ContactId(vendorId), stageStatus,
                    date("sentDate", sentDate), date("dueDate", dueDate), decimal("expectedCost", expectedCost),
                    decimal("actualCost", actualCost), instructions, trackingNumber, notes);
        }
    }

    static BigDecimal decimal(String field, String text) {
        return TypedInput.amount(field, text);
    }

    static LocalDate date(String field, String text) {
        return TypedInput.date(field, text);
    }

    static String plain(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
