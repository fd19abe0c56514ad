package com.jeweltrak.partnerships;

import java.util.List;

/** How a partner is paid on reconciliation (02-sales §Partnerships R7); PartnerSoldSettlement is the system's own (R13). */
public final class PayoutMethod {

    public static final List<String> CHOICES = List.of("Cash", "Check", "Card", "ACH", "Wire", "Other");
    public static final String PARTNER_SOLD_SETTLEMENT = "PartnerSoldSettlement";
    public static final String PARTNER_SOLD_NOTE = "no cash from tenant; capital recovered via partner's own sale.";

    private PayoutMethod() {
    }
}
