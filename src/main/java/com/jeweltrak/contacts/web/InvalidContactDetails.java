package com.jeweltrak.contacts.web;

import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Several fields of an API request are wrong at once; each is named with its message. */
class InvalidContactDetails extends BusinessRuleViolated {

    private final Map<String, String> problems;

    InvalidContactDetails(Map<String, String> problems) {
        super(problems.keySet().iterator().next(), "Some contact details are not valid: " + String.join(", ", problems.keySet()) + ".");
        this.problems = Map.copyOf(problems);
    }

    @Override
    public Map<String, String> errors() {
        return problems;
    }
}
