package com.jeweltrak.contacts.certificates.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.certificates.AddingACertificate;
import com.jeweltrak.contacts.certificates.AttachingADocument;
import com.jeweltrak.contacts.certificates.BusinessToday;
import com.jeweltrak.contacts.certificates.CertificateId;
import com.jeweltrak.contacts.certificates.RecordingAVerification;
import com.jeweltrak.contacts.certificates.SupersedingACertificate;
import com.jeweltrak.contacts.certificates.Upload;
import com.jeweltrak.contacts.certificates.UsStates;
import com.jeweltrak.contacts.certificates.VerificationResult;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Resale Certificates section of a contact's page (§Resale Certificates UI): the contact page loads
 * it with htmx from {@code GET /contacts/{contactId}/certificates}; its forms post here and go back to
 * the contact page (post/redirect/get). A refused form comes back inside a page of its own, everything
 * typed still there.
 */
@Controller
@RequestMapping("/contacts/{contactId}/certificates")
@PreAuthorize("hasAuthority('Contacts.View')")
class CertificatesController {

    private final Contacts contacts;
    private final CertificateViews views;
    private final UsStates states;
    private final StoredFiles files;
    private final AddingACertificate adding;
    private final RecordingAVerification verifying;
    private final SupersedingACertificate superseding;
    private final AttachingADocument attaching;
    private final BusinessToday today;

    CertificatesController(Contacts contacts, CertificateViews views, UsStates states, StoredFiles files,
                           AddingACertificate adding, RecordingAVerification verifying,
                           SupersedingACertificate superseding, AttachingADocument attaching, BusinessToday today) {
        this.contacts = contacts;
        this.views = views;
        this.states = states;
        this.files = files;
        this.adding = adding;
        this.verifying = verifying;
        this.superseding = superseding;
        this.attaching = attaching;
        this.today = today;
    }

    /** The section for htmx; the same section in a page of its own when opened directly. */
    @GetMapping
    String section(@PathVariable long contactId, @RequestHeader(name = "HX-Request", required = false) String htmx,
                   Model model) {
        prepare(new ContactId(contactId), null, model);
        return htmx != null ? "contacts/certificates :: section" : "contacts/certificate-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String add(@PathVariable long contactId, @ModelAttribute("certificateForm") CertificateForm form,
               @RequestParam(name = AddingACertificate.DOCUMENT_FIELD, required = false) MultipartFile document,
               Model model, RedirectAttributes redirect) {
        ContactId contact = new ContactId(contactId);
        contacts.get(contact);
        try {
            adding.add(contact, form.toDetails(), upload(document));
            return back(contact, "Resale certificate added. Verify it on the state's portal before selling tax-free.", redirect);
        } catch (BusinessRuleViolated refused) {
            return refused(contact, new FailedForm("add", null, form, errors(refused)), model);
        }
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String verify(@PathVariable long contactId, @PathVariable long id,
                  @ModelAttribute("verificationForm") VerificationForm form, Model model, RedirectAttributes redirect) {
        ContactId contact = new ContactId(contactId);
        views.get(contact, new CertificateId(id));
        try {
            VerificationResult result = form.toResult();
            verifying.record(contact, new CertificateId(id), result, form.source());
            return back(contact, "Verification recorded.", redirect);
        } catch (BusinessRuleViolated refused) {
            return refused(contact, new FailedForm("verify", id, form, errors(refused)), model);
        }
    }

    @PostMapping("/{id}/supersede")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String supersede(@PathVariable long contactId, @PathVariable long id,
                     @ModelAttribute("replacementForm") CertificateForm form,
                     @RequestParam(name = AddingACertificate.DOCUMENT_FIELD, required = false) MultipartFile document,
                     Model model, RedirectAttributes redirect) {
        ContactId contact = new ContactId(contactId);
        views.get(contact, new CertificateId(id));
        try {
            superseding.supersede(contact, new CertificateId(id), form.toDetails(), upload(document));
            return back(contact, "Certificate replaced; the old one is kept as superseded.", redirect);
        } catch (BusinessRuleViolated refused) {
            return refused(contact, new FailedForm("replace", id, form, errors(refused)), model);
        }
    }

    @PostMapping("/{id}/document")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String attach(@PathVariable long contactId, @PathVariable long id,
                  @RequestParam(name = AddingACertificate.DOCUMENT_FIELD, required = false) MultipartFile document,
                  Model model, RedirectAttributes redirect) {
        ContactId contact = new ContactId(contactId);
        views.get(contact, new CertificateId(id));
        try {
            attaching.attach(contact, new CertificateId(id), upload(document));
            return back(contact, "Document attached.", redirect);
        } catch (BusinessRuleViolated refused) {
            return refused(contact, new FailedForm("document", id, null, errors(refused)), model);
        }
    }

    /** The scanned certificate, only through the certificate it belongs to (and so only to its tenant). */
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long contactId, @PathVariable long id) {
        CertificateView view = views.get(new ContactId(contactId), new CertificateId(id));
        if (view.document() == null) throw new RecordNotFound("Certificate document", id);
        return FileDownloads.inline(files.open(view.document().id()));
    }

    private String refused(ContactId contact, FailedForm failed, Model model) {
        prepare(contact, failed, model);
        return "contacts/certificate-form";
    }

    private void prepare(ContactId contactId, FailedForm failed, Model model) {
        Contact contact = contacts.get(contactId);
        List<CertificateView> certificates = views.of(contactId);
        Map<Long, String> permits = new HashMap<>();
        certificates.forEach(v -> permits.put(v.id(), v.certificate().permitNumber()));
        model.addAttribute("contact", contact);
        model.addAttribute("isCustomer", contact.hasRole(ContactRole.CUSTOMER));
        model.addAttribute("certificates", certificates);
        model.addAttribute("replacements", permits);
        model.addAttribute("zone", today.zone());
        model.addAttribute("states", states.all());
        model.addAttribute("results", VerificationResult.values());
        model.addAttribute("accept", StoredFiles.ACCEPT_ATTRIBUTE);
        model.addAttribute("maxBytes", StoredFiles.MAX_BYTES);
        model.addAttribute("failed", failed);
        model.addAttribute("addForm", failed != null && failed.is("add", null) ? failed.values() : CertificateForm.blank());
    }

    private static String back(ContactId contact, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/contacts/" + contact + "#certificates";
    }

    private static Map<String, String> errors(BusinessRuleViolated refused) {
        return Map.of(refused.field() == null ? "form" : refused.field(), refused.getMessage());
    }

    static Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) return null;
        try {
            return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
