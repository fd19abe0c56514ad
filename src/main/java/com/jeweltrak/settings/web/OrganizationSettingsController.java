package com.jeweltrak.settings.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.settings.ChangingOrganizationSettings;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Organization (10-settings §Organization Settings); admin-only, Closed Through above all (R6). */
@Controller
@RequestMapping("/settings/organization")
@PreAuthorize("hasAuthority('CanManageUsers')")
class OrganizationSettingsController {

    private final Organizations organizations;
    private final ChangingOrganizationSettings changing;

    OrganizationSettingsController(Organizations organizations, ChangingOrganizationSettings changing) {
        this.organizations = organizations;
        this.changing = changing;
    }

    @GetMapping
    String edit(Model model) {
        model.addAttribute("organizationForm", OrganizationForm.of(organizations.get()));
        return page(model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                changing.change(form.toOrganization(CurrentUser.require().tenant()));
                redirect.addFlashAttribute("flash", "Organization settings saved.");
                return "redirect:/settings/organization";
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("businessTypes", Choices.BUSINESS_TYPES);
        model.addAttribute("weightUnits", Choices.WEIGHT_UNITS);
        return "settings/organization";
    }
}
