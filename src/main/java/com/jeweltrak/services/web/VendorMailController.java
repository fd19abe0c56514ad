package com.jeweltrak.services.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.vendormail.EmailingAStageVendor;
import com.jeweltrak.services.vendormail.VendorMail;
import com.jeweltrak.services.vendormail.VendorMailDraft;
import com.jeweltrak.services.vendormail.VendorMailKind;
import com.jeweltrak.services.vendormail.VendorMails;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail the vendor of a stage (03-services §6): the Vendor e-mails card on the job page (the log, R6, and an "E-mail
 * vendor" button per stage with a vendor, R1) and the compose page, pre-filled and editable (R3), whose refusals — no
 * vendor, no e-mail address (R5), an empty subject — show the reason with everything typed kept.
 */
@Controller
@RequestMapping("/services/work-orders/{id}")
class VendorMailController {

    /** The compose form as typed. */
    record VendorMailForm(String kind, String subject, String body, List<Long> attachmentIds) {
    }

    /** A logged e-mail as the card shows it. */
    record MailRow(VendorMail mail, String vendorName, String sentBy) {
    }

    private final VisibleJobs jobs;
    private final EmailingAStageVendor emailing;
    private final VendorMails mails;
    private final Contacts contacts;

    VendorMailController(VisibleJobs jobs, EmailingAStageVendor emailing, VendorMails mails, Contacts contacts) {
        this.jobs = jobs;
        this.emailing = emailing;
        this.mails = mails;
        this.contacts = contacts;
    }

    @GetMapping("/vendor-mails")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String section(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        WorkOrder job = jobs.visible(id);
        List<MailRow> rows = new ArrayList<>();
        for (VendorMail m : mails.of(job.id())) rows.add(new MailRow(m, name(m.vendor()), jobs.userName(m.sentBy())));
        Map<Long, String> vendors = new LinkedHashMap<>();
        job.stages().stream().filter(s -> s.vendor() != null).forEach(s -> vendors.put(s.id(), name(s.vendor())));
        model.addAttribute("job", job);
        model.addAttribute("mails", rows);
        model.addAttribute("stageVendorNames", vendors);
        return jobs.section(htmx, "services/vendor-mails", model);
    }

    @GetMapping("/stages/{stageId}/vendor-mail")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String compose(@PathVariable long id, @PathVariable long stageId, @RequestParam(required = false) String kind, Model model) {
        WorkOrder job = jobs.visible(id);
        VendorMailKind asked = kind(kind);
        try {
            VendorMailDraft draft = emailing.draft(job.id(), stageId, asked);
            model.addAttribute("vendorMailForm", new VendorMailForm(draft.kind().value(), draft.subject(), draft.body(), List.of()));
            model.addAttribute("draft", draft);
        } catch (BusinessRuleViolated refused) {
            // R5: said at once, before anything is typed
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("vendorMailForm", new VendorMailForm(null, null, null, List.of()));
        }
        return page(job, stageId, model);
    }

    @PostMapping("/stages/{stageId}/vendor-mail")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String send(@PathVariable long id, @PathVariable long stageId, @ModelAttribute("vendorMailForm") VendorMailForm form,
                BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        WorkOrder job = jobs.visible(id);
        try {
            VendorMailKind kind = kind(form.kind());
            if (kind == null) throw new BusinessRuleViolated("kind", "Choose a quote request or a work request.");
            emailing.send(job.id(), stageId, kind, form.subject(), form.body(), form.attachmentIds());
            redirect.addFlashAttribute("flash", kind.label() + " e-mailed to the vendor.");
            return "redirect:/services/work-orders/" + id + "#vendorMails";
        } catch (BusinessRuleViolated refused) {
            FormErrors.reject(result, refused);
            response.setStatus(422);
            try {
                model.addAttribute("draft", emailing.draft(job.id(), stageId, kind(form.kind())));
            } catch (BusinessRuleViolated cannotSend) {
                model.addAttribute("refusal", cannotSend.getMessage());
            }
            return page(job, stageId, model);
        }
    }

    private String page(WorkOrder job, long stageId, Model model) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (VendorMailKind k : VendorMailKind.values()) kinds.put(k.value(), k.label());
        model.addAttribute("job", job);
        model.addAttribute("stageId", stageId);
        model.addAttribute("kinds", kinds);
        return "services/vendor-mail";
    }

    private static VendorMailKind kind(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return VendorMailKind.of(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String name(com.jeweltrak.contacts.ContactId id) {
        return id == null ? null : contacts.find(id).map(Contact::displayName).orElse(null);
    }
}
