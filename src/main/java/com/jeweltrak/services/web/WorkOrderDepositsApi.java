package com.jeweltrak.services.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.sales.Invoices;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.InvoicingTheJob;
import com.jeweltrak.services.ReturningADeposit;
import com.jeweltrak.services.TakingADeposit;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDeposit;
import com.jeweltrak.services.WorkOrderDeposits;
import com.jeweltrak.services.deposits.DepositReceipts;
import com.jeweltrak.platform.BusinessRuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A job's deposits and its invoice over the API (03-services §3; design §5b): 404 for a job the caller may not see. */
@RestController
@RequestMapping("/api/v1/work-orders/{id}")
@Tag(name = "Work orders")
class WorkOrderDepositsApi {

    record DepositJson(long id, String amount, String method, String referenceLabel, String reference, String notes,
                       LocalDate takenOn, Instant takenAt, String status, String refundMethod, Long invoiceId,
                       Long paymentId) {
    }

    record DepositsJson(String held, Long invoiceId, List<DepositJson> deposits) {
    }

    record DepositRequest(String amount, String method, String reference, String notes) {
    }

    record RefundRequest(String method, String reference) {
    }

    record InvoicedJson(long invoiceId, String invoiceNumber, String total, String balance, String depositsApplied) {
    }

    private final WorkOrderPage page;
    private final WorkOrderDeposits deposits;
    private final TakingADeposit taking;
    private final ReturningADeposit returning;
    private final InvoicingTheJob invoicing;
    private final DepositReceipts receipts;
    private final Invoices invoices;

    WorkOrderDepositsApi(WorkOrderPage page, WorkOrderDeposits deposits, TakingADeposit taking, ReturningADeposit returning,
                         InvoicingTheJob invoicing, DepositReceipts receipts, Invoices invoices) {
        this.page = page;
        this.deposits = deposits;
        this.taking = taking;
        this.returning = returning;
        this.invoicing = invoicing;
        this.receipts = receipts;
        this.invoices = invoices;
    }

    @GetMapping("/deposits")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The job's deposits, oldest first, with what is still held and the job's invoice once invoiced")
    DepositsJson list(@PathVariable long id) {
        WorkOrder job = page.visible(id);
        return new DepositsJson(WorkOrderJson.money(deposits.held(job.id())), deposits.invoiceOf(job.id()).orElse(null),
                deposits.of(job.id()).stream().map(WorkOrderDepositsApi::json).toList());
    }

    @PostMapping("/deposits")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Take a deposit (amount > 0; method CASH, CHECK, WIRE, ACH or CARD entered manually; a check needs "
            + "its number as reference); held as the customer's deposit. 422 once the job is invoiced, for a production or "
            + "finished job, or bad input")
    ResponseEntity<DepositJson> take(@PathVariable long id, @RequestBody DepositRequest request) {
        WorkOrder job = page.visible(id);
        long deposit = taking.take(job.id(), new TakingADeposit.Request(WorkOrderForms.decimal("amount", request.amount()),
                method(request.method()), request.reference(), request.notes()));
        return ResponseEntity.status(201).body(one(job, deposit));
    }

    @PostMapping("/deposits/{depositId}/refund")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Refund a held deposit by the given method (blank: the way it was taken); 422 when it is no longer held")
    DepositJson refund(@PathVariable long id, @PathVariable long depositId, @RequestBody(required = false) RefundRequest request) {
        WorkOrder job = page.visible(id);
        returning.refund(job.id(), depositId, request == null || request.method() == null || request.method().isBlank()
                ? null : method(request.method()), request == null ? null : request.reference());
        return one(job, depositId);
    }

    @PostMapping("/deposits/{depositId}/store-credit")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Move a held deposit to the customer's store credit; 422 when it is no longer held")
    DepositJson storeCredit(@PathVariable long id, @PathVariable long depositId) {
        WorkOrder job = page.visible(id);
        returning.moveToStoreCredit(job.id(), depositId);
        return one(job, depositId);
    }

    @GetMapping("/deposits/{depositId}/receipt-pdf")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The printable deposit receipt (PDF)")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long depositId) {
        WorkOrder job = page.visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("deposit-" + depositId + ".pdf").build().toString())
                .body(receipts.pdf(job, depositId));
    }

    @PostMapping("/invoice")
    @PreAuthorize(WorkOrderPermissions.EDIT + " and hasAuthority('Invoices.Create')")
    @Operation(summary = "Create the job's invoice: one line at the job's price, every held deposit applied as a payment "
            + "(the excess over the total becomes credit on account). 422 when already invoiced, cancelled, without a price "
            + "or a production job")
    ResponseEntity<InvoicedJson> invoice(@PathVariable long id) {
        WorkOrder job = page.visible(id);
        var invoiceId = invoicing.invoice(job.id());
        var invoice = invoices.get(invoiceId);
        return ResponseEntity.status(201).body(new InvoicedJson(invoiceId.value(), invoice.numberText(),
                WorkOrderJson.money(invoice.totals().total()), WorkOrderJson.money(invoice.balance()),
                WorkOrderJson.money(invoice.paid())));
    }

    private DepositJson one(WorkOrder job, long deposit) {
        return deposits.find(job.id(), deposit).map(WorkOrderDepositsApi::json).orElseThrow();
    }

    private static DepositMethod method(String text) {
        DepositMethod method = text == null ? null : DepositMethod.of(text.strip());
        if (method == null) throw new BusinessRuleViolated("method", "The method is CASH, CHECK, WIRE, ACH or CARD.");
        return method;
    }

    static DepositJson json(WorkOrderDeposit d) {
        return new DepositJson(d.id(), WorkOrderJson.money(d.amount()), d.method().name(), d.method().referenceLabel(),
                d.reference(), d.notes(), d.takenOn(), d.takenAt(), d.status().name(),
                d.refundMethod() == null ? null : d.refundMethod().name(), d.invoiceId(), d.paymentId());
    }
}
