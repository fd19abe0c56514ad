package com.jeweltrak.contacts.certificates;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R2: someone checked the permit on the state's portal and records what it said. JewelTrak stamps who
 * (the signed-in user, never a name typed in) and when (the clock), so the record stands up in a sales-tax
 * audit; an earlier check is kept in the audit log. The source defaults to the state's portal.
 */
@Service
public class RecordingAVerification {

    private final ResaleCertificates certificates;
    private final UsStates states;
    private final BusinessToday today;

    RecordingAVerification(ResaleCertificates certificates, UsStates states, BusinessToday today) {
        this.certificates = certificates;
        this.states = states;
        this.today = today;
    }

    @Transactional
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    public void record(ContactId contact, CertificateId id, VerificationResult result, String source) {
        ResaleCertificate certificate = certificates.lock(contact, id);
        if (certificate.superseded()) throw new CertificateAlreadySuperseded(id);
        if (result == null) throw new BusinessRuleViolated("result", "Choose what the state's portal said.");
        UserId by = TenantContext.current().map(TenantContext.Actor::user)
                .orElseThrow(() -> new IllegalStateException("A verification is recorded by a signed-in person"));
        String where = source == null || source.isBlank()
                ? states.find(certificate.state()).map(UsStates.UsState::portalUrl).orElse(null)
                : source.trim();
        if (where != null && where.length() > 500) {
            throw new BusinessRuleViolated("source", "Keep the source to 500 characters (the portal's address or name).");
        }
        certificates.recordVerification(id, today.now(), by, result, where);
    }
}
