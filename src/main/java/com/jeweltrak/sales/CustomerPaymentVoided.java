package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A receipt was voided (08-accounting §Voiding Payments R1, R4): its money did not stick. Posted on {@code date}, the
 * open period, even when the payment lies in a closed one. {@code fromMovedPayment}: the receipt was made from an invoice
 * payment moved to credit, so it has no receipt entry of its own to reverse. Its applications are voided by their own
 * {@link PaymentVoided} events.
 */
public record CustomerPaymentVoided(TenantId tenant, CustomerPaymentId payment, StoreId store, LocalDate date,
                                    ContactId customer, PaymentMethod method, BigDecimal amount, boolean fromMovedPayment) {
}
