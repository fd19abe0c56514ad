package com.jeweltrak.services.appraisals;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the appraisal is made (03-services §13 Data). R8: the purpose changes the printed wording — the statement each
 * purpose prints says which value is meant (replacement for insurance, fair market for estate and resale).
 */
public enum AppraisalPurpose {
    INSURANCE("Insurance", "Insurance replacement value",
            "The values stated are the estimated retail replacement cost of comparable items, new, in the current market, "
                    + "for insurance purposes only. They are not an offer to buy."),
    ESTATE("Estate", "Fair market value for estate",
            "The values stated are the estimated fair market value: the price at which the items would change hands "
                    + "between a willing buyer and a willing seller, for estate settlement and probate purposes."),
    RESALE("Resale", "Fair market value for resale",
            "The values stated are the estimated fair market value of the items if sold today in their present "
                    + "condition. They are not an offer to buy and not a replacement value for insurance."),
    OTHER("Other", "Appraised value",
            "The values stated are the appraiser's opinion of the value of the items described, as of the date of "
                    + "this appraisal.");

    private final String label;
    private final String valueHeading;
    private final String statement;

    AppraisalPurpose(String label, String valueHeading, String statement) {
        this.label = label;
        this.valueHeading = valueHeading;
        this.statement = statement;
    }

    public String label() {
        return label;
    }

    /** R8: what the value column and the total are called on the printed document. */
    public String valueHeading() {
        return valueHeading;
    }

    /** R8: the appraiser's statement printed above the signature line. */
    public String statement() {
        return statement;
    }

    /** The purpose named by its code or label, any case; empty for blank or unknown text. */
    public static Optional<AppraisalPurpose> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.trim();
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(t) || p.label.equalsIgnoreCase(t)).findFirst();
    }
}
