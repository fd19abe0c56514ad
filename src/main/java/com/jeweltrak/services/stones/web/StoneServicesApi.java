package com.jeweltrak.services.stones.web;

import java.net.URI;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.stones.ReturningAStone;
import com.jeweltrak.services.stones.SendingAStoneOut;
import com.jeweltrak.services.stones.StoneService;
import com.jeweltrak.services.stones.StoneServices;
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

/**
 * Stone services over the API (03-services §11): send a loose stone out (a stone job with one stage), read the job's
 * stone, record its return. 404 for another tenant's stone or job, 422 when a rule refuses (on memo, already out,
 * not a loose stone, no cost on return).
 */
@RestController
@RequestMapping("/api/v1/stone-services")
@Tag(name = "Stone services", description = "Loose stones sent out for recut, repolish, re-certification or repair (03-services §11)")
class StoneServicesApi {

    record SendOutRequest(Long itemId, Long vendorId, String service, String sentDate, String expectedReturn,
                          String expectedCost, String trackingNumber, String notes) {
    }

    record ReturnRequest(String newCaratWeight, String actualCost) {
    }

    record StoneServiceJson(long workOrderId, String workOrderNumber, long stageId, long itemId, String stockId,
                            String service, boolean returned, String newCaratWeight, boolean outForService) {
    }

    private final SendingAStoneOut sending;
    private final ReturningAStone returning;
    private final StoneServices stoneServices;
    private final WorkOrders workOrders;
    private final Items items;
    private final OutForService outForService;

    StoneServicesApi(SendingAStoneOut sending, ReturningAStone returning, StoneServices stoneServices, WorkOrders workOrders,
                     Items items, OutForService outForService) {
        this.sending = sending;
        this.returning = returning;
        this.stoneServices = stoneServices;
        this.workOrders = workOrders;
        this.items = items;
        this.outForService = outForService;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Repairs.Create')")
    @Operation(summary = "Send a loose stone out for service: a stone job (stock type S) with one stage; the stone is flagged out for service")
    ResponseEntity<StoneServiceJson> send(@RequestBody SendOutRequest request) {
        if (request.itemId() == null) throw new com.jeweltrak.platform.BusinessRuleViolated("itemId", "Name the stone (itemId).");
        Item stone = items.find(new ItemId(request.itemId()))
                .filter(i -> CurrentUser.require().mayAccess(i.store()) && CurrentUser.require().can(i.family().permission("View")))
                .orElseThrow(() -> new RecordNotFound("Item", request.itemId()));
        var form = new StoneServiceForms.SendOutForm(request.vendorId(), null, request.service(), request.sentDate(),
                request.expectedReturn(), request.expectedCost(), request.trackingNumber(), request.notes());
        WorkOrderId job = sending.send(stone.id(), form.toSendOut());
        return ResponseEntity.created(URI.create("/api/v1/stone-services/" + job.value())).body(json(job.value()));
    }

    @GetMapping("/{workOrderId}")
    @PreAuthorize("hasAuthority('Repairs.View')")
    @Operation(summary = "The stone of a stone job: which stone, what service, whether it is back")
    StoneServiceJson get(@PathVariable long workOrderId) {
        return json(workOrderId);
    }

    @PostMapping("/{workOrderId}/return")
    @PreAuthorize("hasAuthority('Repairs.Edit')")
    @Operation(summary = "Record the stone's return: new carat weight (only if it changed) and the actual cost, added to the stone's cost")
    StoneServiceJson giveBack(@PathVariable long workOrderId, @RequestBody ReturnRequest request) {
        json(workOrderId);
        returning.receive(new WorkOrderId(workOrderId), StoneServiceForms.decimal("newCaratWeight", request.newCaratWeight()),
                StoneServiceForms.decimal("actualCost", request.actualCost()));
        return json(workOrderId);
    }

    private StoneServiceJson json(long workOrderId) {
        WorkOrder job = workOrders.find(new WorkOrderId(workOrderId))
                .filter(w -> CurrentUser.require().mayAccess(w.store()))
                .orElseThrow(() -> new RecordNotFound("Work order", workOrderId));
        StoneService s = stoneServices.ofWorkOrder(job.id()).orElseThrow(() -> new RecordNotFound("Stone service", workOrderId));
        Item stone = items.get(s.item());
        return new StoneServiceJson(workOrderId, job.numberText(), s.stage(), s.item().value(), stone.stockId(),
                s.service().value(), s.returned(),
                s.newCaratWeight() == null ? null : s.newCaratWeight().stripTrailingZeros().toPlainString(),
                outForService.isOut(s.item()));
    }
}
