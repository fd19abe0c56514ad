package com.jeweltrak.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link ItemMarks} together, for whatever renders items (inventory lists, the item page, the Quick
 * Peek, invoice lines): one call per contributing module for a whole page of items, none for an empty page.
 */
@Component
public class ItemBadges {

    private final ObjectProvider<ItemMarks> contributors;

    ItemBadges(ObjectProvider<ItemMarks> contributors) {
        this.contributors = contributors;
    }

    public Map<ItemId, List<ItemMarks.Mark>> of(Collection<ItemId> items) {
        Collection<ItemId> distinct = new LinkedHashSet<>(items);
        distinct.remove(null);
        if (distinct.isEmpty()) return Map.of();
        Map<ItemId, List<ItemMarks.Mark>> all = new HashMap<>();
        contributors.orderedStream().forEach(c -> c.marksFor(distinct).forEach((item, marks) ->
                all.computeIfAbsent(item, i -> new ArrayList<>()).addAll(marks)));
        return all;
    }

    public List<ItemMarks.Mark> of(ItemId item) {
        return of(List.of(item)).getOrDefault(item, List.of());
    }
}
