package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Row check boxes: each tick or untick (or "select all on this page") changes the selection kept in
 * the session and answers the bulk-action bar with the new count. Ids are not checked here: a bulk
 * action looks every id up under row-level security, so another tenant's id is simply not found.
 */
@Controller
class SelectionController {

    static final String BAR = "platform/list :: bulk";

    private final ListDefinitions definitions;
    private final ListSelection selection;
    private final ListRendering rendering;

    SelectionController(ListDefinitions definitions, ListSelection selection, ListRendering rendering) {
        this.definitions = definitions;
        this.selection = selection;
        this.rendering = rendering;
    }

    /** {@code selected} is sent only when the box is ticked (a check box's value), so its absence means "untick". */
    @PostMapping("/lists/selection")
    String change(@RequestParam("list") String listKey, @RequestParam("ids") List<Long> ids,
                  @RequestParam(name = "selected", required = false) String selected, HttpSession session, Model model) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        Set<Long> now = selection.change(session, definition.key(), ids, selected != null && !selected.isBlank());
        model.addAttribute("bulk", rendering.bulkBar(definition, now.size(), CurrentUser.require()));
        return BAR;
    }

    @PostMapping("/lists/selection/clear")
    String clear(@RequestParam("list") String listKey, HttpSession session, Model model) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        selection.clear(session, definition.key());
        model.addAttribute("bulk", rendering.bulkBar(definition, 0, CurrentUser.require()));
        return BAR;
    }
}
