package com.jeweltrak.inventory.web;

import java.util.Arrays;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory → the five families at a glance, and each family's list (04-inventory §0). */
@Controller
@RequestMapping("/inventory")
@PreAuthorize("isAuthenticated()")
class InventoryController {

    /** A family on the overview: how many of its items are in stock, for those who may see them. */
    record FamilyCount(Family family, long inStock) {
    }

    private final Items items;
    private final ListDefinitions lists;
    private final ListRendering listRendering;

    InventoryController(Items items, ListDefinitions lists, ListRendering listRendering) {
        this.items = items;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    @GetMapping
    String overview(Model model) {
        CurrentUser me = CurrentUser.require();
        List<Family> visible = Arrays.stream(Family.values()).filter(f -> me.can(f.viewPermission())).toList();
        if (visible.isEmpty()) throw new org.springframework.security.access.AccessDeniedException("Needs an inventory View");
        model.addAttribute("families", visible.stream().map(f -> new FamilyCount(f,
                items.page(f, new ListQuery(null, StoreScope.restrict(List.of("i.in_stock > 0")), "i.id", 0, 1))
                        .totalElements())).toList());
        return "inventory/overview";
    }

    /** The five lists by name, not by a path variable: a slug is no record, and no other word can reach here. */
    @GetMapping({"/jewelry", "/watches", "/diamonds", "/colored-stones", "/pearls"})
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        String slug = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        Family family = Family.ofSlug(slug).orElseThrow(() -> new RecordNotFound("Inventory list", slug));
        ItemsController.require(family, "View");
        model.addAttribute("family", family);
        return listRendering.page(lists.forCurrentUser(InventoryLists.key(family), Item.class), params, request, model,
                "inventory/list");
    }

    /** The family a URL or form names, by record type (diamond) or list slug (diamonds); anything else is a 404. */
    static Family family(String value) {
        return Arrays.stream(Family.values()).filter(f -> f.recordType().equals(value) || f.slug().equals(value))
                .findFirst().orElseThrow(() -> new RecordNotFound("Inventory family", value));
    }
}
