package com.jeweltrak.contacts.certificates.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.QualifyingCertificate;
import com.jeweltrak.contacts.ResaleExemption;
import com.jeweltrak.contacts.certificates.AddingACertificate;
import com.jeweltrak.contacts.certificates.AttachingADocument;
import com.jeweltrak.contacts.certificates.BusinessToday;
import com.jeweltrak.contacts.certificates.CertificateId;
import com.jeweltrak.contacts.certificates.RecordingAVerification;
import com.jeweltrak.contacts.certificates.SupersedingACertificate;
import com.jeweltrak.contacts.certificates.UsStates;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.StoredFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Resale certificates over the API, with the same rules and permissions as the contact page's section. */
@RestController
@RequestMapping("/api/v1/contacts/{contactId}")
@PreAuthorize("hasAuthority('Contacts.View')")
@Tag(name = "Resale certificates", description = "Wholesale customers' resale permits (07-contacts §Resale Certificates)")
class CertificatesApi {

    private final Contacts contacts;
    private final CertificateViews views;
    private final StoredFiles files;
    private final UsStates states;
    private final BusinessToday today;
    private final ResaleExemption exemption;
    private final AddingACertificate adding;
    private final RecordingAVerification verifying;
    private final SupersedingACertificate superseding;
    private final AttachingADocument attaching;

    CertificatesApi(Contacts contacts, CertificateViews views, StoredFiles files, UsStates states, BusinessToday today,
                    ResaleExemption exemption, AddingACertificate adding, RecordingAVerification verifying,
                    SupersedingACertificate superseding, AttachingADocument attaching) {
        this.contacts = contacts;
        this.views = views;
        this.files = files;
        this.states = states;
        this.today = today;
        this.exemption = exemption;
        this.adding = adding;
        this.verifying = verifying;
        this.superseding = superseding;
        this.attaching = attaching;
    }

    @GetMapping("/certificates")
    @Operation(summary = "The contact's resale certificates: those in force by state, then the superseded ones (R8)")
    Paged<CertificateJson> list(@PathVariable long contactId,
                                @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                                @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        ContactId contact = new ContactId(contactId);
        contacts.get(contact);
        List<CertificateJson> all = views.of(contact).stream().map(CertificateJson::of).toList();
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? 50 : Math.min(size, 200);
        int from = (int) Math.min((long) p * s, all.size());
        return new Paged<>(all.subList(from, Math.min(from + s, all.size())), p, s, all.size());
    }

    @GetMapping("/certificates/{id}")
    @Operation(summary = "One resale certificate of the contact; 404 when it is not this contact's")
    CertificateJson get(@PathVariable long contactId, @PathVariable long id) {
        return CertificateJson.of(views.get(new ContactId(contactId), new CertificateId(id)));
    }

    @PostMapping("/certificates")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Add a resale certificate (needs Contacts.Edit); the contact becomes a customer if it was not one",
            description = "It starts UNVERIFIED and exempts nothing until a VALID verification is recorded. 422 when the "
                    + "state is unknown, the expiry is before the issue date, or the permit is already on file.")
    ResponseEntity<CertificateJson> add(@PathVariable long contactId, @Valid @RequestBody CertificateRequest request) {
        ContactId contact = new ContactId(contactId);
        CertificateId id = adding.add(contact, request.toDetails(), null);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contactId + "/certificates/" + id))
                .body(CertificateJson.of(views.get(contact, id)));
    }

    @PostMapping("/certificates/{id}/verify")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Record what the state's portal said (needs Contacts.Edit); stamped with the caller and the time (R2)",
            description = "409 when the certificate was superseded.")
    CertificateJson verify(@PathVariable long contactId, @PathVariable long id, @Valid @RequestBody VerificationRequest request) {
        ContactId contact = new ContactId(contactId);
        verifying.record(contact, new CertificateId(id), request.result(), request.source());
        return CertificateJson.of(views.get(contact, new CertificateId(id)));
    }

    @PostMapping("/certificates/{id}/supersede")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Replace a certificate with a renewed or corrected one (needs Contacts.Edit); the old one is kept as SUPERSEDED (R8)",
            description = "Answers the new certificate (201), which starts UNVERIFIED. 409 when the old one was already superseded.")
    ResponseEntity<CertificateJson> supersede(@PathVariable long contactId, @PathVariable long id,
                                              @Valid @RequestBody CertificateRequest request) {
        ContactId contact = new ContactId(contactId);
        CertificateId added = superseding.supersede(contact, new CertificateId(id), request.toDetails(), null);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contactId + "/certificates/" + added))
                .body(CertificateJson.of(views.get(contact, added)));
    }

    // no "consumes": the certificate is looked up before the body is judged, so another tenant's is a 404 whatever is sent
    @PutMapping("/certificates/{id}/document")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Attach the scanned certificate as the multipart part \"document\" (needs Contacts.Edit)",
            description = "PDF, JPEG, PNG, WebP or HEIC, at most 10 MB, judged by the file's bytes; otherwise 422 with errors.document.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "multipart/form-data", schema = @Schema(implementation = DocumentUpload.class))))
    CertificateJson attach(@PathVariable long contactId, @PathVariable long id,
                           @RequestPart(name = AddingACertificate.DOCUMENT_FIELD, required = false) MultipartFile document) {
        ContactId contact = new ContactId(contactId);
        attaching.attach(contact, new CertificateId(id), CertificatesController.upload(document));
        return CertificateJson.of(views.get(contact, new CertificateId(id)));
    }

    /** The multipart body of PUT …/document, for the OpenAPI description. */
    record DocumentUpload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String document) {
    }

    @GetMapping("/certificates/{id}/document")
    @Operation(summary = "The scanned certificate, with the type it was stored as")
    ResponseEntity<byte[]> document(@PathVariable long contactId, @PathVariable long id) {
        CertificateView view = views.get(new ContactId(contactId), new CertificateId(id));
        if (view.document() == null) throw new RecordNotFound("Certificate document", id);
        return FileDownloads.inline(files.open(view.document().id()));
    }

    @GetMapping("/tax-exemption")
    @Operation(summary = "What an invoice to this customer would get: the certificate that exempts a sale in a state on a date",
            description = "Only a certificate verified VALID, in force on the date and not superseded qualifies (R3, R4, R6, R8). "
                    + "Without a state: the qualifying certificate of every state.")
    TaxExemptionJson taxExemption(@PathVariable long contactId,
                                  @Parameter(description = "Two-letter state code of the sale", example = "CA")
                                  @RequestParam(required = false) String state,
                                  @Parameter(description = "The sale date; default today in the caller's store")
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ContactId contact = new ContactId(contactId);
        contacts.get(contact);
        LocalDate on = date == null ? today.date() : date;
        if (state != null && !state.isBlank()) {
            String code = states.find(state).orElseThrow(() -> new BusinessRuleViolated("state",
                    "Unknown state code " + state.trim() + "; use a two-letter US state or territory code.")).code();
            Optional<QualifyingCertificate> found = exemption.forSale(contact, code, on);
            return new TaxExemptionJson(contactId, code, on, found.isPresent(), found.stream().toList());
        }
        List<QualifyingCertificate> found = views.of(contact).stream().map(v -> v.certificate().state()).distinct()
                .flatMap(s -> exemption.forSale(contact, s, on).stream()).toList();
        return new TaxExemptionJson(contactId, null, on, !found.isEmpty(), found);
    }
}
