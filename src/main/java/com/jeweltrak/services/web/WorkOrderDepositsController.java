package com.jeweltrak.services.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.InvoicingTheJob;
import com.jeweltrak.services.ReturningADeposit;
import com.jeweltrak.services.TakingADeposit;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.deposits.DepositReceipts;
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

/** The Deposits card of a job (03-services §3): Take Deposit, receipt, refund or store credit, Create Invoice. */
@Controller
@RequestMapping("/services/work-orders/{id}")
class WorkOrderDepositsController {

    private final WorkOrderPage page;
    private final TakingADeposit taking;
    private final ReturningADeposit returning;
    private final InvoicingTheJob invoicing;
    private final DepositReceipts receipts;

    WorkOrderDepositsController(WorkOrderPage page, TakingADeposit taking, ReturningADeposit returning,
                                InvoicingTheJob invoicing, DepositReceipts receipts) {
        this.page = page;
        this.taking = taking;
        this.returning = returning;
        this.invoicing = invoicing;
        this.receipts = receipts;
    }

    /** R2–R4: Record Deposit. */
    @PostMapping("/deposits")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String take(@PathVariable long id, @ModelAttribute("depositForm") DepositsCard.DepositForm form, BindingResult result,
                HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model, () -> taking.take(job.id(), new TakingADeposit.Request(
                WorkOrderForms.decimal("amount", form.amount()), DepositMethod.of(form.method()), form.reference(),
                form.notes())));
    }

    /** R8: paid back — by the chosen method, or the way it came. */
    @PostMapping("/deposits/{depositId}/refund")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String refund(@PathVariable long id, @PathVariable long depositId, @ModelAttribute("refundForm") DepositsCard.RefundForm form,
                  BindingResult result, HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model,
                () -> returning.refund(job.id(), depositId, DepositMethod.of(form.method()), form.reference()));
    }

    /** R8: the cancel screen's other choice — the customer's store credit. */
    @PostMapping("/deposits/{depositId}/store-credit")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String storeCredit(@PathVariable long id, @PathVariable long depositId,
                       @ModelAttribute("refundForm") DepositsCard.RefundForm form, BindingResult result,
                       HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model, () -> returning.moveToStoreCredit(job.id(), depositId));
    }

    /** R9: the printable deposit receipt. */
    @GetMapping("/deposits/{depositId}/receipt.pdf")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long depositId) {
        WorkOrder job = page.visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("deposit-" + depositId + ".pdf").build().toString())
                .body(receipts.pdf(job, depositId));
    }

    /** R7, §14: Create Invoice — the invoice opens with every held deposit applied. */
    @PostMapping("/invoice")
    @PreAuthorize(WorkOrderPermissions.EDIT + " and hasAuthority('Invoices.Create')")
    String invoice(@PathVariable long id, @ModelAttribute("invoiceForm") DepositsCard.RefundForm form, BindingResult result,
                   HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        try {
            return "redirect:/sales/invoices/" + invoicing.invoice(job.id()).value();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return page.render(job, model);
        }
    }
}
