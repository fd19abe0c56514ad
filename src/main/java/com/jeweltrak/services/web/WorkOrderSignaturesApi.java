package com.jeweltrak.services.web;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.services.SigningAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderSignature;
import com.jeweltrak.services.WorkOrderSignatures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A job's customer signatures over the API (03-services §5): 404 for another tenant's job, 422 for an empty drawing. */
@RestController
@RequestMapping("/api/v1/work-orders/{id}/signatures")
@Tag(name = "Work orders")
class WorkOrderSignaturesApi {

    record SignatureRequest(String kind, String signerName, String image, String deviceInfo) {
    }

    /** {@code image} is the PNG, base64; {@code wording} what the signer acknowledged. */
    record SignatureJson(long id, String kind, String signerName, String wording, Instant signedAt, Long capturedById,
                         String image) {
    }

    private final VisibleJobs jobs;
    private final WorkOrderSignatures signatures;
    private final SigningAWorkOrder signing;
    private final StoredFiles files;

    WorkOrderSignaturesApi(VisibleJobs jobs, WorkOrderSignatures signatures, SigningAWorkOrder signing, StoredFiles files) {
        this.jobs = jobs;
        this.signatures = signatures;
        this.signing = signing;
        this.files = files;
    }

    @GetMapping
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The job's signatures (intake, pickup), each with signer, wording, time and the PNG as base64")
    List<SignatureJson> list(@PathVariable long id) {
        WorkOrder job = jobs.visible(id);
        return signatures.of(job.id()).stream().map(this::json).toList();
    }

    @PostMapping
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Sign the job: kind intake or pickup, the signer's name and the drawing as a base64 PNG; replaces "
            + "an earlier signature of that kind; 422 for an empty drawing, a missing name or a pickup before ready for pickup")
    ResponseEntity<SignatureJson> sign(@PathVariable long id, @RequestBody SignatureRequest request) {
        WorkOrder job = jobs.visible(id);
        SignatureForm form = new SignatureForm(request.kind(), request.signerName(), request.image(), request.deviceInfo());
        signing.sign(job.id(), form.signatureKind(), form.signerName(), form.png(), form.deviceInfo());
        WorkOrderSignature signed = signatures.find(job.id(), form.signatureKind()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + id + "/signatures")).body(json(signed));
    }

    private SignatureJson json(WorkOrderSignature s) {
        return new SignatureJson(s.id(), s.kind().value(), s.signerName(), s.wording(), s.signedAt(),
                s.capturedBy() == null ? null : s.capturedBy().value(),
                Base64.getEncoder().encodeToString(files.open(s.image()).bytes()));
    }
}
