package com.jeweltrak.contacts.merging;

/** Why two contacts are proposed as duplicates (R8): the same name and a shared phone or e-mail. */
public enum MatchBasis {
    NAME_AND_PHONE("Same name and phone"),
    NAME_AND_EMAIL("Same name and e-mail");

    private final String label;

    MatchBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
