package com.jeweltrak.inventory.styles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deactivate, reactivate and delete (R10): a style items were made from is only deactivated — hidden from the
 * "From style" picker, still shown on its items; one never used may be deleted.
 */
@Service
public class RetiringAStyle {

    private final Styles styles;

    RetiringAStyle(Styles styles) {
        this.styles = styles;
    }

    @Transactional
    public void setActive(StyleId id, boolean active) {
        Style style = styles.get(id);
        styles.update(id, new Style(id, style.styleNumber(), style.family(), style.description(), style.vendor(),
                style.category(), style.metal(), style.karat(), style.weightMinGrams(), style.weightMaxGrams(),
                style.dimensions(), style.defaultCost(), style.defaultRetail(), style.notes(), active));
    }

    @Transactional
    public void delete(StyleId id) {
        Style style = styles.get(id);
        long items = styles.itemCount(id);
        if (items > 0) throw new StyleHasItems(style.styleNumber(), items);
        styles.delete(id);
    }
}
