package com.jeweltrak.inventory.bulk.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.bulk.BulkOutcome;
import com.jeweltrak.inventory.bulk.MovingToAStore;
import com.jeweltrak.inventory.bulk.PriceChange;
import com.jeweltrak.inventory.bulk.PriceLevel;
import com.jeweltrak.inventory.bulk.PriceRule;
import com.jeweltrak.inventory.bulk.RepricingItems;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk changes to many items over the API (04-inventory §Bulk Actions; §Pricing Multipliers R9), by item id. An id
 * that is not the caller's (another tenant's, or a store they may not access) is a 404 for the whole request;
 * an item whose family they may not edit is a 403.
 */
@RestController
@RequestMapping("/api/v1/items/bulk")
@Tag(name = "Items", description = "Inventory items of the five families and their stock movements (04-inventory)")
class BulkItemsApi {

    private static final int MOST_ITEMS = 500;

    record PriceChangeRequest(List<Long> itemIds, Set<PriceLevel> levels, PriceRule.Kind kind, String value,
                              PriceRule.Rounding rounding, Boolean apply) {
        /** Left out = a preview: nothing is saved unless asked for. */
        boolean applying() {
            return Boolean.TRUE.equals(apply);
        }
    }

    record PriceLine(PriceLevel level, String before, String after) {
    }

    record ItemPrices(long itemId, String stockId, List<PriceLine> prices) {
    }

    record PriceChangeResult(boolean applied, List<ItemPrices> items) {
    }

    record MoveStoreRequest(List<Long> itemIds, Long storeId) {
    }

    record MoveStoreResult(List<String> moved, List<BulkOutcome.Skipped> skipped) {
    }

    private final Items items;
    private final RepricingItems repricing;
    private final MovingToAStore moving;

    BulkItemsApi(Items items, RepricingItems repricing, MovingToAStore moving) {
        this.items = items;
        this.repricing = repricing;
        this.moving = moving;
    }

    @PostMapping("/price-change")
    @PreAuthorize("hasAuthority('CanModifyPriceTiers')")
    @Operation(summary = "Re-price many items: preview (apply=false) answers old and new prices and changes nothing; "
            + "apply=true saves them in one transaction, each item audited as a bulk update; 422 when a price would go below zero")
    PriceChangeResult priceChange(@RequestBody PriceChangeRequest request) {
        PriceRule rule = new PriceRule(request.levels(), request.kind(), decimal(request.value()), request.rounding());
        List<Item> chosen = editable(request.itemIds());
        List<PriceChange> changes = request.applying() ? repricing.apply(chosen, rule) : repricing.preview(chosen, rule);
        return new PriceChangeResult(request.applying(), changes.stream().map(c -> new ItemPrices(c.item().id().value(),
                c.item().stockId(), c.lines().stream().map(l -> new PriceLine(l.level(), money(l.before()),
                        money(l.after()))).toList())).toList());
    }

    @PostMapping("/move-store")
    @Operation(summary = "Move many items to one of the caller's active stores; items on memo or with none in stock "
            + "are skipped and listed with the reason; no stock movement (quantities are per item, not per store)")
    MoveStoreResult moveStore(@RequestBody MoveStoreRequest request) {
        List<Item> chosen = editable(request.itemIds());
        BulkOutcome outcome = moving.move(chosen, request.storeId() == null ? null : new StoreId(request.storeId()));
        return new MoveStoreResult(outcome.done(), outcome.skipped());
    }

    private List<Item> editable(List<Long> ids) {
        if (ids == null || ids.isEmpty()) throw new BusinessRuleViolated("itemIds", "Name at least one item.");
        if (ids.size() > MOST_ITEMS) throw new BusinessRuleViolated("itemIds", "At most " + MOST_ITEMS + " items at once.");
        CurrentUser me = CurrentUser.require();
        return new LinkedHashSet<>(ids).stream().map(id -> {
            Item item = items.find(new ItemId(id)).filter(i -> me.mayAccess(i.store()))
                    .orElseThrow(() -> new RecordNotFound("Item", id));
            if (!me.can(item.family().permission("Edit"))) {
                throw new AccessDeniedException("Needs " + item.family().permission("Edit"));
            }
            return item;
        }).toList();
    }

    private static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated("value", "Enter a number, like 10 or -5.");
        }
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
