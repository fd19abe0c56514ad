package com.jeweltrak.services.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.vendormail.EmailingAStageVendor;
import com.jeweltrak.services.vendormail.VendorMail;
import com.jeweltrak.services.vendormail.VendorMailDraft;
import com.jeweltrak.services.vendormail.VendorMailKind;
import com.jeweltrak.services.vendormail.VendorMails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** E-mails to a stage's vendor over the API (03-services §6): the pre-filled draft, sending it, the job's log. */
@RestController
@RequestMapping("/api/v1/work-orders/{id}")
@Tag(name = "Work orders")
class VendorMailApi {

    /** {@code sendable} false with the {@code reason} when the stage has no vendor or the vendor no address (R5). */
    record DraftJson(boolean sendable, String reason, Long stageId, String vendorName, String toAddress, String kind,
                     String subject, String body, List<VendorMailDraft.Attachable> attachable) {
    }

    /** Subject and body left out: the draft's. */
    record VendorMailRequest(String kind, String subject, String body, List<Long> attachmentIds) {
    }

    record VendorMailJson(long id, long stageId, String stageName, long vendorId, String kind, String toAddress,
                          String subject, String body, Instant sentAt, Long sentById) {

        static VendorMailJson of(VendorMail m) {
            return new VendorMailJson(m.id(), m.stageId(), m.stageName(), m.vendor().value(), m.kind().value(), m.toAddress(),
                    m.subject(), m.body(), m.sentAt(), m.sentBy() == null ? null : m.sentBy().value());
        }
    }

    private final VisibleJobs jobs;
    private final EmailingAStageVendor emailing;
    private final VendorMails mails;

    VendorMailApi(VisibleJobs jobs, EmailingAStageVendor emailing, VendorMails mails) {
        this.jobs = jobs;
        this.emailing = emailing;
        this.mails = mails;
    }

    @GetMapping("/stages/{stageId}/vendor-mail")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "The pre-filled quote or work request to the stage's vendor (kind quote_request or work_request; "
            + "default from the job's status), or why none can be sent")
    DraftJson draft(@PathVariable long id, @PathVariable long stageId, @RequestParam(required = false) String kind) {
        WorkOrder job = jobs.visible(id);
        try {
            VendorMailDraft d = emailing.draft(job.id(), stageId, kind == null ? null : kind(kind));
            return new DraftJson(true, null, d.stageId(), d.vendorName(), d.toAddress(), d.kind().value(), d.subject(), d.body(),
                    d.attachable());
        } catch (BusinessRuleViolated refused) {
            return new DraftJson(false, refused.getMessage(), stageId, null, null, null, null, null, List.of());
        }
    }

    @PostMapping("/stages/{stageId}/vendor-mail")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "E-mail the stage's vendor through the outbox and log it on the job; 422 when the stage has no vendor "
            + "or the vendor no e-mail address")
    ResponseEntity<VendorMailJson> send(@PathVariable long id, @PathVariable long stageId, @RequestBody VendorMailRequest request) {
        WorkOrder job = jobs.visible(id);
        VendorMailKind asked = request.kind() == null ? null : kind(request.kind());
        VendorMailDraft draft = emailing.draft(job.id(), stageId, asked);
        long sent = emailing.send(job.id(), stageId, draft.kind(),
                request.subject() == null ? draft.subject() : request.subject(),
                request.body() == null ? draft.body() : request.body(), request.attachmentIds());
        VendorMail logged = mails.of(job.id()).stream().filter(m -> m.id() == sent).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + id + "/vendor-mails")).body(VendorMailJson.of(logged));
    }

    @GetMapping("/vendor-mails")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The e-mails sent to the job's stage vendors, newest first: who, when, to, subject, body")
    List<VendorMailJson> log(@PathVariable long id) {
        WorkOrder job = jobs.visible(id);
        return mails.of(job.id()).stream().map(VendorMailJson::of).toList();
    }

    private static VendorMailKind kind(String value) {
        try {
            return VendorMailKind.of(value);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("kind", "The kind is quote_request or work_request.");
        }
    }
}
