package com.jeweltrak.sales.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.web.InvoiceForms.EmailForm;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Print (the PDF, inline) and Email (through the outbox, the PDF attached) on the invoice page (issue 6 §6). */
@Controller
class InvoiceDocumentsController {

    private final Invoices invoices;
    private final InvoicePrinting printing;
    private final InvoicesController pages;

    InvoiceDocumentsController(Invoices invoices, InvoicePrinting printing, InvoicesController pages) {
        this.invoices = invoices;
        this.printing = printing;
        this.pages = pages;
    }

    @GetMapping("/sales/invoices/{id}/pdf")
    @PreAuthorize("hasAuthority('Invoices.View')")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Invoice invoice = visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("invoice-" + invoice.numberText() + ".pdf").build().toString())
                .body(printing.pdf(invoice));
    }

    @PostMapping("/sales/invoices/{id}/email")
    @PreAuthorize(InvoicesApi.SELLING)
    String email(@PathVariable long id, @ModelAttribute("emailForm") EmailForm form, BindingResult result,
                 HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Invoice invoice = visible(id);
        try {
            String to = printing.email(invoice, form.toAddress());
            flash.addFlashAttribute("invoiceMessage", "Invoice " + invoice.numberText() + " is on its way to " + to + ".");
            return "redirect:/sales/invoices/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return pages.show(id, request, model);
        }
    }

    private Invoice visible(long id) {
        Invoice invoice = invoices.find(new InvoiceId(id)).orElseThrow(() -> new RecordNotFound("Invoice", id));
        if (!CurrentUser.require().mayAccess(invoice.store())) throw new RecordNotFound("Invoice", id);
        return invoice;
    }
}
