package com.jeweltrak.inventory.styles.web;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "From style" picker on the new-item form (R4): active styles of the item's family (R10) matching what is
 * typed, each a link that re-renders the new-item form pre-filled from it (nothing is saved).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class StylePickerController {

    private final Styles styles;

    StylePickerController(Styles styles) {
        this.styles = styles;
    }

    @GetMapping("/inventory/styles/picker")
    String pick(@RequestParam String family, @RequestParam(required = false) String q, Model model) {
        Family f = Style.family(family).orElseThrow(() -> new RecordNotFound("Inventory family", family));
        StyleAccess.require(f, "Create");
        model.addAttribute("pickFamily", f);
        model.addAttribute("picked", styles.pick(f, q, 10));
        return "inventory/styles/picker :: results";
    }
}
