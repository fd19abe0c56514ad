package com.jeweltrak.contacts.certificates;

import java.time.LocalDate;
import java.util.Locale;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * What is written on a certificate, as entered. The field names are those of the forms and the API,
 * so a refusal lands beside the field it concerns.
 */
public record CertificateDetails(String state, String permitNumber, LocalDate issuedOn, LocalDate expiresOn, String notes) {

    public CertificateDetails {
        state = state == null ? null : state.trim().toUpperCase(Locale.ROOT);
        permitNumber = permitNumber == null ? null : permitNumber.trim().replaceAll("\\s+", " ");
        notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    /** Refuses what the table would refuse, with words a person can act on. */
    CertificateDetails checkedAgainst(UsStates states) {
        if (state == null || states.find(state).isEmpty()) {
            throw new BusinessRuleViolated("state", "Choose the US state or territory that issued the permit.");
        }
        if (permitNumber == null || permitNumber.isEmpty()) {
            throw new BusinessRuleViolated("permitNumber", "Enter the permit number as it is printed on the certificate.");
        }
        if (permitNumber.length() > 40) {
            throw new BusinessRuleViolated("permitNumber", "A permit number has at most 40 characters.");
        }
        if (issuedOn != null && expiresOn != null && expiresOn.isBefore(issuedOn)) {
            throw new BusinessRuleViolated("expiresOn", "The expiry date is before the issue date.");
        }
        if (notes != null && notes.length() > 2000) {
            throw new BusinessRuleViolated("notes", "Keep the notes to 2000 characters.");
        }
        return this;
    }
}
