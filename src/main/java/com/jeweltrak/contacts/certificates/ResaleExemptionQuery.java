package com.jeweltrak.contacts.certificates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.QualifyingCertificate;
import com.jeweltrak.contacts.ResaleExemption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates answer to invoices (R3, R4, R6, R8). When several qualify (two permits for one state),
 * the one that stays in force longest is named, so a re-finalized invoice keeps pointing at a live one.
 */
@Service
@Transactional(readOnly = true)
class ResaleExemptionQuery implements ResaleExemption {

    private static final Comparator<ResaleCertificate> LONGEST_IN_FORCE = Comparator
            .comparing(ResaleCertificate::expiresOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(c -> c.id().value());

    private final ResaleCertificates certificates;

    ResaleExemptionQuery(ResaleCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public Optional<QualifyingCertificate> forSale(ContactId customer, String state, LocalDate saleDate) {
        if (customer == null || state == null || state.isBlank() || saleDate == null) return Optional.empty();
        String code = state.trim().toUpperCase(java.util.Locale.ROOT);
        return certificates.current(customer, code).stream()
                .filter(c -> c.qualifiesFor(code, saleDate))
                .max(LONGEST_IN_FORCE)
                .map(c -> new QualifyingCertificate(c.id().value(), c.state(), c.permitNumber(), c.expiresOn()));
    }
}
