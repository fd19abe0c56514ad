package com.jeweltrak.inventory.web;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.media.ItemPhotos;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.inventory.styles.StyleLinks;
import com.jeweltrak.inventory.styles.StylePhotos;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * "From style" on the new-item form (04-inventory §Style Catalog R4, R8, R11): the form re-rendered with the
 * style's values (nothing saved), the link written when the item is saved, and the style shown on the item page.
 */
@Component
class ItemStyles {

    private final Styles styles;
    private final StyleLinks links;
    private final StylePhotos photos;
    private final ItemPhotos itemPhotos;

    ItemStyles(Styles styles, StyleLinks links, StylePhotos photos, ItemPhotos itemPhotos) {
        this.styles = styles;
        this.links = links;
        this.photos = photos;
        this.itemPhotos = itemPhotos;
    }

    /**
     * The blank form with the style's description, category, materials, vendor and cost; its Default Retail only
     * when set — left blank, the store's multipliers price the item on save as for any item (R11).
     */
    ItemForm prefill(ItemForm blank, Family family, Long styleId, Model model) {
        if (styleId == null) return blank;
        Style style = styles.find(new StyleId(styleId)).filter(Style::active).filter(s -> s.family() == family)
                .orElseThrow(() -> new RecordNotFound("Style", styleId));
        model.addAttribute("fromStyle", style);
        Map<String, Object> values = new HashMap<>();
        values.put("description", style.description());
        values.put("category", style.category());
        if (family == Family.JEWELRY) {
            values.put("metal", style.metal());
            values.put("karat", style.karat());
        }
        if (family == Family.WATCH) values.put("caseMaterial", style.metal());
        values.put("keptVendorId", style.vendor() == null ? null : style.vendor().value());
        values.put("cost", money(style.defaultCost()));
        values.put("retailPrice", money(style.defaultRetail()));
        return with(blank, values);
    }

    /** 650.0000 as stored reads 650.00 on the form. */
    private static java.math.BigDecimal money(java.math.BigDecimal amount) {
        if (amount == null) return null;
        java.math.BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** After a refused save the form keeps saying which style it came from. */
    void keep(Long styleId, Model model) {
        if (styleId != null) styles.find(new StyleId(styleId)).ifPresent(s -> model.addAttribute("fromStyle", s));
    }

    /**
     * The new item remembers its style and starts with the style's photos (R4); its values were copied, so later
     * style edits leave it alone (R8). The photos share the style's stored files, primary first (R7).
     */
    void link(ItemId item, Long styleId) {
        if (styleId == null) return;
        StyleId style = new StyleId(styleId);
        links.madeFrom(item, style);
        itemPhotos.copy(photos.fileIdsOf(style), item);
    }

    void show(ItemId item, Model model) {
        model.addAttribute("itemStyle", links.styleOf(item).orElse(null));
    }

    /**
     * The form with some fields replaced. By record component name rather than the canonical constructor's
     * long argument list, so fields other features add to the form need no change here.
     */
    static ItemForm with(ItemForm form, Map<String, Object> values) {
        try {
            RecordComponent[] components = ItemForm.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String name = components[i].getName();
                args[i] = values.containsKey(name) ? values.get(name) : components[i].getAccessor().invoke(form);
            }
            return ItemForm.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy the item form", e);
        }
    }
}
