package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;

/**
 * A payment received from a customer on account, with its applications to invoices (08-accounting §Applying Payments):
 * Σ applications still applied ≤ amount; the rest is the customer's credit on account (R4). {@code sourcePayment}: a
 * receipt made from an invoice payment moved to credit (R8) or a work-order deposit's excess — money received before,
 * posted there. Voided, never deleted (§Voiding Payments R1, R2): a voided receipt holds no credit.
 */
public record CustomerPayment(CustomerPaymentId id, StoreId store, ContactId customer, String customerName, LocalDate date,
                              PaymentMethod method, String methodName, String checkNumber, String cardLast4, String authCode,
                              String reference, String notes, BigDecimal amount, PaymentId sourcePayment, Instant createdAt,
                              Instant voidedAt, VoidKind voidKind, String voidReason, LocalDate voidDate,
                              InvoiceId nsfFeeInvoice, List<Application> applications) {

    /** Why a payment is voided (§Voiding Payments R1): a bounced check, a reversed card charge, or something else. */
    public enum VoidKind { NSF, CHARGEBACK, OTHER }

    /** One application (an invoice_payment row naming this receipt): voided with the receipt, or moved back to it. */
    public record Application(PaymentId id, InvoiceId invoice, long invoiceNumber, LocalDate date, BigDecimal amount,
                              Instant voidedAt, Instant movedToCreditAt) {
        public boolean applied() {
            return voidedAt == null && movedToCreditAt == null;
        }
    }

    public CustomerPayment {
        applications = List.copyOf(applications);
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public BigDecimal applied() {
        return applications.stream().filter(Application::applied).map(Application::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The credit on account this receipt still holds (R4): nothing once voided. */
    public BigDecimal unapplied() {
        return voided() ? BigDecimal.ZERO : Money.cents(amount.subtract(applied()));
    }

    /** How the method reads on pages and in memos: the tenant's own name for OTHER. */
    public String methodLabel() {
        if (method == PaymentMethod.OTHER && methodName != null) return methodName;
        return switch (method) {
            case CASH -> "Cash";
            case CHECK -> checkNumber == null ? "Check" : "Check #" + checkNumber;
            case CARD -> cardLast4 == null ? "Card" : "Card …" + cardLast4;
            case DEPOSIT -> "Work-order deposit";
            default -> method.name();
        };
    }
}
