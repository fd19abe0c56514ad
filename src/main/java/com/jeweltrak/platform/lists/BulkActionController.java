package com.jeweltrak.platform.lists;

import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a registered bulk action on the list's selection and goes back to the list with its message.
 * A refused batch keeps the selection, so the user can change it and try again; a done one clears it.
 */
@Controller
class BulkActionController {

    private final ListDefinitions definitions;
    private final BulkActions actions;
    private final ListSelection selection;

    BulkActionController(ListDefinitions definitions, BulkActions actions, ListSelection selection) {
        this.definitions = definitions;
        this.actions = actions;
        this.selection = selection;
    }

    @PostMapping("/lists/bulk")
    String run(@RequestParam("list") String listKey, @RequestParam("action") String actionKey, HttpSession session,
               RedirectAttributes redirect) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        BulkAction action = actions.find(definition.key(), actionKey, CurrentUser.require())
                .orElseThrow(() -> new RecordNotFound("Bulk action", actionKey));
        Set<Long> ids = selection.of(session, definition.key());
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "Tick at least one row first.");
            return "redirect:" + definition.pageUrl();
        }
        try {
            redirect.addFlashAttribute("flash", action.run(ids));
            selection.clear(session, definition.key());
        } catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + definition.pageUrl();
    }
}
