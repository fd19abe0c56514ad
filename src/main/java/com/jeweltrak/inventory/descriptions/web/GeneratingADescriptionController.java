package com.jeweltrak.inventory.descriptions.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.descriptions.DescribingWithAi;
import com.jeweltrak.inventory.descriptions.DescriptionNotGenerated;
import com.jeweltrak.inventory.descriptions.DescriptionTemplates;
import com.jeweltrak.inventory.descriptions.ItemFacts;
import com.jeweltrak.inventory.descriptions.SavedItemFacts;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Generate ▾ on the item form (04-inventory §Generating Descriptions): the form's current values in, the
 * description field back with the generated text in it (R3, R5) — or, when generating fails, with the text as
 * it was and a message (R10). Nothing is saved here; saving the item never calls the endpoint.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class GeneratingADescriptionController {

    static final String FIELD = "inventory/descriptions/field :: response";

    private final Items items;
    private final DescribingWithAi ai;
    private final DescriptionTemplates templates;
    private final DescriptionMenus menus;
    private final List<SavedItemFacts> savedFacts;

    GeneratingADescriptionController(Items items, DescribingWithAi ai, DescriptionTemplates templates,
                                     DescriptionMenus menus, List<SavedItemFacts> savedFacts) {
        this.items = items;
        this.ai = ai;
        this.templates = templates;
        this.menus = menus;
        this.savedFacts = savedFacts;
    }

    /** AI on a new, unsaved item: whatever is typed in the form now (R3). */
    @PostMapping("/inventory/descriptions/ai")
    String aiForNewItem(@RequestParam MultiValueMap<String, String> form, Model model) {
        String named = form.getFirst("family");
        // the item form names its family by record type ("colored-stone")
        Family family = java.util.Arrays.stream(Family.values()).filter(f -> f.recordType().equals(named)).findFirst()
                .or(() -> Family.parse(named)).orElseThrow(() -> new RecordNotFound("Inventory family", named));
        require(family, "Create");
        Map<String, String> values = form.toSingleValueMap();
        return field(model, family, null, values, () -> ai.describe(family, ItemFacts.labelled(family, values), List.of()));
    }

    /** AI on a saved item: the form's values, its StockID and weight, and its set stones (seam: {@link SavedItemFacts}). */
    @PostMapping("/inventory/items/{id}/description/ai")
    String aiForSavedItem(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Item item = editable(id);
        Map<String, String> values = withSaved(item, form);
        List<String> more = savedFacts.stream().flatMap(f -> f.factsOf(item.id()).stream()).toList();
        return field(model, item.family(), item, values,
                () -> ai.describe(item.family(), ItemFacts.labelled(item.family(), values), more));
    }

    /** The family's template over the form's values (R6: only for a saved item). */
    @PostMapping("/inventory/items/{id}/description/template")
    String template(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Item item = editable(id);
        Map<String, String> values = withSaved(item, form);
        return field(model, item.family(), item, values, () -> templates.of(item.family())
                .orElseThrow(() -> new DescriptionNotGenerated("There is no " + item.family().label().toLowerCase()
                        + " template; an administrator can write one under Settings → Descriptions."))
                .render(ItemFacts.of(item.family(), values)));
    }

    private String field(Model model, Family family, Item item, Map<String, String> values,
                         java.util.function.Supplier<String> generate) {
        String text = values.get("description");
        String message = null;
        try {
            text = generate.get();
        } catch (DescriptionNotGenerated failed) {
            message = failed.getMessage();
        }
        model.addAttribute("descriptionText", text);
        model.addAttribute("descriptionMessage", message);
        model.addAttribute("descriptionMenu", menus.of(family, item));
        return FIELD;
    }

    /** What the edit form does not carry — the StockID, a stone's carat weight — comes from the saved item. */
    private static Map<String, String> withSaved(Item item, MultiValueMap<String, String> form) {
        Map<String, String> values = new HashMap<>(form.toSingleValueMap());
        values.put("stockId", item.stockId());
        if (item.quantities().carats() != null && (values.get("carats") == null || values.get("carats").isBlank())) {
            values.put("carats", item.quantities().carats().toPlainString());
        }
        return values;
    }

    private Item editable(long id) {
        Item item = items.get(new ItemId(id));
        if (!CurrentUser.require().mayAccess(item.store())) throw new RecordNotFound("Item", id);
        require(item.family(), "Edit");
        return item;
    }

    private static void require(Family family, String action) {
        if (!CurrentUser.require().can(family.permission(action))) {
            throw new AccessDeniedException("Needs " + family.permission(action));
        }
    }
}
