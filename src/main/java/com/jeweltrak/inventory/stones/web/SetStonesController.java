package com.jeweltrak.inventory.stones.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.stones.AddingASetStone;
import com.jeweltrak.inventory.stones.CombiningALooseStone;
import com.jeweltrak.inventory.stones.SetStone;
import com.jeweltrak.inventory.stones.SetStones;
import com.jeweltrak.inventory.stones.StoneCategory;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Set stones card of a jewelry or watch item (04-inventory §Set Stones), an htmx fragment: the rows,
 * + Add Stone Manually (category first, R5/R9), editing a manual row (R10), + Combine Loose Stone (R2) and ↶ (R4).
 * Every answer is the card again, with a message or with the form and its errors (nothing typed is lost).
 */
@Controller
@RequestMapping("/inventory/items/{id}/set-stones")
@PreAuthorize("isAuthenticated()")
class SetStonesController {

    private final StoneAccess access;
    private final SetStones stones;
    private final AddingASetStone adding;
    private final CombiningALooseStone combining;
    private final Items items;
    private final SetStonesCard cardView;

    SetStonesController(StoneAccess access, SetStones stones, AddingASetStone adding, CombiningALooseStone combining,
                        Items items, SetStonesCard cardView) {
        this.access = access;
        this.stones = stones;
        this.adding = adding;
        this.combining = combining;
        this.items = items;
        this.cardView = cardView;
    }

    /** The card; with a category, the manual form for it opens (R5); without, Switch category lands here (R9). */
    @GetMapping
    String card(@PathVariable long id, @RequestParam(required = false) String category, Model model) {
        Item item = access.viewable(id);
        StoneCategory.parse(category).filter(c -> StoneAccess.canEdit(item))
                .ifPresent(c -> model.addAttribute("setStoneForm", SetStoneForm.blank(c)));
        return card(item, model);
    }

    @GetMapping("/{stoneId}")
    String editForm(@PathVariable long id, @PathVariable long stoneId, Model model) {
        Item item = access.editable(id);
        SetStone stone = stones.get(item.id(), stoneId);
        if (!stone.locked()) {
            model.addAttribute("setStoneForm", SetStoneForm.of(stone));
            model.addAttribute("editing", stoneId);
        }
        return card(item, model);
    }

    @PostMapping
    String add(@PathVariable long id, @Valid @ModelAttribute("setStoneForm") SetStoneForm form, BindingResult result,
               Model model) {
        Item item = access.editable(id);
        com.jeweltrak.platform.web.FormErrors.keepWhenUnconverted(result, form, model);
        if (!result.hasErrors()) {
            try {
                adding.add(item.id(), form.toDetails());
                model.addAttribute("setStoneForm", null);
                return done(item, model, "Stone added.");
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return card(item, model);
    }

    @PostMapping("/{stoneId}")
    String save(@PathVariable long id, @PathVariable long stoneId, @Valid @ModelAttribute("setStoneForm") SetStoneForm form,
                BindingResult result, Model model) {
        Item item = access.editable(id);
        stones.get(item.id(), stoneId);
        com.jeweltrak.platform.web.FormErrors.keepWhenUnconverted(result, form, model);
        if (!result.hasErrors()) {
            try {
                adding.edit(item.id(), stoneId, form.toDetails());
                model.addAttribute("setStoneForm", null);
                return done(item, model, "Stone saved.");
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        model.addAttribute("editing", stoneId);
        return card(item, model);
    }

    @PostMapping("/{stoneId}/remove")
    String remove(@PathVariable long id, @PathVariable long stoneId, Model model) {
        Item item = access.editable(id);
        try {
            adding.remove(item.id(), stoneId);
            return done(item, model, "Stone removed.");
        } catch (BusinessRuleViolated violation) {
            model.addAttribute("stoneError", violation.getMessage());
            return card(item, model);
        }
    }

    /** + Combine Loose Stone by the StockID typed or scanned into its box. */
    @PostMapping("/combine")
    String combine(@PathVariable long id, @RequestParam(required = false) String stockId, Model model) {
        Item item = access.editable(id);
        try {
            Item loose = items.findByStockId(stockId).orElseThrow(() -> new BusinessRuleViolated("stockId",
                    "No item has StockID " + (stockId == null ? "" : stockId.trim()) + "."));
            access.editable(loose.id().value());
            combining.combine(item.id(), loose.id());
            return done(item, model, "StockID " + loose.stockId() + " set into this item; its cost was added.");
        } catch (RecordNotFound | BusinessRuleViolated refused) {
            model.addAttribute("combineStockId", stockId);
            model.addAttribute("combineError", refused instanceof RecordNotFound
                    ? "No item has StockID " + stockId + "." : refused.getMessage());
            return card(item, model);
        }
    }

    @PostMapping("/{stoneId}/reverse")
    String reverse(@PathVariable long id, @PathVariable long stoneId, Model model) {
        Item item = access.editable(id);
        SetStone stone = stones.get(item.id(), stoneId);
        try {
            combining.reverse(item.id(), stoneId);
            return done(item, model, "StockID " + stone.sourceStockId() + " is back in inventory; its cost was taken off.");
        } catch (BusinessRuleViolated violation) {
            model.addAttribute("stoneError", violation.getMessage());
            return card(item, model);
        }
    }

    private String done(Item item, Model model, String message) {
        model.addAttribute("stoneDone", message);
        return card(item, model);
    }

    private String card(Item item, Model model) {
        return cardView.render(item, model);
    }
}
