package com.jeweltrak.contacts;

/** How the contact prefers to be reached. */
public enum ContactChannel {
    EMAIL("E-mail"), PHONE("Phone call"), TEXT("Text message"), MAIL("Post");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
