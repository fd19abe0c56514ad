package com.jeweltrak.services.stones.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemMarks;
import com.jeweltrak.inventory.OutForService;
import org.springframework.stereotype.Component;

/** 03-services §11 R5: a stone out for service is shown so wherever items are listed, and on its page. */
@Component
class StoneServiceItemMarks implements ItemMarks {

    static final Mark OUT = new Mark("S", "Out for service", "text-bg-warning");

    private final OutForService outForService;

    StoneServiceItemMarks(OutForService outForService) {
        this.outForService = outForService;
    }

    @Override
    public Map<ItemId, List<Mark>> marksFor(Collection<ItemId> items) {
        return outForService.outOf(items).stream().collect(Collectors.toMap(Function.identity(), i -> List.of(OUT)));
    }
}
