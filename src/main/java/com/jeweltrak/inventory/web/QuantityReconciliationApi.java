package com.jeweltrak.inventory.web;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.QuantityReconciliation;
import com.jeweltrak.inventory.QuantityReconciliation.Mismatch;
import com.jeweltrak.platform.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quantity Reconciliation over the API (11-utilities R2–R7); needs CanManageUsers. */
@RestController
@RequestMapping("/api/v1/quantity-reconciliation")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Quantity reconciliation", description = "Stored quantities against the stock ledger (11-utilities)")
class QuantityReconciliationApi {

    private final QuantityReconciliation reconciliation;

    QuantityReconciliationApi(QuantityReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    record MismatchJson(long itemId, String stockId, String family, String description,
                        String storedInStock, String expectedInStock, String storedOnMemo, String expectedOnMemo,
                        String storedCarats, String expectedCarats, boolean fixable) {
        static MismatchJson of(Mismatch m) {
            return new MismatchJson(m.item().value(), m.stockId(), m.family().name(), m.description(),
                    Json.plain(m.storedInStock()), Json.plain(m.expectedInStock()), Json.plain(m.storedOnMemo()),
                    Json.plain(m.expectedOnMemo()), Json.plain(m.storedCarats()), Json.plain(m.expectedCarats()), m.fixable());
        }
    }

    record FixRequest(List<Long> itemIds) {
    }

    @GetMapping
    @Operation(summary = "Items whose stored In Stock, On Memo or Carats differ from the sums of their movements")
    Paged<MismatchJson> run(@Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
                            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(defaultValue = "50") int size) {
        Paged<Mismatch> found = reconciliation.run(Math.max(0, page), Math.min(200, Math.max(1, size)));
        return new Paged<>(found.content().stream().map(MismatchJson::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @PostMapping("/fix")
    @Operation(summary = "Set the named items' stored values to the expected ones (no movement is written); "
            + "422 when an expected value is negative")
    QuantityReconciliation.Fixed fix(@RequestBody FixRequest request) {
        return reconciliation.fix(request == null || request.itemIds() == null ? List.of()
                : request.itemIds().stream().map(ItemId::new).toList());
    }
}
