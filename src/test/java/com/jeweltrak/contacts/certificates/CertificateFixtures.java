package com.jeweltrak.contacts.certificates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.TaxStatus;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Contacts and certificates of a test tenant, made through the real use cases as the tenant's owner. */
@Component
public class CertificateFixtures {

    /** The smallest file that is a PDF by its bytes. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Contacts contacts;
    private final AddingACertificate adding;
    private final RecordingAVerification verifying;

    CertificateFixtures(Contacts contacts, AddingACertificate adding, RecordingAVerification verifying) {
        this.contacts = contacts;
        this.adding = adding;
        this.verifying = verifying;
    }

    /**
     * Runs work as the tenant's owner, signed in with the contact permissions the use cases check
     * (their @PreAuthorize guards the service layer too, not only the controllers).
     */
    public static <T> T asOwner(TestTenants.Tenant tenant, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(tenant.owner().email(), null,
                AuthorityUtils.createAuthorityList("Contacts.View", "Contacts.Edit")));
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public ContactId contact(TestTenants.Tenant tenant, String company, ContactRole... roles) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> contacts.add(Contact.draft(
                new Contact.Name(null, null, company, null), roles.length == 0 ? Set.of() : Set.of(roles), null, null,
                null, TaxStatus.RESALE, null, null, false, false, null, null)));
    }

    public CertificateId certificate(TestTenants.Tenant tenant, ContactId contact, String state, String permit,
                                     LocalDate expiresOn, boolean withDocument) {
        return asOwner(tenant, () -> adding.add(contact,
                new CertificateDetails(state, permit, null, expiresOn, null),
                withDocument ? new Upload("permit-" + permit + ".pdf", "application/pdf", PDF) : null));
    }

    public void verify(TestTenants.Tenant tenant, ContactId contact, CertificateId id, VerificationResult result) {
        asOwner(tenant, () -> {
            verifying.record(contact, id, result, null);
            return null;
        });
    }

    /** A certificate verified VALID, as most rules start from. */
    public CertificateId valid(TestTenants.Tenant tenant, ContactId contact, String state, String permit, LocalDate expiresOn) {
        CertificateId id = certificate(tenant, contact, state, permit, expiresOn, false);
        verify(tenant, contact, id, VerificationResult.VALID);
        return id;
    }
}
