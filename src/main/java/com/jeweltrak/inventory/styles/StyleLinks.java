package com.jeweltrak.inventory.styles;

import java.util.Optional;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which style an item was made from (R4). Set once, when the item is created from the style; the item's values
 * were copied then, so later edits of the style leave the item alone (R8).
 */
@Service
@Transactional(readOnly = true)
public class StyleLinks {

    private final JdbcClient jdbc;
    private final Styles styles;

    StyleLinks(JdbcClient jdbc, Styles styles) {
        this.jdbc = jdbc;
        this.styles = styles;
    }

    /** Records that the new item was made from the style; an inactive style or another family's is refused. */
    @Transactional
    public void madeFrom(ItemId item, StyleId styleId) {
        Style style = styles.get(styleId);
        if (!style.active()) {
            throw new BusinessRuleViolated("styleId", "Style " + style.styleNumber() + " is inactive; choose another.");
        }
        String family = jdbc.sql("select family from item where id = ?").param(item.value()).query(String.class).single();
        if (family.charAt(0) != style.family().code()) {
            throw new BusinessRuleViolated("styleId", "Style " + style.styleNumber() + " is for "
                    + style.family().plural().toLowerCase() + ".");
        }
        jdbc.sql("update item set style_id = ? where id = ?").params(styleId.value(), item.value()).update();
    }

    public Optional<Style> styleOf(ItemId item) {
        return jdbc.sql("select style_id from item where id = ? and style_id is not null").param(item.value())
                .query(Long.class).optional().flatMap(id -> styles.find(new StyleId(id)));
    }
}
