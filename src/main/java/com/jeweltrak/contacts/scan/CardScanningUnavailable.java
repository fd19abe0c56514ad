package com.jeweltrak.contacts.scan;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The card cannot be read right now: the OCR engine (Debian's tesseract-ocr, tesseract-ocr-eng) is not
 * installed on this server, or every card reader is busy. The page keeps the form open so the user types
 * the details instead; {@link #temporary()} says whether trying again in a moment may help.
 */
public class CardScanningUnavailable extends BusinessRuleViolated {

    private final boolean temporary;

    private CardScanningUnavailable(String message, boolean temporary) {
        super(CardImageUnreadable.FIELD, message);
        this.temporary = temporary;
    }

    static CardScanningUnavailable engineMissing() {
        return new CardScanningUnavailable(
                "Card scanning is not available on this server; please type the details instead.", false);
    }

    static CardScanningUnavailable busy() {
        return new CardScanningUnavailable(
                "Other cards are being read right now; please try again in a moment or type the details.", true);
    }

    public boolean temporary() {
        return temporary;
    }
}
