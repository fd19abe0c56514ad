package com.jeweltrak.sales.web;

import java.math.BigDecimal;

import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.MovingAPaymentToCredit;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.platform.idempotency.FormIdempotency;
import com.jeweltrak.sales.web.InvoiceForms.TenderForm;
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
 * The payments card of the invoice page (08-accounting §Applying Payments, §Voiding Payments; decision 1): take a
 * tender, void one, move payments to the customer's credit on account — the void screen's one click.
 */
@Controller
@RequestMapping("/sales")
class InvoicePaymentsController {

    private final InvoicePage page;
    private final Invoices invoices;
    private final TakingATender tenders;
    private final VoidingATender voidingTender;
    private final MovingAPaymentToCredit movingToCredit;
    private final FormIdempotency idempotency;

    InvoicePaymentsController(InvoicePage page, Invoices invoices, TakingATender tenders, VoidingATender voidingTender,
                              MovingAPaymentToCredit movingToCredit, FormIdempotency idempotency) {
        this.page = page;
        this.invoices = invoices;
        this.tenders = tenders;
        this.voidingTender = voidingTender;
        this.movingToCredit = movingToCredit;
        this.idempotency = idempotency;
    }

    @PostMapping("/invoices/{id}/payments")
    @PreAuthorize(InvoicesApi.SELLING)
    String takePayment(@PathVariable long id, @ModelAttribute("tenderForm") TenderForm form, BindingResult result,
                       HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> idempotency.once(form.idempotencyKey(),
                "payment on invoice " + id, () -> {
                    PaymentMethod method = InvoiceInput.method(form.method());
                    BigDecimal amount = InvoiceJson.decimal("amount", form.amount());
                    PaymentId payment = tenders.take(invoice.id(), new TakingATender.Request(method, amount,
                            blankToNull(form.methodName()), blankToNull(form.checkNumber()), blankToNull(form.cardLast4()),
                            blankToNull(form.authCode()), blankToNull(form.giftCardNumber())));
                    BigDecimal change = invoices.get(invoice.id()).payment(payment).changeDue();
                    if (change != null && change.signum() > 0) {
                        flash.addFlashAttribute("changeDue", InvoiceRow.money(change));
                    }
                    return "/sales/invoices/" + id;
                }));
    }

    @PostMapping("/invoices/{id}/payments/{paymentId}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String voidPayment(@PathVariable long id, @PathVariable long paymentId, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        invoice.payment(new PaymentId(paymentId));
        return page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            voidingTender.voidTender(invoice.id(), new PaymentId(paymentId), null);
            return null;
        });
    }

    @PostMapping("/invoices/{id}/payments/{paymentId}/to-credit")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String moveToCredit(@PathVariable long id, @PathVariable long paymentId, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        invoice.payment(new PaymentId(paymentId));
        return page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            movingToCredit.move(invoice.id(), new PaymentId(paymentId));
            return null;
        });
    }

    /** The void screen's button: every applied payment becomes credit on account, so the invoice can be voided. */
    @PostMapping("/invoices/{id}/payments/to-credit")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String moveAllToCredit(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
                           RedirectAttributes flash) {
        Invoice invoice = page.visible(id);
        String to = page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            movingToCredit.moveAll(invoice.id());
            return null;
        });
        if (to.startsWith("redirect:")) {
            flash.addFlashAttribute("invoiceMessage", "The payments are now the customer's credit on account. "
                    + "The invoice can be voided.");
        }
        return to;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
