package com.jeweltrak.services.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDeposits;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The Deposits card of a customer's job (03-services §3 R1: only while the job has no invoice) with Take Deposit, each
 * deposit's receipt and — while held — Refund / Move to store credit (R8); Create Invoice (R7); once invoiced, a link
 * to the job's invoice instead.
 */
@Component
class DepositsCard implements WorkOrderCard {

    record DepositForm(String amount, String method, String reference, String notes) {
        static DepositForm blank() {
            return new DepositForm(null, DepositMethod.CASH.name(), null, null);
        }
    }

    record RefundForm(String method, String reference) {
    }

    private final WorkOrderDeposits deposits;
    private final Invoices invoices;

    DepositsCard(WorkOrderDeposits deposits, Invoices invoices) {
        this.deposits = deposits;
        this.invoices = invoices;
    }

    @Override
    public void addTo(WorkOrder job, Model model) {
        boolean customerJob = job.orderType().needsCustomer();
        var invoice = deposits.invoiceOf(job.id()).flatMap(id -> invoices.find(new InvoiceId(id)));
        model.addAttribute("depositsCard", customerJob && invoice.isEmpty());
        model.addAttribute("jobInvoice", invoice.orElse(null));
        model.addAttribute("deposits", customerJob ? deposits.of(job.id()) : java.util.List.of());
        model.addAttribute("depositsHeld", WorkOrderForms.dollars(deposits.held(job.id())));
        Map<String, String> methods = new LinkedHashMap<>();
        Arrays.stream(DepositMethod.values()).forEach(m -> methods.put(m.name(), m.label()));
        model.addAttribute("depositMethods", methods);
        Map<String, String> referenceLabels = new LinkedHashMap<>();
        Arrays.stream(DepositMethod.values()).forEach(m -> referenceLabels.put(m.name(), m.referenceLabel()));
        model.addAttribute("depositReferenceLabels", referenceLabels);
        if (!model.containsAttribute("depositForm")) model.addAttribute("depositForm", DepositForm.blank());
        if (!model.containsAttribute("refundForm")) model.addAttribute("refundForm", new RefundForm(null, null));
        if (!model.containsAttribute("invoiceForm")) model.addAttribute("invoiceForm", new RefundForm(null, null));
    }
}
