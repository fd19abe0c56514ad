package com.jeweltrak.services.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.SignatureKind;
import com.jeweltrak.services.SignatureWording;
import com.jeweltrak.services.SigningAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderSignature;
import com.jeweltrak.services.WorkOrderSignatures;
import com.jeweltrak.services.WorkOrderStatus;
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

/**
 * The Signatures card of a job (03-services §5), loaded into the detail page with htmx, and the signing pad: a page of
 * its own (full screen on a tablet or phone) with the wording to acknowledge, the signer's name, Clear, Accept and
 * Cancel. A refused signature comes back on the pad with the message beside it and the drawing kept.
 */
@Controller
@RequestMapping("/services/work-orders/{id}")
class WorkOrderSignaturesController {

    /** A signature as the card shows it: the PNG inline (a data URL; a few kilobytes), so it needs no route of its own. */
    record SignatureView(WorkOrderSignature signature, String capturedBy, String image) {
    }

    private final VisibleJobs jobs;
    private final WorkOrderSignatures signatures;
    private final SigningAWorkOrder signing;
    private final SignatureWording wording;
    private final StoredFiles files;
    private final Contacts contacts;

    WorkOrderSignaturesController(VisibleJobs jobs, WorkOrderSignatures signatures, SigningAWorkOrder signing,
                                  SignatureWording wording, StoredFiles files, Contacts contacts) {
        this.jobs = jobs;
        this.signatures = signatures;
        this.signing = signing;
        this.wording = wording;
        this.files = files;
        this.contacts = contacts;
    }

    /** The card for htmx; opened directly, the card in a page of its own. */
    @GetMapping("/signatures")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String section(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        WorkOrder job = jobs.visible(id);
        List<SignatureView> views = new ArrayList<>();
        for (WorkOrderSignature s : signatures.of(job.id())) {
            views.add(new SignatureView(s, jobs.userName(s.capturedBy()),
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(files.open(s.image()).bytes())));
        }
        model.addAttribute("job", job);
        model.addAttribute("signatures", views);
        // R3: intake is offered from the start; the pickup receipt once the piece is ready or handed over
        List<SignatureKind> offered = new ArrayList<>(List.of(SignatureKind.INTAKE));
        if (job.status() == WorkOrderStatus.RP || job.status() == WorkOrderStatus.PICKED_UP) offered.add(SignatureKind.PICKUP);
        model.addAttribute("offered", offered);
        return jobs.section(htmx, "services/signatures", model);
    }

    @GetMapping("/signatures/new")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String pad(@PathVariable long id, @RequestParam(defaultValue = "intake") String kind, Model model) {
        WorkOrder job = jobs.visible(id);
        SignatureKind signatureKind = new SignatureForm(kind, null, null, null).signatureKind();
        model.addAttribute("signatureForm", SignatureForm.blank(signatureKind, customerName(job)));
        return pad(job, signatureKind, model);
    }

    @PostMapping("/signatures")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String sign(@PathVariable long id, @ModelAttribute("signatureForm") SignatureForm form, BindingResult result,
                HttpServletResponse response, Model model) {
        WorkOrder job = jobs.visible(id);
        try {
            signing.sign(job.id(), form.signatureKind(), form.signerName(), form.png(), form.deviceInfo());
            return "redirect:/services/work-orders/" + id + "#signatures";
        } catch (BusinessRuleViolated refused) {
            FormErrors.reject(result, refused);
            response.setStatus(422);
            SignatureKind kind;
            try {
                kind = form.signatureKind();
            } catch (BusinessRuleViolated unknown) {
                kind = SignatureKind.INTAKE;
            }
            return pad(job, kind, model);
        }
    }

    private String pad(WorkOrder job, SignatureKind kind, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("kind", kind);
        model.addAttribute("wording", wording.of(job.store(), kind));
        return "services/signature-pad";
    }

    private String customerName(WorkOrder job) {
        return job.customer() == null ? null : contacts.find(job.customer()).map(Contact::displayName).orElse(null);
    }
}
