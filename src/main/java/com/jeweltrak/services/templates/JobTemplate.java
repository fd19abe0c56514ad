package com.jeweltrak.services.templates;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.services.OrderType;

/**
 * A pre-canned intake recipe (03-services §8 Data). The order type null is the template value "Any" (§0: "Any"
 * applies only to templates). Instructions, rush, promised-in-days and the default stages are what a jeweler's recipe
 * carries besides the spec's fields (inferred): they pre-fill the new job's internal notes, rush flag, promised date
 * and stages.
 */
public record JobTemplate(JobTemplateId id, String name, OrderType orderType, String description, String instructions,
                          BigDecimal unitPrice, Integer warrantyDays, boolean rush, Integer promisedInDays, int sortOrder,
                          boolean active, List<Stage> stages) {

    /** A default stage: copied onto the job taken in from the template. */
    public record Stage(String name, ContactId vendor, BigDecimal expectedCost, String instructions) {
    }

    /** §8 R6: a template fits an intake of its own order type, and "Any" fits every intake. */
    public boolean fits(OrderType type) {
        return orderType == null || orderType == type;
    }

    /** The stored order-type value ("any" for Any). */
    public String orderTypeValue() {
        return orderType == null ? ANY : orderType.value();
    }

    public String orderTypeLabel() {
        return orderType == null ? "Any" : orderType.label();
    }

    public static final String ANY = "any";
}
