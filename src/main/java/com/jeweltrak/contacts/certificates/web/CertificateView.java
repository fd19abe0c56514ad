package com.jeweltrak.contacts.certificates.web;

import java.time.LocalDate;

import com.jeweltrak.contacts.certificates.CertificateStatus;
import com.jeweltrak.contacts.certificates.ResaleCertificate;
import com.jeweltrak.contacts.certificates.UsStates;
import com.jeweltrak.platform.files.StoredFile;

/** A certificate as the page and the API show it today: its status, expiry warning, state and document. */
public record CertificateView(ResaleCertificate certificate, CertificateStatus status, String warning, Long daysToExpiry,
                       UsStates.UsState state, StoredFile document) {

    static CertificateView of(ResaleCertificate c, LocalDate today, UsStates states, StoredFile document) {
        return new CertificateView(c, c.status(today), c.expiryWarning(today).orElse(null),
                c.daysToExpiry(today).orElse(null),
                states.find(c.state()).orElse(new UsStates.UsState(c.state(), c.state(), null, null)), document);
    }

    public long id() {
        return certificate.id().value();
    }

    public boolean current() {
        return !certificate.superseded();
    }
}
