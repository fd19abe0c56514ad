package com.jeweltrak.contacts.greetings;

/** The two greetings a customer can get (07-contacts §Birthday & Anniversary Auto-Send). */
public enum GreetingKind {
    BIRTHDAY("birthday"), ANNIVERSARY("anniversary");

    private final String column;

    GreetingKind(String column) {
        this.column = column;
    }

    /** The contact's date columns of this kind, {@code birthday_month} / {@code birthday_day}: constants, never input. */
    String monthColumn() {
        return column + "_month";
    }

    String dayColumn() {
        return column + "_day";
    }

    /** The outbox's kind for this greeting's mail. */
    String mailKind() {
        return name() + "_GREETING";
    }
}
