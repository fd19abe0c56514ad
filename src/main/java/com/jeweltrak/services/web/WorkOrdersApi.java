package com.jeweltrak.services.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.services.AddingAStage;
import com.jeweltrak.services.ChangingAStage;
import com.jeweltrak.services.ChangingAWorkOrder;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.web.WorkOrderForms.StageForm;
import com.jeweltrak.services.web.WorkOrderForms.WorkOrderForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work orders over the API (03-services §0, §1; design §5b): 404 for another tenant's job or one of a store the caller
 * may not access, 403 without the Repairs right, 422 when a rule (or the status workflow) refuses the change.
 */
@RestController
@RequestMapping("/api/v1/work-orders")
@Tag(name = "Work orders", description = "Repairs, custom jobs and production: intake, header, status, stages (03-services)")
class WorkOrdersApi {

    record WorkOrderRequest(Long storeId, String orderType, String stockType, Long customerId, Long vendorId,
                            Long salespersonId, String description, String mainGroup, String category, String unitPrice,
                            String priceQuoted, String intakeDate, String promisedDate, Boolean rush, String location,
                            String internalNotes, Integer warrantyDays, Long templateId) {

        WorkOrderForm form() {
            return new WorkOrderForm(orderType, stockType, customerId, null, vendorId, null, salespersonId, description,
                    mainGroup, category, unitPrice, priceQuoted, intakeDate, promisedDate, rush, location, internalNotes,
                    warrantyDays == null ? null : warrantyDays.toString(), templateId, null);
        }
    }

    record StatusRequest(String status) {
    }

    record StageRequest(String name, Long vendorId, String status, String sentDate, String dueDate, String expectedCost,
                        String actualCost, String instructions, String trackingNumber, String notes) {

        StageForm form() {
            return new StageForm(name, vendorId, status, sentDate, dueDate, expectedCost, actualCost, instructions,
                    trackingNumber, notes);
        }
    }

    private final WorkOrders workOrders;
    private final TakingInAWorkOrder takingIn;
    private final ChangingAWorkOrder changing;
    private final ChangingTheStatus changingStatus;
    private final AddingAStage addingStage;
    private final ChangingAStage changingStage;
    private final WorkOrderSearchEntries search;
    private final Clock clock;
    private final com.jeweltrak.services.templates.TakingInFromATemplate fromTemplate;

    WorkOrdersApi(WorkOrders workOrders, TakingInAWorkOrder takingIn, ChangingAWorkOrder changing,
                  ChangingTheStatus changingStatus, AddingAStage addingStage, ChangingAStage changingStage,
                  WorkOrderSearchEntries search, Clock clock,
                  com.jeweltrak.services.templates.TakingInFromATemplate fromTemplate) {
        this.fromTemplate = fromTemplate;
        this.workOrders = workOrders;
        this.takingIn = takingIn;
        this.changing = changing;
        this.changingStatus = changingStatus;
        this.addingStage = addingStage;
        this.changingStage = changingStage;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "Jobs of the stores the caller may access, newest first, paged (stages left out)")
    Paged<WorkOrderJson> list(@Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                              @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        PageRequested asked = PageRequested.of(page, size, 50);
        CurrentUser me = CurrentUser.require();
        Paged<WorkOrder> found = workOrders.page(me.can(Permission.CAN_VIEW_ALL_STORES) ? null : me.accessibleStores(),
                asked.page(), asked.size());
        Instant now = Instant.now(clock);
        return new Paged<>(found.content().stream().map(w -> WorkOrderJson.of(w, now)).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    @Operation(summary = "One job with its stages, lane, days in stage and the statuses it may move to; 404 when not the caller's")
    WorkOrderJson get(@PathVariable long id) {
        return WorkOrderJson.of(visible(id), Instant.now(clock));
    }

    @PostMapping
    @PreAuthorize(WorkOrderPermissions.CREATE)
    @Operation(summary = "Take in a job (numbered in the store's sequence; Quote needed without a price, else In production); "
            + "warrantyDays sets the warranty (§10 R2, R3); templateId adds the template's default stages (§8); "
            + "422 when a repair or custom job has no customer")
    ResponseEntity<WorkOrderJson> create(@RequestBody WorkOrderRequest request) {
        StoreId store = request.storeId() != null ? new StoreId(request.storeId())
                : CurrentUser.require().currentStore() == null ? null : CurrentUser.require().currentStore().id();
        if (store == null || !CurrentUser.require().mayAccess(store)) {
            throw new BusinessRuleViolated("storeId", "Choose one of the stores you work in.");
        }
        WorkOrderForm form = request.form();
        WorkOrderId id = form.templateId() == null ? takingIn.takeIn(store, form.details(), form.warranty())
                : fromTemplate.takeIn(store, form.details(), form.warranty(),
                new com.jeweltrak.services.templates.JobTemplateId(form.templateId()));
        search.reindex(id);
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + id)).body(WorkOrderJson.of(workOrders.get(id), Instant.now(clock)));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Change a job's header (not its status); warrantyDays, when given, replaces the warranty (0: none); "
            + "422 for a finished job or a refused field")
    WorkOrderJson change(@PathVariable long id, @RequestBody WorkOrderRequest request) {
        WorkOrder job = visible(id);
        if (request.warrantyDays() == null) changing.change(job.id(), request.form().details());
        else changing.change(job.id(), request.form().details(), request.warrantyDays());
        return reindexed(job.id());
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Move a job to another status (stored value, e.g. in_production); its lane follows (§1 R4, R10); "
            + "422 for a move the workflow forbids")
    WorkOrderJson status(@PathVariable long id, @RequestBody StatusRequest request) {
        WorkOrder job = visible(id);
        WorkOrderStatus target;
        try {
            target = WorkOrderStatus.of(request.status());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleViolated("status", "Unknown status " + request.status() + ".");
        }
        changingStatus.change(job.id(), target);
        return reindexed(job.id());
    }

    @PostMapping("/{id}/stages")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Add a stage at the end of the job's stages; 422 without a name or with a negative cost")
    WorkOrderJson addStage(@PathVariable long id, @RequestBody StageRequest request) {
        WorkOrder job = visible(id);
        addingStage.add(job.id(), request.form().details());
        return reindexed(job.id());
    }

    @PutMapping("/{id}/stages/{stageId}")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    @Operation(summary = "Change one stage of the job; 404 for a stage of another job")
    WorkOrderJson changeStage(@PathVariable long id, @PathVariable long stageId, @RequestBody StageRequest request) {
        WorkOrder job = visible(id);
        changingStage.change(job.id(), stageId, request.form().details());
        return reindexed(job.id());
    }

    private WorkOrderJson reindexed(WorkOrderId id) {
        search.reindex(id);
        return WorkOrderJson.of(workOrders.get(id), Instant.now(clock));
    }

    private WorkOrder visible(long id) {
        WorkOrder job = workOrders.get(new WorkOrderId(id));
        if (!CurrentUser.require().mayAccess(job.store())) throw new RecordNotFound("Work order", id);
        return job;
    }
}
