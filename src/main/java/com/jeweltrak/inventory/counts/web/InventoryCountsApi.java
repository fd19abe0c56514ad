package com.jeweltrak.inventory.counts.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.counts.CancellingACount;
import com.jeweltrak.inventory.counts.CountSheet;
import com.jeweltrak.inventory.counts.FinishingACount;
import com.jeweltrak.inventory.counts.InventoryCount;
import com.jeweltrak.inventory.counts.InventoryCounts;
import com.jeweltrak.inventory.counts.ScanningIntoACount;
import com.jeweltrak.inventory.counts.StartingACount;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.tenancy.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inventory counts over the API (04-inventory §Inventory Count Overview), guarded by the family's permissions. */
@RestController
@RequestMapping("/api/v1/inventory-counts")
@Tag(name = "Inventory counts", description = "Count sessions: snapshot, scans, found / missing / unexpected, finish")
class InventoryCountsApi {

    private final InventoryCounts counts;
    private final StartingACount starting;
    private final ScanningIntoACount scanning;
    private final FinishingACount finishing;
    private final CancellingACount cancelling;

    InventoryCountsApi(InventoryCounts counts, StartingACount starting, ScanningIntoACount scanning,
                       FinishingACount finishing, CancellingACount cancelling) {
        this.counts = counts;
        this.starting = starting;
        this.scanning = scanning;
        this.finishing = finishing;
        this.cancelling = cancelling;
    }

    record CreateRequest(Long storeId, String family) {
    }

    record ScanRequest(String stockId, String quantity) {
    }

    record CountJson(long id, long number, long storeId, String family, String status, String startedAt, String closedAt,
                     int expectedItems, int foundItems) {
        static CountJson of(InventoryCount c) {
            return new CountJson(c.id(), c.number(), c.store().value(), c.family().slug(), c.status().name(),
                    c.startedAt().toString(), c.closedAt() == null ? null : c.closedAt().toString(), c.expectedItems(),
                    c.foundItems());
        }
    }

    record LineJson(long itemId, String stockId, String description, String expected, String counted, String difference,
                    boolean movedDuringCount) {
        static LineJson of(CountSheet.Line l) {
            return new LineJson(l.itemId(), l.stockId(), l.description(), plain(l.expected()), plain(l.counted()),
                    plain(l.difference()), l.movedDuringCount());
        }
    }

    record UnexpectedJson(String stockId, Long itemId, String counted, String reason) {
    }

    record SheetJson(CountJson count, List<LineJson> found, List<LineJson> missing, List<UnexpectedJson> unexpected) {
        static SheetJson of(CountSheet s) {
            return new SheetJson(CountJson.of(s.count()), s.found().stream().map(LineJson::of).toList(),
                    s.missing().stream().map(LineJson::of).toList(), s.unexpected().stream()
                    .map(u -> new UnexpectedJson(u.stockId(), u.itemId(), plain(u.counted()), u.reason())).toList());
        }
    }

    record ScanJson(String stockId, String outcome, String counted) {
    }

    record AdjustmentJson(long itemId, String stockId, String expected, String counted, String difference, boolean written) {
    }

    @GetMapping
    @Operation(summary = "Count sessions of the families the caller may see, newest first, paged")
    Paged<CountJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paged<InventoryCount> result = counts.page(CountPermissions.viewable(), CountPermissions.visibleStores(), Paged.page(page), Paged.size(size, 50));
        return new Paged<>(result.content().stream().map(CountJson::of).toList(), result.page(), result.size(),
                result.totalElements());
    }

    @PostMapping
    @Operation(summary = "Start a count of one store and family: freezes the snapshot of the items in stock (201)")
    ResponseEntity<SheetJson> create(@RequestBody CreateRequest request) {
        Family family = Family.parse(request.family()).orElseThrow(() -> new BusinessRuleViolated("family",
                "Say which family: jewelry, watches, diamonds, colored-stones or pearls."));
        CountPermissions.require(family, "View");
        StoreId store = request.storeId() == null ? null : new StoreId(request.storeId());
        CountPermissions.requireWorkIn(store);
        long id = starting.start(store, family);
        return ResponseEntity.created(URI.create("/api/v1/inventory-counts/" + id)).body(SheetJson.of(counts.sheet(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A count with its found, missing and unexpected lists")
    SheetJson get(@PathVariable long id) {
        CountPermissions.require(counts.get(id), "View");
        return SheetJson.of(counts.sheet(id));
    }

    @PostMapping("/{id}/scans")
    @Operation(summary = "Record a scanned or typed StockID (quantity 1 unless given); 422 when the count is closed")
    ScanJson scan(@PathVariable long id, @RequestBody ScanRequest request) {
        CountPermissions.require(counts.get(id), "View");
        BigDecimal qty = request.quantity() == null || request.quantity().isBlank() ? null
                : CountsController.parseQuantity(request.quantity());
        var outcome = scanning.scan(id, request.stockId(), qty);
        return new ScanJson(outcome.stockId(), outcome.kind().name(), plain(outcome.counted()));
    }

    @GetMapping("/{id}/adjustments")
    @Operation(summary = "The count adjustments finishing would write now (written=false: moved during the count)")
    List<AdjustmentJson> adjustments(@PathVariable long id) {
        CountPermissions.require(counts.get(id), "Edit");
        return json(finishing.plan(id));
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "Finish the count: writes a COUNT movement for each difference, in one transaction")
    List<AdjustmentJson> finish(@PathVariable long id) {
        CountPermissions.require(counts.get(id), "Edit");
        return json(finishing.finish(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an open count; nothing reaches the stock")
    ResponseEntity<Void> cancel(@PathVariable long id) {
        CountPermissions.require(counts.get(id), "Edit");
        cancelling.cancel(id);
        return ResponseEntity.noContent().build();
    }

    private static List<AdjustmentJson> json(List<FinishingACount.Adjustment> adjustments) {
        return adjustments.stream().map(a -> new AdjustmentJson(a.line().itemId(), a.line().stockId(),
                plain(a.line().expected()), plain(a.line().counted()), plain(a.difference()), a.written())).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
