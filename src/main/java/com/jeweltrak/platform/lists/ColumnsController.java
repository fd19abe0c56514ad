package com.jeweltrak.platform.lists;

import java.util.List;

import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Columns menu (01-navigation §Show &amp; hide list columns R2, R6): saves the ticked columns for
 * this user and list, or forgets them, and answers the list re-rendered with the same search, sort,
 * filters and page.
 */
@Controller
class ColumnsController {

    private final ListDefinitions definitions;
    private final ColumnPreferences preferences;
    private final ListRendering rendering;

    ColumnsController(ListDefinitions definitions, ColumnPreferences preferences, ListRendering rendering) {
        this.definitions = definitions;
        this.preferences = preferences;
        this.rendering = rendering;
    }

    @PostMapping("/lists/columns")
    String choose(@RequestParam("list") String listKey, @RequestParam(name = "visible", required = false) List<String> visible,
                  @RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        preferences.save(CurrentUser.require().id(), definition.key(), ColumnChoice.ticked(definition, visible));
        return rerender(definition, params, request, model);
    }

    @PostMapping("/lists/columns/reset")
    String reset(@RequestParam("list") String listKey, @RequestParam MultiValueMap<String, String> params,
                 HttpServletRequest request, Model model) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        preferences.reset(CurrentUser.require().id(), definition.key());
        return rerender(definition, params, request, model);
    }

    private String rerender(ListDefinition<?> definition, MultiValueMap<String, String> params,
                            HttpServletRequest request, Model model) {
        ListParameters parameters = ListParameters.from(definition, params);
        if (request.getHeader("HX-Request") == null) {
            // without htmx (no script): back to the list page, which now shows the new columns
            return "redirect:" + parameters.url(definition.pageUrl());
        }
        model.addAttribute("list", rendering.render(definition, parameters, request.getSession(false)));
        return ListRendering.FRAGMENT;
    }
}
