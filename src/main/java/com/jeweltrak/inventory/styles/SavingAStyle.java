package com.jeweltrak.inventory.styles;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * + New and Edit on the Style Catalog (R2): the number is unique per tenant (R9), the vendor becomes a Vendor if
 * it was not one (as on items). Editing a style changes no item already made from it (R8): items copied its values.
 */
@Service
public class SavingAStyle {

    private final Styles styles;
    private final ContactRoles contactRoles;

    SavingAStyle(Styles styles, ContactRoles contactRoles) {
        this.styles = styles;
        this.contactRoles = contactRoles;
    }

    @Transactional
    public StyleId add(Style style) {
        check(style, null);
        return styles.add(style);
    }

    @Transactional
    public void update(StyleId id, Style style) {
        Style current = styles.get(id);
        check(style, id);
        long items = styles.itemCount(id);
        if (style.family() != current.family() && items > 0) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("family", "Items made from style "
                    + current.styleNumber() + " are " + current.family().plural().toLowerCase()
                    + "; the style stays in that family.");
        }
        styles.update(id, style);
    }

    private void check(Style style, StyleId id) {
        if (styles.numberTaken(style.styleNumber(), id)) throw new StyleNumberTaken(style.styleNumber());
        if (style.vendor() != null) contactRoles.ensure(style.vendor(), ContactRole.VENDOR);
    }
}
