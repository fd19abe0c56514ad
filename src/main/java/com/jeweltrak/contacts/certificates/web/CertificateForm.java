package com.jeweltrak.contacts.certificates.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.jeweltrak.contacts.certificates.CertificateDetails;
import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The add and replace forms as typed. Dates stay text until saved, so whatever was typed comes back
 * exactly as typed when something is refused.
 */
public record CertificateForm(String state, String permitNumber, String issuedOn, String expiresOn, String notes) {

    static CertificateForm blank() {
        return new CertificateForm("", "", "", "", "");
    }

    static CertificateForm startingFrom(CertificateView old) {
        return new CertificateForm(old.certificate().state(), old.certificate().permitNumber(), "", "", "");
    }

    CertificateDetails toDetails() {
        return new CertificateDetails(state, permitNumber, date("issuedOn", issuedOn), date("expiresOn", expiresOn), notes);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolated(field, "Enter a date, like 2026-12-31.");
        }
    }
}
