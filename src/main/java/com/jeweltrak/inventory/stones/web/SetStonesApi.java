package com.jeweltrak.inventory.stones.web;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.stones.AddingASetStone;
import com.jeweltrak.inventory.stones.CombiningALooseStone;
import com.jeweltrak.inventory.stones.SetStone;
import com.jeweltrak.inventory.stones.SetStoneDetails;
import com.jeweltrak.inventory.stones.SetStones;
import com.jeweltrak.inventory.stones.StoneCategory;
import com.jeweltrak.platform.BusinessRuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Set stones over the API (04-inventory §Set Stones); carats and money as strings. */
@RestController
@RequestMapping("/api/v1/items/{id}/set-stones")
@Tag(name = "Set stones", description = "Stones mounted in jewelry and watches: typed in, or combined from loose stones")
@PreAuthorize("isAuthenticated()")
class SetStonesApi {

    record SetStoneJson(long id, StoneCategory category, String type, int quantity, String caratWeight, String shape,
                        String color, String clarity, String fancyColor, String sizeMm, String lab, String certNumber,
                        boolean locked, Long sourceItemId, String sourceStockId, String consumedCost, boolean hasCertificate) {
        static SetStoneJson of(SetStone s) {
            SetStoneDetails d = s.details();
            return new SetStoneJson(s.id(), d.category(), d.type(), d.quantity(), plain(d.caratWeight()), d.shape(),
                    d.color(), d.clarity(), d.fancyColor(), plain(d.sizeMm()), d.lab(), d.certNumber(), s.locked(),
                    s.source() == null ? null : s.source().value(), s.sourceStockId(), plain(s.consumedCost()),
                    s.certificateFile() != null);
        }
    }

    /** A manual stone: the category decides which fields may be given (a pearl has no caratWeight, clarity or color). */
    record SetStoneRequest(String category, String type, Integer quantity, String caratWeight, String shape, String color,
                           String clarity, String fancyColor, String sizeMm, String lab, String certNumber) {
        SetStoneDetails toDetails() {
            StoneCategory c = StoneCategory.parse(category).orElseThrow(() -> new BusinessRuleViolated("category",
                    "Give the category: WHITE_DIAMOND, FANCY_DIAMOND, COLORED_STONE or PEARL."));
            return new SetStoneDetails(c, type, quantity == null ? 1 : quantity, decimal("caratWeight", caratWeight), shape,
                    color, clarity, fancyColor, decimal("sizeMm", sizeMm), lab, certNumber);
        }
    }

    /** The loose stone to set, by item id or StockID. */
    record CombineRequest(Long itemId, String stockId) {
    }

    private final StoneAccess access;
    private final SetStones stones;
    private final AddingASetStone adding;
    private final CombiningALooseStone combining;
    private final Items items;

    SetStonesApi(StoneAccess access, SetStones stones, AddingASetStone adding, CombiningALooseStone combining, Items items) {
        this.access = access;
        this.stones = stones;
        this.adding = adding;
        this.combining = combining;
        this.items = items;
    }

    @GetMapping
    @Operation(summary = "The item's set stones, oldest first; combined ones are locked and name their loose stone")
    List<SetStoneJson> list(@PathVariable long id) {
        Item item = access.viewable(id);
        return stones.of(item.id()).stream().map(SetStoneJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a stone by hand to a jewelry or watch item")
    SetStoneJson add(@PathVariable long id, @RequestBody SetStoneRequest request) {
        Item item = access.editable(id);
        long stoneId = adding.add(item.id(), request.toDetails());
        return SetStoneJson.of(stones.get(item.id(), stoneId));
    }

    @PutMapping("/{stoneId}")
    @Operation(summary = "Change a stone added by hand (a combined stone is locked: reverse it instead)")
    SetStoneJson edit(@PathVariable long id, @PathVariable long stoneId, @RequestBody SetStoneRequest request) {
        Item item = access.editable(id);
        stones.get(item.id(), stoneId);
        adding.edit(item.id(), stoneId, request.toDetails());
        return SetStoneJson.of(stones.get(item.id(), stoneId));
    }

    @DeleteMapping("/{stoneId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a stone added by hand")
    void remove(@PathVariable long id, @PathVariable long stoneId) {
        Item item = access.editable(id);
        adding.remove(item.id(), stoneId);
    }

    @PostMapping("/combine")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a loose stone in stock into the item: consumes it (stock movement) and adds its cost to the item's")
    SetStoneJson combine(@PathVariable long id, @RequestBody CombineRequest request) {
        Item item = access.editable(id);
        Item loose = (request.itemId() != null ? items.find(new ItemId(request.itemId())) : items.findByStockId(request.stockId()))
                .orElseThrow(() -> new BusinessRuleViolated("stockId", "No such loose stone."));
        access.editable(loose.id().value());
        long stoneId = combining.combine(item.id(), loose.id());
        return SetStoneJson.of(stones.get(item.id(), stoneId));
    }

    @PostMapping("/{stoneId}/reverse")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reverse a combine: the loose stone returns to stock and its cost leaves the item's")
    void reverse(@PathVariable long id, @PathVariable long stoneId) {
        Item item = access.editable(id);
        combining.reverse(item.id(), stoneId);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 0.50.");
        }
    }
}
