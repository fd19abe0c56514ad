package com.jeweltrak.inventory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemHistory;
import com.jeweltrak.inventory.ItemHistory.Event;
import com.jeweltrak.inventory.ItemHistory.EventType;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The item page's Transactions tab (09-reports §3 R1–R4, R6): every module's events for the StockID in one list, newest
 * first, narrowed by type chips and a date range. Read-only: corrections happen on the documents.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ItemHistoryController {

    static final String URL = "/inventory/items/{id}/transactions";

    private final Items items;
    private final ObjectProvider<ItemHistory> histories;

    ItemHistoryController(Items items, ObjectProvider<ItemHistory> histories) {
        this.items = items;
        this.histories = histories;
    }

    @GetMapping(URL)
    String tab(@PathVariable long id, @RequestParam(required = false) String type,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Item item = StoreScope.visible(items.get(new ItemId(id)));
        ItemsController.require(item.family(), "View");
        EventType chosen = type(type);
        LocalDate since = date(from);
        LocalDate until = date(to);
        List<Event> all = events(item.id());
        model.addAttribute("item", item);
        model.addAttribute("types", EventType.values());
        model.addAttribute("type", chosen);
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        model.addAttribute("events", all.stream()
                .filter(e -> chosen == null || e.type() == chosen)
                .filter(e -> since == null || !e.date().isBefore(since))
                .filter(e -> until == null || !e.date().isAfter(until))
                .toList());
        return "inventory/item-transactions";
    }

    /** R1: newest first; on one day, in the order things happen to a piece (received before it is sold). */
    List<Event> events(ItemId item) {
        return histories.orderedStream().flatMap(h -> h.of(item).stream())
                .sorted(Comparator.comparing(Event::date).reversed()
                        .thenComparing(e -> e.type().ordinal(), Comparator.reverseOrder()))
                .toList();
    }

    private static EventType type(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return EventType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
