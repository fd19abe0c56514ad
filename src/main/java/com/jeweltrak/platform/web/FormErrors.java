package com.jeweltrak.platform.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.validation.BindingResult;

/** Puts a refused business rule beside the field it concerns, or at the top of the form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessRuleViolated violation) {
        String field = violation.field();
        if (field != null && result.getTarget() != null && hasField(result, field)) {
            result.rejectValue(field, "rule", violation.getMessage());
        } else {
            result.reject("rule", violation.getMessage());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
