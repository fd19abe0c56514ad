package com.jeweltrak.reports.sales.web;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.reports.sales.CommissionRates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commission rates' small forms (09-reports §25 R2, decision 5): the tenant's default on Settings → Organization,
 * a person's own rate on their user page, both typed as a percentage, 0–100 %. A refused value goes back to the page
 * with its message beside the field and what was typed kept.
 */
@Controller
@PreAuthorize("hasAuthority('CanManageUsers')")
class CommissionRatesController {

    private final CommissionRates rates;

    CommissionRatesController(CommissionRates rates) {
        this.rates = rates;
    }

    @PostMapping("/settings/organization/commission-rate")
    String saveDefault(@RequestParam(name = "defaultCommissionRate", required = false) String typed,
                       RedirectAttributes redirect) {
        try {
            rates.setDefault(percent("defaultCommissionRate", typed));
            redirect.addFlashAttribute("flash", "Default commission rate saved.");
        } catch (BusinessRuleViolated refused) {
            refuse(redirect, refused, typed);
        }
        return "redirect:/settings/organization";
    }

    @PostMapping("/settings/users/{id}/commission-rate")
    String saveForUser(@PathVariable long id, @RequestParam(name = "commissionRate", required = false) String typed,
                       RedirectAttributes redirect) {
        try {
            // blank: the person goes back to the tenant's default
            rates.setFor(new UserId(id), percent("commissionRate", typed));
            redirect.addFlashAttribute("flash", "Commission rate saved.");
        } catch (BusinessRuleViolated refused) {
            refuse(redirect, refused, typed);
        }
        return "redirect:/settings/users/" + id;
    }

    private static void refuse(RedirectAttributes redirect, BusinessRuleViolated refused, String typed) {
        redirect.addFlashAttribute("commissionRateError", refused.getMessage());
        redirect.addFlashAttribute("commissionRateTyped", typed);
    }

    private static BigDecimal percent(String field, String typed) {
        if (typed == null || typed.isBlank()) return null;
        try {
            return new BigDecimal(typed.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter the rate as a number of percent, e.g. 5.");
        }
    }
}
