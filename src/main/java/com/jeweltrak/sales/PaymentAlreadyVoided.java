package com.jeweltrak.sales;

/** §Voiding Payments R10: a voided payment is voided once and never un-voided — re-enter a new payment instead (409). */
public class PaymentAlreadyVoided extends InvoiceNotInThatState {

    public PaymentAlreadyVoided(CustomerPaymentId id) {
        super("Payment on account #" + id + " is already voided: a voided payment cannot be voided again or un-voided. "
                + "Enter a new payment instead.");
    }
}
