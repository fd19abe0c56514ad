package com.jeweltrak.services.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileDownloads;
import com.jeweltrak.platform.files.FileRefused;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.attachments.AttachingAFile;
import com.jeweltrak.services.attachments.AttachmentKind;
import com.jeweltrak.services.attachments.ChangingACaption;
import com.jeweltrak.services.attachments.RemovingAnAttachment;
import com.jeweltrak.services.attachments.WorkOrderAttachment;
import com.jeweltrak.services.attachments.WorkOrderAttachments;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Photos & Attachments card of a job (03-services §7), loaded into the detail page with htmx: the gallery
 * (thumbnails for images, a labelled tile for PDFs and CAD files), "+ Add Photo" (Kind, Caption, File, Upload) and
 * delete after a confirmation. A refused upload comes back in a page of its own with the message beside the field and
 * the kind and caption kept (a browser never refills a file input).
 */
@Controller
@RequestMapping("/services/work-orders/{id}/attachments")
class WorkOrderAttachmentsController {

    /** The Add form as typed; {@code upload} only carries the file input's message (the file comes as part "file"). */
    record AttachmentForm(String kind, String caption, String upload) {
    }

    private final VisibleJobs jobs;
    private final WorkOrderAttachments attachments;
    private final AttachingAFile attaching;
    private final RemovingAnAttachment removing;
    private final ChangingACaption captioning;
    private final StoredFiles files;

    WorkOrderAttachmentsController(VisibleJobs jobs, WorkOrderAttachments attachments, AttachingAFile attaching,
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
    String section(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        WorkOrder job = jobs.visible(id);
        model.addAttribute("attachmentForm", new AttachmentForm(AttachmentKind.forJob(job.orderType()).getFirst().value(), null, null));
        prepare(job, model);
        return jobs.section(htmx, "services/attachments", model);
    }

    @PostMapping
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String upload(@PathVariable long id, @ModelAttribute("attachmentForm") AttachmentForm form, BindingResult result,
                  @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
                  Model model) {
        WorkOrder job = jobs.visible(id);
        try {
            AttachmentKind kind;
            try {
                kind = AttachmentKind.of(form.kind());
            } catch (IllegalArgumentException | NullPointerException e) {
                kind = null;
            }
            attaching.attach(job.id(), kind, form.caption(), file == null ? null : file.getOriginalFilename(), bytes(file));
            return "redirect:/services/work-orders/" + id + "#attachments";
        } catch (BusinessRuleViolated refused) {
            FormErrors.reject(result, refused instanceof FileRefused badFile ? badFile.beside("upload") : refused);
            response.setStatus(422);
            prepare(job, model);
            return jobs.section(null, "services/attachments", model);
        }
    }

    /** The file itself: images and PDFs open in the browser (R6: a PDF in a new tab), CAD files download. */
    @GetMapping("/{attachmentId}")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long attachmentId) {
        WorkOrder job = jobs.visible(id);
        return FileDownloads.inline(files.open(attachments.get(job.id(), attachmentId).file()));
    }

    @GetMapping("/{attachmentId}/thumbnail")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long attachmentId) {
        WorkOrder job = jobs.visible(id);
        WorkOrderAttachment attachment = attachments.get(job.id(), attachmentId);
        if (attachment.thumbnail() == null) throw new RecordNotFound("Thumbnail", attachmentId);
        return FileDownloads.inlineCached(files.open(attachment.thumbnail()));
    }

    /** R7: Save commits the caption; the page's Cancel closes the editor with the old text. */
    @PostMapping("/{attachmentId}/caption")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String caption(@PathVariable long id, @PathVariable long attachmentId,
                   @RequestParam(required = false) String caption, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        WorkOrder job = jobs.visible(id);
        try {
            captioning.change(job.id(), attachmentId, caption);
        } catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/services/work-orders/" + id + "#attachments";
    }

    /** R8: after the page's confirmation; audited. */
    @PostMapping("/{attachmentId}/delete")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String delete(@PathVariable long id, @PathVariable long attachmentId) {
        WorkOrder job = jobs.visible(id);
        removing.remove(job.id(), attachmentId);
        return "redirect:/services/work-orders/" + id + "#attachments";
    }

    private void prepare(WorkOrder job, Model model) {
        Map<String, String> kinds = new LinkedHashMap<>();
        AttachmentKind.forJob(job.orderType()).forEach(k -> kinds.put(k.value(), k.label()));
        model.addAttribute("job", job);
        model.addAttribute("attachments", attachments.of(job.id()));
        model.addAttribute("attachmentKinds", kinds);
        model.addAttribute("accept", com.jeweltrak.services.attachments.AttachmentLimits.ACCEPT);
        model.addAttribute("maxBytes", com.jeweltrak.services.attachments.AttachmentLimits.MAX_BYTES);
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) return null;
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
