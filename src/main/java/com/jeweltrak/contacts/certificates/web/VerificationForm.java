package com.jeweltrak.contacts.certificates.web;

import java.util.Arrays;

import com.jeweltrak.contacts.certificates.VerificationResult;
import com.jeweltrak.platform.BusinessRuleViolated;

/** The "Record verification" form: what the portal said, and where it was checked. */
public record VerificationForm(String result, String source) {

    VerificationResult toResult() {
        if (result == null || result.isBlank()) return null;
        return Arrays.stream(VerificationResult.values()).filter(r -> r.name().equals(result.trim())).findFirst()
                .orElseThrow(() -> new BusinessRuleViolated("result", "Choose what the state's portal said."));
    }
}
