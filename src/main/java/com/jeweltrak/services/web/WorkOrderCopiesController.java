package com.jeweltrak.services.web;

import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.copies.Copy;
import com.jeweltrak.services.copies.WorkOrderCopies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Print ▾ / Download ▾ (03-services §9 R1, R5): the Counter, Bench or Customer copy of a job as a PDF — inline to print,
 * as an attachment to download — on the page and over the API. 404 for a job the person may not see.
 */
@RestController
class WorkOrderCopiesController {

    private final WorkOrderPage page;
    private final WorkOrderCopies copies;

    WorkOrderCopiesController(WorkOrderPage page, WorkOrderCopies copies) {
        this.page = page;
        this.copies = copies;
    }

    @GetMapping("/services/work-orders/{id}/copy.pdf")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    ResponseEntity<byte[]> page(@PathVariable long id, @RequestParam(defaultValue = "counter") String audience,
                                @RequestParam(defaultValue = "false") boolean download) {
        return pdf(id, audience, download);
    }

    @GetMapping("/api/v1/work-orders/{id}/copy")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The job printed for one audience as a PDF: counter (full), bench (no customer, no prices or costs), "
            + "customer (no internal notes, no vendors, costs, instructions or tracking) (03-services §9)")
    ResponseEntity<byte[]> api(@PathVariable long id,
                               @Parameter(description = "counter, bench or customer; default counter")
                               @RequestParam(defaultValue = "counter") String audience,
                               @Parameter(description = "true: as a download (attachment) rather than inline")
                               @RequestParam(defaultValue = "false") boolean download) {
        return pdf(id, audience, download);
    }

    private ResponseEntity<byte[]> pdf(long id, String audience, boolean download) {
        WorkOrder job = page.visible(id);
        Copy copy = Copy.of(audience);
        String name = WorkOrderCopies.fileName(job, copy);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(name).build().toString())
                .body(copies.pdf(job, copy));
    }
}
