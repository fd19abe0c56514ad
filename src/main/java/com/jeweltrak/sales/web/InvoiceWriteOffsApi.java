package com.jeweltrak.sales.web;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.ReversingAWriteOff;
import com.jeweltrak.sales.WritingOffAnInvoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writing an invoice off as bad debt, and reversing it, over the API (08-accounting §Writing Off Invoices). */
@RestController
@RequestMapping("/api/v1/invoices/{id}/write-off")
@Tag(name = "Invoices", description = "Invoices: lines, finalize / reopen / void / delete, tenders (02-sales)")
@PreAuthorize("hasAuthority('CanVoidTransactions')")
class InvoiceWriteOffsApi {

    record WriteOffRequest(String reason) {
    }

    private final Invoices invoices;
    private final WritingOffAnInvoice writingOff;
    private final ReversingAWriteOff reversing;
    private final InvoiceSearchEntries search;

    InvoiceWriteOffsApi(Invoices invoices, WritingOffAnInvoice writingOff, ReversingAWriteOff reversing,
                        InvoiceSearchEntries search) {
        this.invoices = invoices;
        this.writingOff = writingOff;
        this.reversing = reversing;
        this.search = search;
    }

    @PostMapping
    @Operation(summary = "Write off a Finalized invoice's whole remaining balance as bad debt (R1–R6): reason required; "
            + "needs CanVoidTransactions; 422 when paid, a walk-in sale, without reason or dated in the closed period; "
            + "409 when Open, Voided or already written off. Sales tax liability is not reduced (R8)")
    ResponseEntity<InvoiceJson> writeOff(@PathVariable long id, @RequestBody(required = false) WriteOffRequest request) {
        Invoice invoice = visible(id);
        writingOff.writeOff(invoice.id(), request == null ? null : request.reason());
        return ResponseEntity.status(201).body(json(invoice.id()));
    }

    @PostMapping("/reverse")
    @Operation(summary = "Reverse the invoice's standing write-off (R7): reason required; the balance is owed again; "
            + "needs CanVoidTransactions; 422 when the write-off lies in the closed period, 409 when none stands")
    InvoiceJson reverse(@PathVariable long id, @RequestBody(required = false) WriteOffRequest request) {
        Invoice invoice = visible(id);
        reversing.reverse(invoice.id(), request == null ? null : request.reason());
        return json(invoice.id());
    }

    private Invoice visible(long id) {
        Invoice invoice = invoices.find(new InvoiceId(id)).orElseThrow(() -> new RecordNotFound("Invoice", id));
        if (!CurrentUser.require().mayAccess(invoice.store())) throw new RecordNotFound("Invoice", id);
        return invoice;
    }

    private InvoiceJson json(InvoiceId id) {
        search.reindex(id);
        CurrentUser me = CurrentUser.require();
        return InvoiceJson.of(invoices.get(id), me.can(Permission.CAN_VIEW_COST), me.can(Permission.SHOW_ORDER_ITEM_DISCOUNT));
    }
}
