package com.jeweltrak.sales.web;

import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.ReversingAWriteOff;
import com.jeweltrak.sales.WritingOffAnInvoice;
import com.jeweltrak.sales.web.InvoiceForms.WriteOffForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invoice page's "Write off as bad debt" and the write-off row's Reverse (08-accounting §Writing Off Invoices R6,
 * R7): CanVoidTransactions, a reason each; a refusal shows beside the reason box.
 */
@Controller
@RequestMapping("/sales/invoices/{id}/write-off")
@PreAuthorize("hasAuthority('CanVoidTransactions')")
class InvoiceWriteOffsController {

    private final InvoicePage page;
    private final WritingOffAnInvoice writingOff;
    private final ReversingAWriteOff reversing;

    InvoiceWriteOffsController(InvoicePage page, WritingOffAnInvoice writingOff, ReversingAWriteOff reversing) {
        this.page = page;
        this.writingOff = writingOff;
        this.reversing = reversing;
    }

    @PostMapping
    String writeOff(@PathVariable long id, @ModelAttribute("writeOffForm") WriteOffForm form, BindingResult result,
                    HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Invoice invoice = page.visible(id);
        String to = page.act(invoice, result, request, response, model, () -> {
            writingOff.writeOff(invoice.id(), form.reason());
            return null;
        });
        if (to.startsWith("redirect:")) {
            flash.addFlashAttribute("invoiceMessage", "Invoice " + invoice.numberText() + " is written off as bad debt.");
        }
        return to;
    }

    @PostMapping("/reverse")
    String reverse(@PathVariable long id, @ModelAttribute("reverseWriteOffForm") WriteOffForm form, BindingResult result,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Invoice invoice = page.visible(id);
        String to = page.act(invoice, result, request, response, model, () -> {
            reversing.reverse(invoice.id(), form.reason());
            return null;
        });
        if (to.startsWith("redirect:")) {
            flash.addFlashAttribute("invoiceMessage", "The write-off is reversed: invoice " + invoice.numberText()
                    + " is owed again.");
        }
        return to;
    }
}
