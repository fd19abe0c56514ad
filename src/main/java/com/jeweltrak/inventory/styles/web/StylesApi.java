package com.jeweltrak.inventory.styles.web;

import com.jeweltrak.inventory.styles.SavingAStyle;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.inventory.styles.Styles;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The style catalog over the API (04-inventory §Style Catalog). */
@RestController
@RequestMapping("/api/v1/styles")
@PreAuthorize("hasAuthority('Inventory.View')")
@Tag(name = "Styles")
class StylesApi {

    private final Styles styles;
    private final SavingAStyle saving;

    StylesApi(Styles styles, SavingAStyle saving) {
        this.styles = styles;
        this.saving = saving;
    }

    @GetMapping
    @Operation(summary = "The style catalog, by style number; q searches number, description and category")
    Paged<StyleJson> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean inactive,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paged<Style> found = styles.page(q, inactive, Paged.page(page), Paged.size(size, 50));
        boolean cost = CurrentUser.require().can(Permission.CAN_VIEW_COST);
        return new Paged<>(found.content().stream().map(s -> StyleJson.of(s, cost)).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One style; 404 for another tenant's")
    StyleJson get(@PathVariable long id) {
        Style style = styles.get(new StyleId(id));
        StyleAccess.require(style.family(), "View");
        return StyleJson.of(style, CurrentUser.require().can(Permission.CAN_VIEW_COST));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a style; 422 when its style number is taken (R9) or a value is refused")
    StyleJson create(@RequestBody StyleJson request) {
        Style style = request.toStyle(null, true);
        StyleAccess.require(style.family(), "Create");
        return get(saving.add(style).value());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a style's values; items already made from it keep theirs (R8); active=false deactivates (R10)")
    StyleJson update(@PathVariable long id, @RequestBody StyleJson request) {
        Style current = styles.get(new StyleId(id));
        StyleAccess.require(current.family(), "Edit");
        Style edited = request.toStyle(current.id(), current.active());
        StyleAccess.require(edited.family(), "Edit");
        saving.update(current.id(), edited);
        return get(id);
    }
}
