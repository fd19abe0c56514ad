package com.jeweltrak.services.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.warranty.OpeningAWarrantyRedo;
import com.jeweltrak.services.warranty.WarrantyWindow;
import com.jeweltrak.services.web.WorkOrderForms.WorkOrderForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Warranty redos over the API (03-services §10; design §5b): 404 for a job the caller may not see. */
@RestController
@RequestMapping("/api/v1/work-orders/{id}")
@Tag(name = "Work orders")
class WorkOrderWarrantyApi {

    private final WorkOrderPage page;
    private final WorkOrders workOrders;
    private final OpeningAWarrantyRedo redo;
    private final WarrantyWindow window;
    private final WorkOrderSearchEntries search;
    private final Clock clock;

    WorkOrderWarrantyApi(WorkOrderPage page, WorkOrders workOrders, OpeningAWarrantyRedo redo, WarrantyWindow window,
                         WorkOrderSearchEntries search, Clock clock) {
        this.page = page;
        this.workOrders = workOrders;
        this.redo = redo;
        this.window = window;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/redos")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "The warranty redos opened from this job, oldest first (stages left out)")
    List<WorkOrderJson> redos(@PathVariable long id) {
        Instant now = Instant.now(clock);
        return workOrders.redosOf(page.visible(id).id()).stream().map(w -> WorkOrderJson.of(w, now)).toList();
    }

    @PostMapping("/warranty-redo")
    @PreAuthorize(WorkOrderPermissions.CREATE)
    @Operation(summary = "Open a warranty redo of a picked-up job (§10 R6–R8) for its customer, linked by warrantyOfId; "
            + "fields left out default to the original's (price $0 inside the warranty window); 422 for a job not picked "
            + "up, a redo of a redo, or a $0 redo once the window has passed (the reason names the expiry date)")
    ResponseEntity<WorkOrderJson> open(@PathVariable long id, @RequestBody(required = false) WorkOrdersApi.WorkOrderRequest request) {
        WorkOrder original = page.visible(id);
        WorkOrderForm defaults = WorkOrderForm.redoOf(original, window.of(original).inside());
        WorkOrderForm typed = request == null ? defaults : request.form();
        WorkOrderForm form = new WorkOrderForm(defaults.orderType(), or(typed.stockType(), defaults.stockType()),
                defaults.customerId(), null, typed.vendorId(), null, typed.salespersonId(),
                or(typed.description(), defaults.description()), or(typed.mainGroup(), defaults.mainGroup()),
                or(typed.category(), defaults.category()),
                typed.unitPrice() == null && typed.priceQuoted() == null ? defaults.unitPrice() : typed.unitPrice(),
                typed.priceQuoted(), typed.intakeDate(), typed.promisedDate(), typed.rush(), typed.location(),
                typed.internalNotes(), null, null, original.id().value());
        StoreId store = request != null && request.storeId() != null ? new StoreId(request.storeId())
                : CurrentUser.require().currentStore() == null ? original.store() : CurrentUser.require().currentStore().id();
        if (!CurrentUser.require().mayAccess(store)) throw new BusinessRuleViolated("storeId", "Choose one of the stores you work in.");
        WorkOrderId made = redo.open(original.id(), store, form.details());
        search.reindex(made);
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + made))
                .body(WorkOrderJson.of(workOrders.get(made), Instant.now(clock)));
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
