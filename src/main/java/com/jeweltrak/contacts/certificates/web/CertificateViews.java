package com.jeweltrak.contacts.certificates.web;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.certificates.BusinessToday;
import com.jeweltrak.contacts.certificates.CertificateId;
import com.jeweltrak.contacts.certificates.ResaleCertificate;
import com.jeweltrak.contacts.certificates.ResaleCertificates;
import com.jeweltrak.contacts.certificates.UsStates;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads certificates with what their views need, in one read-only transaction. */
@Component
@Transactional(readOnly = true)
class CertificateViews {

    private final ResaleCertificates certificates;
    private final StoredFiles files;
    private final UsStates states;
    private final BusinessToday today;

    CertificateViews(ResaleCertificates certificates, StoredFiles files, UsStates states, BusinessToday today) {
        this.certificates = certificates;
        this.files = files;
        this.states = states;
        this.today = today;
    }

    List<CertificateView> of(ContactId contact) {
        LocalDate date = today.date();
        return certificates.of(contact).stream().map(c -> view(c, date)).toList();
    }

    CertificateView get(ContactId contact, CertificateId id) {
        return view(certificates.get(contact, id), today.date());
    }

    private CertificateView view(ResaleCertificate c, LocalDate date) {
        return CertificateView.of(c, date, states, c.document() == null ? null : files.find(c.document()).orElse(null));
    }
}
