package com.jeweltrak.contacts.certificates;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.contacts.ContactWasMerged;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.FileRefused;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a resale certificate on a contact (R1), with its scanned document when there is one. A
 * certificate is a customer's (it is what lets us sell to them tax-free), so a contact that is not a
 * customer yet becomes one — the same record gains the role, as when it is picked as an invoice's
 * customer (Unified Contacts R7, R3). It starts unverified: it exempts nothing until checked (R2).
 */
@Service
public class AddingACertificate {

    /** The form and API field the document comes in. */
    public static final String DOCUMENT_FIELD = "document";

    private final Contacts contacts;
    private final ContactRoles roles;
    private final ResaleCertificates certificates;
    private final StoredFiles files;
    private final UsStates states;

    AddingACertificate(Contacts contacts, ContactRoles roles, ResaleCertificates certificates, StoredFiles files,
                       UsStates states) {
        this.contacts = contacts;
        this.roles = roles;
        this.certificates = certificates;
        this.files = files;
        this.states = states;
    }

    @Transactional
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    public CertificateId add(ContactId contact, CertificateDetails details, Upload document) {
        Contact holder = contacts.get(contact);
        // a merged contact is history: its certificates belong on the contact it was merged into (Consolidation R5)
        if (holder.isMerged()) throw new ContactWasMerged(contact, holder.mergedInto());
        CertificateDetails checked = details.checkedAgainst(states);
        requireNotOnFile(contact, checked);
        roles.ensure(contact, ContactRole.CUSTOMER);
        return certificates.add(contact, checked, store(document, files));
    }

    void requireNotOnFile(ContactId contact, CertificateDetails details) {
        boolean onFile = certificates.current(contact, details.state()).stream()
                .anyMatch(c -> c.permitNumber().equalsIgnoreCase(details.permitNumber()));
        if (onFile) throw new CertificateAlreadyOnFile(details.state(), details.permitNumber());
    }

    /** Keeps the document, refusals shown beside the document field; none when nothing was uploaded. */
    static FileId store(Upload document, StoredFiles files) {
        if (document == null || document.isEmpty()) return null;
        try {
            return files.store(document.fileName(), document.contentType(), document.bytes());
        } catch (FileRefused refused) {
            throw refused.beside(DOCUMENT_FIELD);
        }
    }
}
