package com.jeweltrak.contacts.certificates;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches the scanned certificate after the fact, or a better scan. The previous file is not deleted:
 * the audit log's before-image of the certificate names it, and it may be what an auditor was shown.
 */
@Service
public class AttachingADocument {

    private final ResaleCertificates certificates;
    private final StoredFiles files;

    AttachingADocument(ResaleCertificates certificates, StoredFiles files) {
        this.certificates = certificates;
        this.files = files;
    }

    @Transactional
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    public void attach(ContactId contact, CertificateId id, Upload document) {
        certificates.lock(contact, id);
        if (document == null || document.isEmpty()) {
            throw new BusinessRuleViolated(AddingACertificate.DOCUMENT_FIELD, "Choose the file to attach (PDF or a photo).");
        }
        certificates.attachDocument(id, AddingACertificate.store(document, files));
    }
}
