package com.jeweltrak.inventory.styles.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/** A style at a glance from the catalog list (01-navigation §Quick Peek). */
@Component
class StylePeek implements PeekProvider {

    private final Styles styles;

    StylePeek(Styles styles) {
        this.styles = styles;
    }

    @Override
    public String type() {
        return "style";
    }

    @Override
    public String label() {
        return "Style";
    }

    @Override
    public String permission() {
        return "Inventory.View";
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return styles.find(new StyleId(id)).filter(s -> viewer.can(s.family().viewPermission()))
                .map(s -> new Peek("Style " + s.styleNumber(), s.active() ? "Active" : "Inactive",
                        "/inventory/styles/" + id, "inventory/styles/peek",
                        Map.of("peekStyle", s, "peekCanViewCost", viewer.can(Permission.CAN_VIEW_COST))));
    }
}
