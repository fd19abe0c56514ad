package com.jeweltrak.partnerships.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemMarks;
import com.jeweltrak.partnerships.Partnerships;
import org.springframework.stereotype.Component;

/** R3: the P badge on a partnership item everywhere it is listed — one query for a whole page of items. */
@Component
class PartnershipItemMarks implements ItemMarks {

    static final Mark P = new Mark("P", "Partnership item", "text-bg-info");

    private final Partnerships partnerships;

    PartnershipItemMarks(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public Map<ItemId, List<Mark>> marksFor(Collection<ItemId> items) {
        return partnerships.withPartnership(items).stream().collect(Collectors.toMap(Function.identity(), i -> List.of(P)));
    }
}
