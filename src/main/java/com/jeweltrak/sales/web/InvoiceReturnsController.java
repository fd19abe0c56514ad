package com.jeweltrak.sales.web;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.idempotency.FormIdempotency;
import com.jeweltrak.sales.AddingAReturnLine;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.RefundingACustomer;
import com.jeweltrak.sales.web.InvoiceForms.RefundForm;
import com.jeweltrak.sales.web.InvoiceForms.ReturnForm;
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

/**
 * Returns and refunds on the invoice page (02-sales §Returns and Exchanges): "Return…" adds a line of the customer's
 * earlier invoices coming back (R2); "Refund customer" pays back a negative balance (R4–R6).
 */
@Controller
@RequestMapping("/sales")
class InvoiceReturnsController {

    private final InvoicePage page;
    private final AddingAReturnLine returning;
    private final RefundingACustomer refunding;
    private final FormIdempotency idempotency;

    InvoiceReturnsController(InvoicePage page, AddingAReturnLine returning, RefundingACustomer refunding,
                             FormIdempotency idempotency) {
        this.page = page;
        this.returning = returning;
        this.refunding = refunding;
        this.idempotency = idempotency;
    }

    @PostMapping("/invoices/{id}/returns")
    @PreAuthorize(InvoicesApi.SELLING)
    String addReturn(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> {
            if (form.sourceLineId() == null) throw new BusinessRuleViolated("sourceLineId", "Choose the line coming back.");
            returning.add(invoice.id(), form.sourceLineId(), InvoiceJson.decimal("quantity", form.quantity()));
            return null;
        });
    }

    @PostMapping("/invoices/{id}/refunds")
    @PreAuthorize(InvoicesApi.SELLING)
    String refund(@PathVariable long id, @ModelAttribute("refundForm") RefundForm form, BindingResult result,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> idempotency.once(form.idempotencyKey(),
                "refund on invoice " + id, () -> {
                    BigDecimal amount = InvoiceJson.decimal("amount", form.amount());
                    refunding.refund(invoice.id(), new RefundingACustomer.Request(InvoiceInput.method(form.method()), amount,
                            blankToNull(form.checkNumber()), blankToNull(form.cardLast4()), blankToNull(form.reference()),
                            blankToNull(form.giftCardNumber()), Boolean.TRUE.equals(form.reloadGiftCard())));
                    return "/sales/invoices/" + id;
                }));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
