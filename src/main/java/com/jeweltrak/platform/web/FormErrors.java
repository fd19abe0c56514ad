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

    /**
     * The form as the handler received it, kept with its binding errors when a field did not convert: Spring then
     * leaves the binding result without a target, and a page that reads the form from the model (or renders its
     * fields) would fail (issue 12 §4). Call first thing in a handler whose page reads the form back from the model.
     */
    public static void keepWhenUnconverted(BindingResult result, Object form, org.springframework.ui.Model model) {
        if (result.getTarget() != null || form == null || !result.hasErrors()) return;
        org.springframework.validation.DirectFieldBindingResult kept =
                new org.springframework.validation.DirectFieldBindingResult(form, result.getObjectName());
        kept.addAllErrors(result);
        model.addAttribute(result.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), kept);
        if (!model.containsAttribute("problem")) model.addAttribute("problem", unconverted(result));
    }

    /** The layout's alert for fields that did not convert, for a page that shows no error beside such a field. */
    static String unconverted(BindingResult result) {
        return "Some fields could not be read (" + String.join(", ", result.getFieldErrors().stream()
                .map(org.springframework.validation.FieldError::getField).distinct().toList())
                + "): nothing was saved. Correct them and try again.";
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
