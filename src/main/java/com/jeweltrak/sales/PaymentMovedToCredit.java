package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A payment was taken off its invoice and kept as the customer's credit on account (08-accounting §Applying Payments
 * R8, decision 1). {@code heldAsDeposit} says where the money sat: an Open invoice's payment was a customer deposit and
 * now becomes credit in AR; a Finalized invoice's payment already sits in the customer's AR, where credit on account
 * lives (§AR: balance = Σ finalized balances − unapplied credit), so the books need no entry for it.
 */
public record PaymentMovedToCredit(TenantId tenant, PaymentId payment, InvoiceId invoice, StoreId store, LocalDate date,
                                   ContactId customer, BigDecimal amount, boolean heldAsDeposit) {
}
