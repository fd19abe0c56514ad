package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.inventory.Item;

/** One item's prices before and after a bulk price change, and the levels the change was asked to touch. */
public record PriceChange(Item item, Item.Prices before, Item.Prices after, List<PriceLevel> levels) {

    /** One level of it, for the preview table: old → new. */
    public record Line(PriceLevel level, BigDecimal before, BigDecimal after) {
        public boolean changed() {
            return before == null ? after != null : after == null || before.compareTo(after) != 0;
        }
    }

    public List<Line> lines() {
        return levels.stream().map(l -> new Line(l, l.of(before), l.of(after))).toList();
    }

    public boolean changes() {
        return lines().stream().anyMatch(Line::changed);
    }
}
