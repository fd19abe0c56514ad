package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;

/**
 * One invoice as read in the transaction that acts on it (02-sales §Finalize, Void, and Reopen): the header, its lines
 * and its tenders. Each {@code check…} method refuses an action its state does not allow, so every use case asks the
 * invoice itself rather than repeating the rules; the writes are the use cases' (through {@link Invoices}).
 */
public record Invoice(InvoiceId id, StoreId store, long number, InvoiceStatus status, ContactId customer,
                      UserId salesperson, LocalDate date, String reference, String notes, String shipTo, BigDecimal freight,
                      boolean outOfState, Store.TaxSetup tax, Long resaleCertificate, Instant finalizedAt, Instant voidedAt, UserId voidedBy,
                      List<InvoiceLine> lines, List<InvoicePayment> payments, List<InvoiceWriteOff> writeOffs) {

    public Invoice {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        writeOffs = writeOffs == null ? List.of() : List.copyOf(writeOffs);
    }

    /** The number people use; numbers are per store (decision 12). */
    public String numberText() {
        return Long.toString(number);
    }

    public InvoiceLine line(long lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Invoice line", lineId));
    }

    public InvoicePayment payment(PaymentId paymentId) {
        return payments.stream().filter(p -> p.id().equals(paymentId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Payment", paymentId));
    }

    public List<InvoicePayment> appliedPayments() {
        return payments.stream().filter(InvoicePayment::applied).toList();
    }

    // ---- money (through the seam the lead swaps for L2's arithmetic) ----

    public InvoiceAmounts amounts() {
        return totals().amounts();
    }

    /** The invoice's figures (08-accounting §Sales Tax, 02-sales §Adjustment; decision 10). */
    public InvoiceTotals totals() {
        return InvoiceTotals.of(lines.stream().map(InvoiceLine::asSale).toList(), TaxSnapshot.of(tax), exemption(), freight,
                paid()).lessWrittenOff(writtenOff());
    }

    /** Out of state, or wholesale to a customer whose resale certificate qualified (R8). */
    public TaxExemption exemption() {
        return TaxExemption.of(outOfState, resaleCertificate != null);
    }


    /** What the non-voided tenders paid. */
    public BigDecimal paid() {
        return appliedPayments().stream().map(InvoicePayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 08-accounting "Invoice Balance": total − applied payments − the standing write-off. */
    public BigDecimal balance() {
        return amounts().total().subtract(paid()).subtract(writtenOff());
    }

    /** The write-off that stands (not reversed), if any: at most one (08 §Writing Off Invoices R3, R7). */
    public java.util.Optional<InvoiceWriteOff> standingWriteOff() {
        return writeOffs.stream().filter(InvoiceWriteOff::standing).findFirst();
    }

    /** What the standing write-off cleared as bad debt; 0 without one. Never money received (R5). */
    public BigDecimal writtenOff() {
        return standingWriteOff().map(InvoiceWriteOff::amount).orElse(BigDecimal.ZERO);
    }

    /**
     * Paid in full: finalized and nothing owed, without a standing write-off — an invoice brought to 0.00 by writing it
     * off was not paid (so, e.g., a Sell-to-Partner settlement written off never reconciles its partnership).
     */
    public boolean paidInFull() {
        return status == InvoiceStatus.FINALIZED && Money.cents(balance()).signum() == 0 && standingWriteOff().isEmpty();
    }

    // ---- preconditions ----

    /** Period Close R1 / 02-sales R13: nothing is done to an invoice dated on or before Closed Through. */
    public void checkOpenPeriod(Organization organization) {
        if (organization.isClosed(date)) throw new InvoiceInClosedPeriod(date, organization.closedThrough());
    }

    /** R2, R5, R8: lines change only while Open. */
    public void checkLinesEditable() {
        if (status == InvoiceStatus.FINALIZED) throw new LineOnFinalizedInvoice(numberText());
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
    }

    /** An item is on an invoice once: a second unit is a change of the line's quantity. */
    public void checkItemNotOnIt(ItemId item, String stockId) {
        if (lines.stream().anyMatch(l -> item.equals(l.item()))) throw new ItemAlreadyOnThisInvoice(stockId, numberText());
    }

    /** R4: only an Open invoice with something on it is finalized; R8: never a voided one. */
    public void checkFinalizable() {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
        if (status != InvoiceStatus.OPEN) throw new InvoiceNotInThatState("Invoice " + numberText() + " is already finalized.");
        if (lines.isEmpty()) throw new BusinessRuleViolated("lines", "Add at least one line before finalizing the invoice.");
        // AR is kept per customer (08-accounting §Accounts Receivable): nobody can owe on a sale to nobody
        if (customer == null && balance().signum() > 0) {
            throw new BusinessRuleViolated("customerId", "A walk-in sale is paid in full before it is finalized: take the "
                    + Money.cents(balance()).toPlainString() + " still due, or choose the customer to sell on account.");
        }
        // the other way round too (a trade-in or a return worth more than the sale): nobody can be owed on account either
        if (customer == null && Money.cents(balance()).signum() < 0) {
            throw new BusinessRuleViolated("customerId", "A walk-in sale is settled before it is finalized: pay back the "
                    + Money.cents(balance()).negate().toPlainString() + " the store owes (Refund), or choose the customer "
                    + "to keep it as credit.");
        }
    }

    /** A finalized walk-in sale stays paid in full (see {@link #checkFinalizable()}): its payments go only once reopened. */
    public void checkPaymentVoidable() {
        if (customer == null && status == InvoiceStatus.FINALIZED) {
            throw new BusinessRuleViolated("payment", "Invoice " + numberText() + " is a finalized walk-in sale: reopen it "
                    + "before voiding a payment, or choose its customer.");
        }
    }

    /**
     * 08-accounting §Applying Payments R8: an applied payment of a customer's invoice may become that customer's credit
     * on account; a walk-in sale has no account to keep it on.
     */
    public void checkMovableToCredit(InvoicePayment payment) {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
        if (payment.voided()) throw new InvoiceNotInThatState("That payment is voided.");
        if (payment.movedToCredit()) {
            throw new InvoiceNotInThatState("That payment is already the customer's credit on account.");
        }
        if (customer == null) {
            throw new BusinessRuleViolated("payment", "Invoice " + numberText() + " is a walk-in sale: there is no customer "
                    + "account to keep the credit on. Refund or void the payment instead.");
        }
        // money paid back, or store credit (a liability of its own, 08 §Store Credits R12), is never credit on account
        if (payment.refund()) throw new BusinessRuleViolated("payment", "A refund is money paid back: void it instead.");
        if (payment.method() == PaymentMethod.STORE_CREDIT) {
            throw new BusinessRuleViolated("payment", "A store-credit payment is undone by voiding it: the credit comes back.");
        }
        if (payment.method() == PaymentMethod.GIFT_CARD) {
            throw new BusinessRuleViolated("payment", "A gift-card payment is undone by voiding it: the card gets it back.");
        }
    }

    /** R6: only a Finalized invoice is reopened; R8: never a voided one. */
    public void checkReopenable() {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
        if (status != InvoiceStatus.FINALIZED) throw new InvoiceNotInThatState("Invoice " + numberText() + " is already open.");
        checkNotWrittenOff("reopened");
    }

    /** 08 §Writing Off Invoices R1, R4: a written-off invoice stays Finalized until the write-off is reversed (R7). */
    void checkNotWrittenOff(String action) {
        if (standingWriteOff().isPresent()) {
            throw new BusinessRuleViolated("invoice", "Reverse the write-off first: invoice " + numberText()
                    + " is written off as bad debt, so it cannot be " + action + ".");
        }
    }

    /**
     * 08 §Writing Off Invoices R3: only a Finalized invoice of a customer that still owes something is written off,
     * and only once.
     */
    public void checkWritableOff() {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
        if (status != InvoiceStatus.FINALIZED) {
            throw new InvoiceNotInThatState("Invoice " + numberText() + " is open: finalize it before writing it off.");
        }
        if (standingWriteOff().isPresent()) {
            throw new InvoiceNotInThatState("Invoice " + numberText() + " is already written off.");
        }
        if (customer == null) {
            throw new BusinessRuleViolated("invoice", "Invoice " + numberText() + " is a walk-in sale: nobody owes on it.");
        }
        if (Money.cents(balance()).signum() <= 0) {
            throw new BusinessRuleViolated("invoice", "Invoice " + numberText() + " is paid: nothing to write off");
        }
    }

    /** R7, R8, R11: a Finalized invoice without applied payments is voided; an Open one is deleted instead. */
    public void checkVoidable() {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
        if (status == InvoiceStatus.OPEN) {
            throw new InvoiceNotInThatState("Invoice " + numberText() + " is open: finalize it before voiding it, "
                    + "or delete it if it was made by mistake.");
        }
        checkNotWrittenOff("voided");
        if (!appliedPayments().isEmpty()) throw InvoiceHasPayments.refusingVoid(numberText());
    }

    /** R9: only an Open invoice that never touched the books or inventory, never with payments. */
    public void checkDeletable() {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
        if (status == InvoiceStatus.FINALIZED || finalizedAt != null) {
            throw new InvoiceNotInThatState("Invoice " + numberText() + " has been finalized, so it is in the books: "
                    + "void it instead of deleting it.");
        }
        if (!appliedPayments().isEmpty()) throw InvoiceHasPayments.refusingDelete(numberText());
    }

    /** Tenders are taken on Open and Finalized invoices, never on a voided one. */
    public void checkTakesTenders() {
        if (status == InvoiceStatus.VOIDED) throw new InvoiceIsVoided(numberText());
    }
}
