package com.jeweltrak.inventory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.picklists.PickListValues;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The new / edit item page: the family's closed choices as selects, its open lists as suggestions, the stores. */
@Component
class ItemFormPage {

    static final String VIEW = "inventory/item-form";

    /** Each open list, by the form field that types it. */
    static final Map<String, String> OPEN_LISTS = Map.of(
            "category", InventoryPickLists.CATEGORY, "metal", InventoryPickLists.METAL, "karat", InventoryPickLists.KARAT,
            "shape", InventoryPickLists.STONE_SHAPE, "brand", InventoryPickLists.WATCH_BRAND,
            "caseMaterial", InventoryPickLists.CASE_MATERIAL, "species", InventoryPickLists.SPECIES,
            "origin", InventoryPickLists.STONE_ORIGIN);

    /** The open lists a family's form shows. */
    static List<String> openFields(Family family) {
        return switch (family) {
            case JEWELRY -> List.of("category", "metal", "karat");
            case WATCH -> List.of("category", "brand", "caseMaterial");
            case DIAMOND -> List.of("category", "shape");
            case COLORED_STONE -> List.of("category", "shape", "species", "origin");
            case PEARL -> List.of("category");
        };
    }

    private final StoreNames stores;
    private final PickLists pickLists;
    private final PickListValues pickListValues;
    private final Contacts contacts;

    ItemFormPage(StoreNames stores, PickLists pickLists, PickListValues pickListValues, Contacts contacts) {
        this.stores = stores;
        this.pickLists = pickLists;
        this.pickListValues = pickListValues;
        this.contacts = contacts;
    }

    /** The form for a new item of the family ({@code editing} null) or for one being edited. */
    String render(Model model, Family family, Item editing, ItemForm form) {
        model.addAttribute("family", family);
        model.addAttribute("editing", editing);
        model.addAttribute("vendorRole", ContactRole.VENDOR);
        // the vendor in effect — the item's, or one picked before a refused save — stays unless another is picked
        model.addAttribute("keptVendorId", form.vendor());
        model.addAttribute("keptVendorName", form.vendor() == null ? null
                : contacts.find(new ContactId(form.vendor())).map(c -> c.name().full()).orElse(null));
        model.addAttribute("stores", stores.active());
        Map<String, List<String>> suggestions = new LinkedHashMap<>();
        openFields(family).forEach(field -> suggestions.put(field,
                InventoryPickLists.suggestions(pickLists.get(OPEN_LISTS.get(field)), pickListValues)));
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("genders", options(AllowedValues.GENDERS));
        model.addAttribute("conditions", options(family == Family.WATCH ? AllowedValues.WATCH_CONDITIONS
                : AllowedValues.JEWELRY_CONDITIONS));
        model.addAttribute("movements", options(AllowedValues.MOVEMENTS));
        model.addAttribute("colorClasses", options(AllowedValues.COLOR_CLASSES));
        model.addAttribute("diamondColors", options(AllowedValues.DIAMOND_COLORS));
        model.addAttribute("clarities", options(AllowedValues.CLARITIES));
        model.addAttribute("grades", options(AllowedValues.GRADES));
        model.addAttribute("fluorescences", options(AllowedValues.FLUORESCENCES));
        model.addAttribute("labs", options(family == Family.DIAMOND ? AllowedValues.DIAMOND_LABS : AllowedValues.STONE_LABS));
        model.addAttribute("diamondOrigins", options(AllowedValues.DIAMOND_ORIGINS));
        model.addAttribute("treatments", options(AllowedValues.TREATMENTS));
        model.addAttribute("pearlTypes", options(AllowedValues.PEARL_TYPES));
        model.addAttribute("pearlShapes", options(AllowedValues.PEARL_SHAPES));
        model.addAttribute("lusters", options(AllowedValues.LUSTERS));
        return VIEW;
    }

    private static Map<String, String> options(List<AllowedValues.Choice> choices) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "—");
        choices.forEach(c -> options.put(c.value(), c.label()));
        return options;
    }
}
