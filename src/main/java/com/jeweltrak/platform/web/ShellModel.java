package com.jeweltrak.platform.web;

import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's shell needs: the signed-in user, the navigation and which section is open. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

    private final Navigation navigation;

    ShellModel(Navigation navigation) {
        this.navigation = navigation;
    }

    @ModelAttribute
    void shell(Model model, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("requestId", response.getHeader("X-Request-Id"));
        String section = Navigation.sectionOf(request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("activeSection", section);
        CurrentUser.get().ifPresent(user -> {
            model.addAttribute("currentUser", user);
            model.addAttribute("navigation", navigation.sections(section));
            model.addAttribute("bottomNavigation", navigation.bottom(section));
        });
    }
}
