package com.jeweltrak.platform.web;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store switcher: only stores on the user's list can be chosen (Permissions R14). */
@Controller
class StoreSwitchController {

    private final Stores stores;

    StoreSwitchController(Stores stores) {
        this.stores = stores;
    }

    @PostMapping("/stores/switch")
    String switchStore(@RequestParam(required = false) Long storeId, HttpSession session, HttpServletRequest request,
                       RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.require();
        if (storeId == null || stores.find(new StoreId(storeId)).isEmpty()) {
            throw new RecordNotFound("Store", storeId);
        }
        if (!me.mayWorkIn(new StoreId(storeId))) {
            throw new org.springframework.security.access.AccessDeniedException("No access to that store");
        }
        session.setAttribute(CurrentUser.STORE_SESSION_ATTRIBUTE, new StoreId(storeId));
        me.stores().stream().filter(s -> s.id().value() == storeId).findFirst()
                .ifPresent(s -> redirect.addFlashAttribute("flash", "You are working in " + s.name() + "."));
        String back = request.getHeader("Referer");
        // only the path of the page the user came from: never a redirect to another site
        String path;
        try {
            path = back == null ? null : java.net.URI.create(back).getRawPath();
        } catch (IllegalArgumentException malformed) {
            path = null;
        }
        return "redirect:" + (path == null || path.isBlank() || !path.startsWith("/") || path.startsWith("//") ? "/" : path);
    }
}
