package com.jeweltrak.inventory.tags;

import com.jeweltrak.platform.BusinessRuleViolated;

/** One item's tag, printed this many times. */
public record TagRequest(TagContent content, int copies) {

    public static final int MOST_COPIES = 100;

    public TagRequest {
        checkCopies(copies);
    }

    public static void checkCopies(int copies) {
        if (copies < 1 || copies > MOST_COPIES) {
            throw new BusinessRuleViolated("copies", "Print from 1 to " + MOST_COPIES + " copies.");
        }
    }
}
