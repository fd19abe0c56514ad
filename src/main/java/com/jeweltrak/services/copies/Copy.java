package com.jeweltrak.services.copies;

/**
 * The three audiences of a printed work order (03-services §9) and what each may see — the table of R2, exactly:
 * <pre>
 * Field                                  Counter  Bench  Customer
 * Customer name, address, phone          shown    —      shown
 * Pricing section (labor, tax, total)    shown    —      shown
 * Internal Notes                         shown    shown  —
 * Stage name, status, dates              shown    shown  shown
 * Stage vendor name                      shown    shown  —
 * Stage cost                             shown    —      —
 * Stage instructions                     shown    shown  —
 * Stage tracking numbers                 shown    shown  —
 * </pre>
 * Signatures (§5 R5): the intake and pickup signatures print on the Counter and Customer copies, never on the Bench
 * copy — a signature is the customer's identity, which the bench must not see (R4).
 * Why (R4): notes hold staff-only remarks; the bench and vendors must not see the customer's identity; one vendor must
 * not see what another was paid; the customer sees the steps but not the supply chain or margins. Fields the table
 * does not name follow R4 (inferred): the job's own vendor and its location ("out with setter X") are supply chain
 * (hidden from the customer), a stage's notes are staff remarks like internal notes.
 */
public enum Copy {
    COUNTER("counter", "Counter Copy", null, true, true, true, true, true),
    BENCH("bench", "Bench Copy", "BENCH COPY", false, false, true, true, false),
    CUSTOMER("customer", "Customer Copy", "CUSTOMER COPY", true, true, false, false, false);

    private final String value;
    private final String label;
    private final String titleSuffix;
    private final boolean customer;
    private final boolean pricing;
    private final boolean internalNotes;
    private final boolean supplyChain;
    private final boolean stageCost;

    Copy(String value, String label, String titleSuffix, boolean customer, boolean pricing, boolean internalNotes,
         boolean supplyChain, boolean stageCost) {
        this.value = value;
        this.label = label;
        this.titleSuffix = titleSuffix;
        this.customer = customer;
        this.pricing = pricing;
        this.internalNotes = internalNotes;
        this.supplyChain = supplyChain;
        this.stageCost = stageCost;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** R3: "WORK ORDER — BENCH COPY", "WORK ORDER — CUSTOMER COPY"; the counter copy has no suffix (inferred). */
    public String title() {
        return titleSuffix == null ? "WORK ORDER" : "WORK ORDER — " + titleSuffix;
    }

    public boolean showsCustomer() {
        return customer;
    }

    public boolean showsPricing() {
        return pricing;
    }

    public boolean showsInternalNotes() {
        return internalNotes;
    }

    /** Stage vendor names, instructions and tracking numbers (and the job's vendor and location): counter and bench. */
    public boolean showsSupplyChain() {
        return supplyChain;
    }

    public boolean showsStageCost() {
        return stageCost;
    }

    /** 03-services §5 R5: signatures print on the copies that show the customer (counter, customer), not the bench. */
    public boolean showsSignatures() {
        return customer;
    }

    public static Copy of(String value) {
        for (Copy c : values()) if (c.value.equalsIgnoreCase(value) || c.name().equalsIgnoreCase(value)) return c;
        throw new com.jeweltrak.platform.BusinessRuleViolated("audience", "A copy is for the counter, the bench or the customer.");
    }
}
