package com.jeweltrak.contacts.certificates;

import java.time.Instant;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R8: a renewed or corrected certificate replaces the old one, which is kept — marked superseded and
 * pointing at its replacement — because invoices already exempted by it must still show what they
 * rested on (R7). The replacement starts unverified, like any new certificate (R2).
 */
@Service
public class SupersedingACertificate {

    private final ResaleCertificates certificates;
    private final AddingACertificate adding;
    private final StoredFiles files;
    private final UsStates states;
    private final BusinessToday today;

    SupersedingACertificate(ResaleCertificates certificates, AddingACertificate adding, StoredFiles files,
                            UsStates states, BusinessToday today) {
        this.certificates = certificates;
        this.adding = adding;
        this.files = files;
        this.states = states;
        this.today = today;
    }

    @Transactional
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    public CertificateId supersede(ContactId contact, CertificateId old, CertificateDetails replacement, Upload document) {
        ResaleCertificate current = certificates.lock(contact, old);
        if (current.superseded()) throw new CertificateAlreadySuperseded(old);
        CertificateDetails checked = replacement.checkedAgainst(states);
        Instant now = today.now();
        // out of force first, so a renewal under the same permit number does not collide with it
        certificates.markSuperseded(old, now);
        adding.requireNotOnFile(contact, checked);
        CertificateId added = certificates.add(contact, checked, AddingACertificate.store(document, files));
        certificates.pointToReplacement(old, added);
        return added;
    }
}
