package com.jeweltrak.sales;

/**
 * Why an invoice's own lines carry no tax (08-accounting §Sales Tax R8): an out-of-state sale (a flag on the
 * invoice) or a wholesale sale (the customer holds a resale certificate valid on the invoice date — the caller asks
 * {@link com.jeweltrak.contacts.ResaleExemption} and passes the answer in). Return lines are not affected: they
 * follow their source invoice (R10).
 */
public enum TaxExemption {
    NONE(null),
    OUT_OF_STATE("Out-of-state sale"),
    WHOLESALE("Wholesale sale (resale certificate)");

    private final String reason;

    TaxExemption(String reason) {
        this.reason = reason;
    }

    /** The reason printed beside a $0 tax, or null when the invoice is taxed. */
    public String reason() {
        return reason;
    }

    /** Out of state wins when both hold: it needs no certificate on file. */
    public static TaxExemption of(boolean outOfState, boolean customerHasQualifyingCertificate) {
        if (outOfState) return OUT_OF_STATE;
        return customerHasQualifyingCertificate ? WHOLESALE : NONE;
    }
}
