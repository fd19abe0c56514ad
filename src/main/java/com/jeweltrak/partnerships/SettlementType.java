package com.jeweltrak.partnerships;

/** Who sold the item (02-sales §Partnerships Data): the store to its customer, or the partner to theirs (R11–R13). */
public enum SettlementType {
    OWNER_SOLD("OwnerSold"), PARTNER_SOLD("PartnerSold");

    private final String stored;

    SettlementType(String stored) {
        this.stored = stored;
    }

    /** As the article names it, and as stored: 'OwnerSold', 'PartnerSold'. */
    public String stored() {
        return stored;
    }

    public static SettlementType ofStored(String value) {
        for (SettlementType t : values()) if (t.stored.equals(value)) return t;
        throw new IllegalArgumentException(value);
    }
}
