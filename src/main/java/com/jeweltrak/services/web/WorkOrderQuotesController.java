package com.jeweltrak.services.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.quotes.QuotePrinting;
import com.jeweltrak.services.quotes.RevisingTheQuote;
import com.jeweltrak.services.web.WorkOrderForms.EmailForm;
import com.jeweltrak.services.web.WorkOrderForms.QuoteForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Quote History card of a custom or production job (03-services §4): Save Revision, Quote PDF →, e-mail it. */
@Controller
@RequestMapping("/services/work-orders/{id}")
class WorkOrderQuotesController {

    private final WorkOrderPage page;
    private final RevisingTheQuote revising;
    private final QuotePrinting printing;

    WorkOrderQuotesController(WorkOrderPage page, RevisingTheQuote revising, QuotePrinting printing) {
        this.page = page;
        this.revising = revising;
        this.printing = printing;
    }

    /** R2: Save Revision — a new version, the job's price quoted follows. */
    @PostMapping("/quotes")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String revise(@PathVariable long id, @ModelAttribute("quoteForm") QuoteForm form, BindingResult result,
                  HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model,
                () -> revising.revise(job.id(), WorkOrderForms.decimal("amount", form.amount()), form.notes()));
    }

    /** R5, R6: the Quote PDF, opened in a new tab; only when the job has a price quoted (else 404). */
    @GetMapping("/quote.pdf")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        WorkOrder job = page.visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("quote-" + job.numberText() + ".pdf").build().toString())
                .body(printing.pdf(job));
    }

    /** R8: the Quote PDF e-mailed through the outbox. */
    @PostMapping("/quote/email")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String email(@PathVariable long id, @ModelAttribute("quoteEmailForm") EmailForm form, BindingResult result,
                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        WorkOrder job = page.visible(id);
        try {
            if (job.priceQuoted() == null) throw new BusinessRuleViolated("toAddress", "There is no quote to send yet.");
            String to = printing.email(job, form.toAddress());
            flash.addFlashAttribute("flash", "The quote for job " + job.numberText() + " is on its way to " + to + ".");
            return "redirect:/services/work-orders/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return page.render(job, model);
        }
    }
}
