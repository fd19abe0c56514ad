package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.inventory.StorePriceMultipliers;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk re-pricing (04-inventory §Pricing Multipliers R9): the preview shows each item's prices old → new and
 * changes nothing; applying re-reads the items and writes them all in one transaction, each audited as a bulk
 * update. A change that would take any price below zero is refused whole, naming the items.
 */
@Service
public class RepricingItems {

    private final Items items;
    private final StorePriceMultipliers multipliers;
    private final BulkAudit audit;

    RepricingItems(Items items, StorePriceMultipliers multipliers, BulkAudit audit) {
        this.items = items;
        this.multipliers = multipliers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PriceChange> preview(List<Item> selected, PriceRule rule) {
        return compute(selected.stream().map(i -> items.get(i.id())).toList(), rule);
    }

    /** Applies the rule to the items (already checked for the user's access) and answers what changed. */
    @Transactional
    public List<PriceChange> apply(List<Item> selected, PriceRule rule) {
        List<PriceChange> changes = preview(selected, rule);
        audit.mark("price-change");
        for (PriceChange change : changes) {
            if (change.changes()) items.update(Edits.withPrices(change.item(), change.after()));
        }
        return changes;
    }

    private List<PriceChange> compute(List<Item> current, PriceRule rule) {
        Map<StoreId, PriceLadder> ladders = new HashMap<>();
        List<PriceChange> changes = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        List<PriceLevel> levels = rule.levels().stream().sorted().toList();
        for (Item item : current) {
            PriceLadder ladder = rule.kind() == PriceRule.Kind.MULTIPLIERS
                    ? ladders.computeIfAbsent(item.store(), multipliers::of) : PriceLadder.NONE;
            Map<PriceLevel, BigDecimal> changed = new EnumMap<>(PriceLevel.class);
            for (PriceLevel level : levels) {
                BigDecimal raw = rule.raw(level, item, ladder);
                if (raw == null) continue;
                if (raw.signum() < 0) {
                    negative.add("StockID " + item.stockId() + " (" + level.label() + ")");
                    continue;
                }
                changed.put(level, rule.rounding().round(raw));
            }
            if (negative.isEmpty()) {
                changes.add(new PriceChange(item, item.prices(), PriceLevel.with(item.prices(), changed), levels));
            }
        }
        if (!negative.isEmpty()) throw new PricesWouldGoNegative(negative);
        return changes;
    }
}
