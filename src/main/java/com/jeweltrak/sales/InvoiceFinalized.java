package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * An invoice was finalized (02-sales §Finalize R4): it enters AR for its balance. {@code paidBefore} is what tenders
 * taken while it was Open had already paid (held as customer deposits until now). {@code customer} is null for a
 * walk-in sale. Posted on {@code date}, the invoice date.
 */
public record InvoiceFinalized(TenantId tenant, InvoiceId invoice, String number, StoreId store, LocalDate date,
                               ContactId customer, InvoiceAmounts amounts, BigDecimal paidBefore) {
}
