package com.jeweltrak.inventory.descriptions.web;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.descriptions.DescribingWithAi;
import com.jeweltrak.inventory.descriptions.DescriptionTemplates;
import org.springframework.stereotype.Component;

/**
 * What the Generate ▾ menu beside an item's description offers (R1, R6, R8): AI once the tenant set up its
 * endpoint, Template when the family has one and the item has been saved. Called from the item form's template
 * ({@code ${@descriptionMenus.of(family, editing)}}), so the item pages need no change to offer it.
 */
@Component("descriptionMenus")
public class DescriptionMenus {

    /** The menu's choices and where each posts the form. */
    public record Menu(boolean ai, boolean template, String aiUrl, String templateUrl) {
        public boolean any() {
            return ai || template;
        }
    }

    private final DescribingWithAi ai;
    private final DescriptionTemplates templates;

    DescriptionMenus(DescribingWithAi ai, DescriptionTemplates templates) {
        this.ai = ai;
        this.templates = templates;
    }

    public Menu of(Family family, Item editing) {
        boolean saved = editing != null && editing.id() != null;
        return new Menu(ai.available(), saved && templates.of(family).isPresent(),
                saved ? "/inventory/items/" + editing.id().value() + "/description/ai" : "/inventory/descriptions/ai",
                saved ? "/inventory/items/" + editing.id().value() + "/description/template" : null);
    }
}
