package com.jeweltrak.services.appraisals.web;

import java.net.URI;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.services.appraisals.AddingAnAppraisalItem;
import com.jeweltrak.services.appraisals.Appraisal;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.Appraisals;
import com.jeweltrak.services.appraisals.ChangingAnAppraisal;
import com.jeweltrak.services.appraisals.ChangingAnAppraisalItem;
import com.jeweltrak.services.appraisals.FinalizingAnAppraisal;
import com.jeweltrak.services.appraisals.OpeningAnAppraisal;
import com.jeweltrak.services.appraisals.RemovingAnAppraisalItem;
import com.jeweltrak.services.appraisals.RevisingAnAppraisal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appraisals over the API (03-services §13; design §5b): 404 for another tenant's appraisal or one of a store the
 * caller may not access, 403 without the permission, 409 when a finalized appraisal would change (R6), 422 when a
 * rule refuses.
 */
@RestController
@RequestMapping("/api/v1/appraisals")
@Tag(name = "Appraisals", description = "Appraisals of customers' pieces: items, values, finalize, revise (03-services §13)")
class AppraisalsApi {

    record CreateRequest(Long storeId, Long customerId, String purpose, String date, String headerNotes,
                         String appraiserName, String appraiserTitle) {
    }

    record ChangeRequest(String purpose, String date, String headerNotes, String appraiserName, String appraiserTitle) {
    }

    record ItemRequest(String description, String metal, String weight, String stones, String marks, String condition,
                       String appraisedValue) {

        AddingAnAppraisalItem.Request toRequest() {
            return AppraisalInput.item(description, metal, weight, stones, marks, condition, appraisedValue);
        }
    }

    private final Appraisals appraisals;
    private final OpeningAnAppraisal opening;
    private final ChangingAnAppraisal changing;
    private final AddingAnAppraisalItem adding;
    private final ChangingAnAppraisalItem changingItem;
    private final RemovingAnAppraisalItem removing;
    private final FinalizingAnAppraisal finalizing;
    private final RevisingAnAppraisal revising;
    private final AppraisalPage page;

    AppraisalsApi(Appraisals appraisals, OpeningAnAppraisal opening, ChangingAnAppraisal changing,
                  AddingAnAppraisalItem adding, ChangingAnAppraisalItem changingItem, RemovingAnAppraisalItem removing,
                  FinalizingAnAppraisal finalizing, RevisingAnAppraisal revising, AppraisalPage page) {
        this.appraisals = appraisals;
        this.opening = opening;
        this.changing = changing;
        this.adding = adding;
        this.changingItem = changingItem;
        this.removing = removing;
        this.finalizing = finalizing;
        this.revising = revising;
        this.page = page;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Appraisals.View')")
    @Operation(summary = "Appraisals of the stores the caller may access, newest first, paged")
    Paged<AppraisalJson> list(@Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
                              @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size) {
        PageRequested asked = PageRequested.of(page, size, 50);
        Paged<Appraisal> found = appraisals.page(CurrentUser.require().accessibleStores(), asked.page(), asked.size());
        return new Paged<>(found.content().stream().map(AppraisalJson::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Appraisals.View')")
    @Operation(summary = "One appraisal with its items and total appraised value; 404 when it is not the caller's to see")
    AppraisalJson get(@PathVariable long id) {
        return AppraisalJson.of(page.visible(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('Appraisals.Create')")
    @Operation(summary = "Open a draft appraisal for a customer (numbered in the store's appraisal sequence); purpose "
            + "INSURANCE, ESTATE, RESALE or OTHER (default INSURANCE); 422 without a customer")
    ResponseEntity<AppraisalJson> create(@RequestBody CreateRequest r) {
        CurrentUser me = CurrentUser.require();
        StoreId store = r.storeId() != null ? new StoreId(r.storeId())
                : me.currentStore() == null ? null : me.currentStore().id();
        if (store == null || !me.mayAccess(store)) {
            throw new BusinessRuleViolated("storeId", "Choose one of the stores you work in.");
        }
        AppraisalId id = opening.open(new OpeningAnAppraisal.Request(store,
                r.customerId() == null ? null : new ContactId(r.customerId()), AppraisalInput.purpose("purpose", r.purpose()),
                AppraisalInput.date("date", r.date()), r.headerNotes(),
                r.appraiserName() == null ? me.displayName() : r.appraiserName(), r.appraiserTitle()));
        return ResponseEntity.created(URI.create("/api/v1/appraisals/" + id)).body(read(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(AppraisalPage.EDITING)
    @Operation(summary = "Change a draft's purpose, date, header notes and appraiser; 409 when finalized")
    AppraisalJson change(@PathVariable long id, @RequestBody ChangeRequest r) {
        Appraisal appraisal = page.visible(id);
        changing.change(appraisal.id(), new ChangingAnAppraisal.Request(AppraisalInput.purpose("purpose", r.purpose()),
                AppraisalInput.date("date", r.date()), r.headerNotes(), r.appraiserName(), r.appraiserTitle()));
        return read(appraisal.id());
    }

    @PostMapping("/{id}/items")
    @PreAuthorize(AppraisalPage.EDITING)
    @Operation(summary = "Add an item typed by hand (never a StockID; no stock moves) with its appraised value; "
            + "409 when finalized, 422 without a description or value")
    ResponseEntity<AppraisalJson> addItem(@PathVariable long id, @RequestBody ItemRequest r) {
        Appraisal appraisal = page.visible(id);
        adding.add(appraisal.id(), r.toRequest());
        return ResponseEntity.status(201).body(read(appraisal.id()));
    }

    @PutMapping("/{id}/pieces/{itemId}")
    @PreAuthorize(AppraisalPage.EDITING)
    @Operation(summary = "Correct an item of a draft; 409 when finalized")
    AppraisalJson changeItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemRequest r) {
        Appraisal appraisal = page.visible(id);
        changingItem.change(appraisal.id(), itemId, r.toRequest());
        return read(appraisal.id());
    }

    @DeleteMapping("/{id}/pieces/{itemId}")
    @PreAuthorize(AppraisalPage.EDITING)
    @Operation(summary = "Take an item off a draft; 409 when finalized")
    AppraisalJson removeItem(@PathVariable long id, @PathVariable long itemId) {
        Appraisal appraisal = page.visible(id);
        removing.remove(appraisal.id(), itemId);
        return read(appraisal.id());
    }

    @PostMapping("/{id}/finalize")
    @PreAuthorize(AppraisalPage.EDITING)
    @Operation(summary = "Finalize a draft: from now on it never changes; 422 without items")
    AppraisalJson finalizeIt(@PathVariable long id) {
        Appraisal appraisal = page.visible(id);
        finalizing.finalizeIt(appraisal.id());
        return read(appraisal.id());
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('Appraisals.Create')")
    @Operation(summary = "Revise a finalized appraisal: a new draft copying it (the original is kept unchanged); "
            + "422 for a draft")
    ResponseEntity<AppraisalJson> revise(@PathVariable long id) {
        Appraisal appraisal = page.visible(id);
        AppraisalId copy = revising.revise(appraisal.id());
        return ResponseEntity.created(URI.create("/api/v1/appraisals/" + copy)).body(read(copy));
    }

    private AppraisalJson read(AppraisalId id) {
        return AppraisalJson.of(appraisals.get(id));
    }
}
