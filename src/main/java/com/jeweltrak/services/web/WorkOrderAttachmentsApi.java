package com.jeweltrak.services.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.attachments.AttachingAFile;
import com.jeweltrak.services.attachments.AttachmentKind;
import com.jeweltrak.services.attachments.ChangingACaption;
import com.jeweltrak.services.attachments.RemovingAnAttachment;
import com.jeweltrak.services.attachments.WorkOrderAttachment;
import com.jeweltrak.services.attachments.WorkOrderAttachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A job's photos, drawings and CAD files over the API (03-services §7): 404 for another tenant's job or attachment,
 * 422 for a disallowed type, a file over 8 MB or a kind the job type does not offer.
 */
@RestController
@RequestMapping("/api/v1/work-orders/{id}/attachments")
@Tag(name = "Work orders")
class WorkOrderAttachmentsApi {

    record AttachmentJson(long id, String kind, String caption, String fileName, String extension, String contentType,
                          long size, boolean hasThumbnail, Instant createdAt, Long createdById) {

        static AttachmentJson of(WorkOrderAttachment a) {
            return new AttachmentJson(a.id(), a.kind().value(), a.caption(), a.fileName(), a.extension(), a.contentType(),
                    a.size(), a.thumbnail() != null, a.createdAt(), a.createdBy() == null ? null : a.createdBy().value());
        }
    }

    private final VisibleJobs jobs;
    private final WorkOrderAttachments attachments;
    private final AttachingAFile attaching;
    private final RemovingAnAttachment removing;
    private final ChangingACaption captioning;
    private final StoredFiles files;

    record CaptionRequest(String caption) {
    }

    WorkOrderAttachmentsApi(VisibleJobs jobs, WorkOrderAttachments attachments, AttachingAFile attaching,
                            RemovingAnAttachment removing, ChangingACaption captioning, StoredFiles files) {
        this.captioning = captioning;
        this.jobs = jobs;
        this.attachments = attachments;
        this.attaching = attaching;
        this.removing = removing;
        this.files = files;
    }

    @GetMapping
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The job's attachments, oldest first")
    List<AttachmentJson> list(@PathVariable long id) {
        WorkOrder job = jobs.visible(id);
        return attachments.of(job.id()).stream().map(AttachmentJson::of).toList();
    }

    @PostMapping
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Attach a file (multipart part 'file'; kind, caption as fields): PNG, JPG, WebP, GIF, PDF, STL, OBJ, "
            + "3DM, DWG, DXF, STEP/STP, IGES/IGS, X_T/X_B, at most 8 MB; 422 for another type, a bigger file or a kind the job "
            + "type does not offer")
    ResponseEntity<AttachmentJson> attach(@PathVariable long id, @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String caption,
                                          @RequestParam(name = "file", required = false) MultipartFile file) {
        WorkOrder job = jobs.visible(id);
        AttachmentKind attachmentKind;
        try {
            attachmentKind = AttachmentKind.of(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleViolated("kind", "Unknown kind " + kind + ".");
        }
        long created = attaching.attach(job.id(), attachmentKind, caption, file == null ? null : file.getOriginalFilename(),
                WorkOrderAttachmentsController.bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + id + "/attachments/" + created + "/content"))
                .body(AttachmentJson.of(attachments.get(job.id(), created)));
    }

    @GetMapping("/{attachmentId}/content")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The attached file's bytes with the type they were kept as (CAD files as application/octet-stream)")
    ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long attachmentId) {
        WorkOrder job = jobs.visible(id);
        return FileDownloads.inline(files.open(attachments.get(job.id(), attachmentId).file()));
    }

    @org.springframework.web.bind.annotation.PutMapping("/{attachmentId}")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Change an attachment's caption (blank clears it)")
    AttachmentJson caption(@PathVariable long id, @PathVariable long attachmentId,
                           @org.springframework.web.bind.annotation.RequestBody CaptionRequest request) {
        WorkOrder job = jobs.visible(id);
        captioning.change(job.id(), attachmentId, request.caption());
        return AttachmentJson.of(attachments.get(job.id(), attachmentId));
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an attachment (audited); cannot be undone")
    void delete(@PathVariable long id, @PathVariable long attachmentId) {
        WorkOrder job = jobs.visible(id);
        removing.remove(job.id(), attachmentId);
    }
}
