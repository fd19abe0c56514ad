package com.jeweltrak.contacts.scan;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The uploaded file cannot be read as a card photo: not an image, too large, or too hard to read in time.
 * A business-rule refusal (422 in the API, a message beside the "Scan card" field on pages), never a 500;
 * the message is written for the person at the counter.
 */
public class CardImageUnreadable extends BusinessRuleViolated {

    public static final String FIELD = "cardImage";

    public CardImageUnreadable(String message) {
        super(FIELD, message);
    }
}
