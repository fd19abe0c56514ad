package com.jeweltrak.platform.lists;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a registered bulk action on the list's selection and goes back to the list with its message.
 * A refused batch keeps the selection, so the user can change it and try again; a done one clears it.
 * Actions that ask first ({@link BulkAction#form()}) have their own pages; see {@link BulkAction}.
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
               @RequestHeader(name = HttpHeaders.REFERER, required = false) String referer, RedirectAttributes redirect) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        BulkAction action = actions.find(definition.key(), actionKey, CurrentUser.require())
                .orElseThrow(() -> new RecordNotFound("Bulk action", actionKey));
        Set<Long> ids = selection.of(session, definition.key());
        // an action that asks first is a link, but a form posted here anyway just goes to its page
        if (action.form() != null) return "redirect:" + action.form() + "?list=" + definition.key();
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "Tick at least one row first.");
            return "redirect:" + back(definition, referer);
        }
        try {
            redirect.addFlashAttribute("flash", action.run(new BulkAction.Run(definition.key(), ids, session)));
            selection.clear(session, definition.key());
            if (action.next() != null) return "redirect:" + action.next();
        } catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + back(definition, referer);
    }

    /**
     * Back to the list as the user left it (search, sort, page), taken from the page they came from —
     * only when that page is the list itself, so the redirect can never lead anywhere else.
     */
    static String back(ListDefinition<?> definition, String referer) {
        if (referer == null) return definition.pageUrl();
        try {
            URI from = new URI(referer);
            if (!definition.pageUrl().equals(from.getRawPath())) return definition.pageUrl();
            return from.getRawQuery() == null ? from.getRawPath() : from.getRawPath() + "?" + from.getRawQuery();
        } catch (URISyntaxException e) {
            return definition.pageUrl();
        }
    }
}
