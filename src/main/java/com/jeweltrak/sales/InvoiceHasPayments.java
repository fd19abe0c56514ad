package com.jeweltrak.sales;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Decision 1, 02-sales §Finalize R7 and R9: an invoice with applied payments is neither voided nor deleted. */
public class InvoiceHasPayments extends BusinessRuleViolated {

    private InvoiceHasPayments(String message) {
        super("payments", message);
    }

    static InvoiceHasPayments refusingVoid(String number) {
        return new InvoiceHasPayments("Invoice " + number + " has payments applied, so it cannot be voided. First refund "
                + "the payment, void the payment, or move it to the customer's credit on account.");
    }

    static InvoiceHasPayments refusingDelete(String number) {
        return new InvoiceHasPayments("Invoice " + number + " has payments applied, so it cannot be deleted. Void the "
                + "payments first.");
    }
}
