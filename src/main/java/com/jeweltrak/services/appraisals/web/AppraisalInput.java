package com.jeweltrak.services.appraisals.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import com.jeweltrak.services.appraisals.AddingAnAppraisalItem;
import com.jeweltrak.services.appraisals.AppraisalPurpose;

/** Typed text of the appraisal pages and the API read into values, a bad value refused beside its field. */
final class AppraisalInput {

    private AppraisalInput() {
    }

    static LocalDate date(String field, String text) {
        return TypedInput.date(field, text);
    }

    static BigDecimal money(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim().replace(",", "").replaceFirst("^\\$", ""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter an amount, like 1250.00.");
        }
    }

    /** Blank: none chosen (the use case's default); unknown text is refused. */
    static AppraisalPurpose purpose(String field, String text) {
        if (text == null || text.isBlank()) return null;
        return AppraisalPurpose.parse(text).orElseThrow(() -> new BusinessRuleViolated(field,
                "Choose Insurance, Estate, Resale or Other."));
    }

    static AddingAnAppraisalItem.Request item(String description, String metal, String weight, String stones,
                                              String marks, String condition, String value) {
        return new AddingAnAppraisalItem.Request(description, metal, weight, stones, marks, condition,
                money("appraisedValue", value));
    }
}
