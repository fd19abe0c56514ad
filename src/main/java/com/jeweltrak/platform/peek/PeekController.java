package com.jeweltrak.platform.peek;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the drawer of a Quick Peek as an HTML fragment, which /js/peek.js stacks on top of the page.
 * The answers follow the full page (R10): 403 without its permission, 404 for what the viewer may not
 * see — including another tenant's id, which row-level security makes absent — and for an unknown type.
 */
@Controller
class PeekController {

    private final PeekProviders providers;

    PeekController(PeekProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/peek/{type}/{id}")
    String peek(@PathVariable String type, @PathVariable long id, Model model) {
        PeekProvider provider = providers.find(type).orElseThrow(() -> new RecordNotFound("Record type", type));
        CurrentUser viewer = CurrentUser.require();
        if (provider.permission() != null && !viewer.can(provider.permission())) {
            throw new AccessDeniedException("needs " + provider.permission());
        }
        Peek peek = provider.peek(id, viewer).orElseThrow(() -> new RecordNotFound(provider.label(), id));
        model.addAttribute("peek", peek);
        model.addAttribute("peekLabel", provider.label());
        model.addAllAttributes(peek.model());
        return "platform/peek/drawer :: drawer";
    }
}
