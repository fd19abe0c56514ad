package com.jeweltrak.services.web;

import java.time.Instant;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.quotes.QuotePrinting;
import com.jeweltrak.services.quotes.Quotes;
import com.jeweltrak.services.quotes.RevisingTheQuote;
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

/** Quote versions over the API (03-services §4; design §5b): 404 for a job the caller may not see. */
@RestController
@RequestMapping("/api/v1/work-orders/{id}")
@Tag(name = "Work orders")
class WorkOrderQuotesApi {

    record QuoteJson(int version, String amount, String notes, Instant createdAt, Long createdById, String createdBy) {
    }

    record QuoteRequest(String amount, String notes) {
    }

    record EmailRequest(String toAddress) {
    }

    record EmailedJson(String sentTo) {
    }

    private final WorkOrderPage page;
    private final Quotes quotes;
    private final RevisingTheQuote revising;
    private final QuotePrinting printing;

    WorkOrderQuotesApi(WorkOrderPage page, Quotes quotes, RevisingTheQuote revising, QuotePrinting printing) {
        this.page = page;
        this.quotes = quotes;
        this.revising = revising;
        this.printing = printing;
    }

    @GetMapping("/quotes")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The job's quote versions, v1 first; the last is the current quote (the job's priceQuoted)")
    List<QuoteJson> list(@PathVariable long id) {
        return quotes.of(page.visible(id).id()).stream().map(q -> new QuoteJson(q.version(), WorkOrderJson.money(q.amount()),
                q.notes(), q.createdAt(), q.createdBy() == null ? null : q.createdBy().value(), q.createdByName())).toList();
    }

    @PostMapping("/quotes")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Save a quote revision (version = highest + 1) and make it the job's priceQuoted; 422 for a repair, "
            + "a finished job or a missing or negative amount")
    ResponseEntity<List<QuoteJson>> revise(@PathVariable long id, @RequestBody QuoteRequest request) {
        WorkOrder job = page.visible(id);
        revising.revise(job.id(), WorkOrderForms.decimal("amount", request.amount()), request.notes());
        return ResponseEntity.status(201).body(list(id));
    }

    @GetMapping("/quote-pdf")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The customer-signable Quote PDF (scope, quoted price, revision history when more than one version, "
            + "terms, signature line); 404 while the job has no price quoted")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        WorkOrder job = page.visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("quote-" + job.numberText() + ".pdf").build().toString())
                .body(printing.pdf(job));
    }

    @PostMapping("/quote/email")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "E-mail the Quote PDF through the outbox to the given address, or the customer's when blank; "
            + "422 without a quote or an address")
    EmailedJson email(@PathVariable long id, @RequestBody(required = false) EmailRequest request) {
        WorkOrder job = page.visible(id);
        if (job.priceQuoted() == null) throw new BusinessRuleViolated("toAddress", "There is no quote to send yet.");
        return new EmailedJson(printing.email(job, request == null ? null : request.toAddress()));
    }
}
